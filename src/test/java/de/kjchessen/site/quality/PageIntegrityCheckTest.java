package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageIntegrityCheckTest {

    @Test
    void reportsEmptyPagesAndTemplateErrorText(@TempDir Path root) throws Exception {
        Fixtures.write(root, "gut.html", Fixtures.page("Gut", "<p>Inhalt</p>"));
        Fixtures.write(root, "leer.html", "");
        Fixtures.write(root, "kaputt.html", "<html lang=\"de\">\n<body>\n<p>Text</p>\nFreeMarker template error (DEBUG mode; use RETHROW in production!):\n</body></html>");

        List<String> faults = PageIntegrityCheck.check(new GeneratedSite(root)).stream().map(Fault::toString).toList();

        assertEquals(List.of(
                "kaputt.html, Zeile 4: Die Seite enthält eine Fehlermeldung der Vorlage (\"FreeMarker template error\"). Die Vorlage greift auf eine fehlende Angabe zu.",
                "leer.html: Die Datei ist leer. Meist fehlt die Vorlage oder sie hat eine falsche Endung (Vorlagen enden auf .ftl)."),
                faults);
    }
}
