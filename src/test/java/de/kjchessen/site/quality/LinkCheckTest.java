package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkCheckTest {

    @Test
    void reportsEachBrokenReferenceWithPageAndLine(@TempDir Path root) throws Exception {
        Fixtures.write(root, "css/site.css", "body{}");
        Fixtures.write(root, "ziel/index.html", Fixtures.page("Ziel", "<h2 id=\"da\">Da</h2>"));
        Fixtures.write(root, "index.html", Fixtures.page("Start", String.join("\n",
                "<a href=\"/ziel/\">ok</a>",
                "<a href=\"/ziel/#da\">ok fragment</a>",
                "<a href=\"ziel/index.html\">ok relative</a>",
                "<a href=\"/fehlt/\">kaputt</a>",
                "<a href=\"/ziel/#weg\">kaputtes Fragment</a>",
                "<img src=\"bilder/nicht-da.png\" alt=\"x\">",
                "<script src=\"/js/fehlt.js\"></script>",
                "<a href=\"mailto:keine-adresse\">mail</a>",
                "<a href=\"tel:abc\">tel</a>",
                "<a href=\"http://localhost:8820/kontakt/\">lokal</a>",
                "<a href=\"file:///home/redaktion/x.html\">datei</a>",
                "<a href=\"#oben\">fehlende Sprungmarke</a>",
                "<a href=\"https://example.org/\">extern</a>",
                "<a href=\"mailto:info@example.org\">gute Mail</a>")));

        List<String> faults = LinkCheck.check(new GeneratedSite(root)).stream().map(Fault::toString).toList();

        assertEquals(List.of(
                "index.html, Zeile 13: Der Link \"/fehlt/\" führt ins Leere: die Seite oder Datei fehlt/index.html gibt es nicht.",
                "index.html, Zeile 14: Der Link \"/ziel/#weg\" springt zur Stelle #weg, die es auf ziel/index.html nicht gibt.",
                "index.html, Zeile 15: Der Link \"bilder/nicht-da.png\" führt ins Leere: die Seite oder Datei bilder/nicht-da.png gibt es nicht.",
                "index.html, Zeile 16: Der Link \"/js/fehlt.js\" führt ins Leere: die Seite oder Datei js/fehlt.js gibt es nicht.",
                "index.html, Zeile 17: Die E-Mail-Adresse im Link \"mailto:keine-adresse\" ist nicht gültig. Schreiben Sie mailto:name@beispiel.de",
                "index.html, Zeile 18: Die Telefonnummer im Link \"tel:abc\" ist nicht gültig. Schreiben Sie nur Ziffern, z. B. tel:+496111234560",
                "index.html, Zeile 19: Der Link \"http://localhost:8820/kontakt/\" zeigt auf den eigenen Rechner (localhost oder file:). Verwenden Sie eine Adresse der Website, z. B. /kontakt/.",
                "index.html, Zeile 20: Der Link \"file:///home/redaktion/x.html\" zeigt auf den eigenen Rechner (localhost oder file:). Verwenden Sie eine Adresse der Website, z. B. /kontakt/.",
                "index.html, Zeile 21: Der Link \"#oben\" springt zur Stelle #oben, die es auf index.html nicht gibt."),
                faults);
    }
}
