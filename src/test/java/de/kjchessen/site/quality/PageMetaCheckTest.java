package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageMetaCheckTest {

    @Test
    void reportsMissingLanguageTitleHeadingDescriptionCanonicalAndAlt(@TempDir Path root) throws Exception {
        Fixtures.write(root, "a.html", Fixtures.page("Gleich", "<img src=\"x.png\">"));
        Fixtures.write(root, "b.html", Fixtures.page("Gleich", "<h1>Zweite</h1>"));
        Fixtures.write(root, "c.html", "<!DOCTYPE html><html><head><title></title></head><body><p>ohne alles</p></body></html>");

        List<String> faults = PageMetaCheck.check(new GeneratedSite(root)).stream().map(Fault::toString).toList();

        assertEquals(List.of(
                "a.html, Zeile 10: Das Bild \"x.png\" hat keinen Alternativtext (alt). Beschreiben Sie, was das Bild zeigt, oder schreiben Sie alt=\"\" für reine Schmuckbilder.",
                "b.html: Der Seitentitel \"Gleich\" ist schon vergeben an a.html. Jeder Titel muss eindeutig sein.",
                "b.html: Die Seite hat 2 Hauptüberschriften (<h1>); erlaubt ist genau eine.",
                "c.html, Zeile 1: Der Seite fehlt lang=\"de\" am <html>-Element.",
                "c.html: Die Seite hat keinen <title>.",
                "c.html: Die Seite hat 0 Hauptüberschriften (<h1>); erlaubt ist genau eine.",
                "c.html: Die Seite hat keine Kurzbeschreibung (<meta name=\"description\">).",
                "c.html: Die Seite hat keine absolute kanonische Adresse (<link rel=\"canonical\">)."),
                faults);
    }
}
