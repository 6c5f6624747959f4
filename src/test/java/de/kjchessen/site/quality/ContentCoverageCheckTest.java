package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentCoverageCheckTest {

    @Test
    void reportsDroppedSourcesAndDraftsInTheOutput(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Path site = tmp.resolve("site");
        Fixtures.write(content, "da/index.md", "title=Da\n~~~~~~\n");
        Fixtures.write(content, "verworfen.md", "---\ntitle: YAML\n---\n");
        Fixtures.write(site, "da/index.html", Fixtures.page("Da", ""));
        Fixtures.write(site, "entwurf-draft.html", Fixtures.page("Entwurf", ""));

        List<String> faults = ContentCoverageCheck.check(content, new GeneratedSite(site)).stream().map(Fault::toString).toList();

        assertEquals(List.of(
                "content/verworfen.md, Zeile 1: Aus dieser Datei ist keine Seite entstanden (erwartet: verworfen.html). JBake hat sie verworfen: Prüfen Sie den Kopf (title, date, type, status und die abschließende Zeile ~~~~~~).",
                "entwurf-draft.html: Ein Entwurf wurde in die Website geschrieben. Entwürfe dürfen nicht veröffentlicht werden: status=published setzen oder die Datei herausnehmen."),
                faults);
    }
}
