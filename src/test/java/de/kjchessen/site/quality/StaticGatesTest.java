package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each file-based gate catches its fault in a broken fixture and passes the clean page. */
class StaticGatesTest {

    static List<String> lines(List<Fault> faults) {
        return faults.stream().map(Fault::toString).toList();
    }

    @Test
    void nuCheckerRejectsInvalidHtmlAndCssWithLines(@TempDir Path root) throws Exception {
        Fixtures.write(root, "gut.html", Fixtures.browserPage("Gut", "", "<p>Inhalt</p>"));
        Fixtures.write(root, "kaputt.html", Fixtures.browserPage("Kaputt", "",
                "<p>Absatz</p>\n<ul><p>Absatz in einer Liste</p></ul>"));
        Fixtures.write(root, "css/gate.css", Fixtures.BROWSER_CSS);
        Fixtures.write(root, "css/kaputt.css", "body { color: #000; }\np { colour: red; }\n");

        List<String> faults = lines(NuChecker.shared().check(new GeneratedSite(root)));

        assertEquals(2, faults.size(), String.join("\n", faults));
        assertTrue(faults.get(0).startsWith("css/kaputt.css, Zeile 2: CSS ist ungültig"), faults.get(0));
        assertTrue(faults.get(0).contains("colour"), faults.get(0));
        assertTrue(faults.get(1).startsWith("kaputt.html, Zeile 16: HTML ist ungültig"), faults.get(1));
        assertTrue(faults.get(1).contains("Element “p” not allowed as child of element “ul”"), faults.get(1));
    }

    @Test
    void inlineCodeGateRejectsScriptStyleAndHandlersButAllowsJsonLd(@TempDir Path root) throws Exception {
        Fixtures.write(root, "gut.html", Fixtures.browserPage("Gut",
                "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\"}</script>\n"
                        + "<script src=\"/js/x.js\" defer></script>", "<p>Inhalt</p>"));
        Fixtures.write(root, "kaputt.html", Fixtures.browserPage("Kaputt", "<style>p { color: red; }</style>",
                "<p style=\"color: red\">Rot</p>\n<script>alert(1)</script>\n"
                        + "<button onclick=\"go()\">Los</button>\n<a href=\"javascript:go()\">Los</a>"));

        List<String> faults = lines(InlineCodeCheck.check(new GeneratedSite(root)));

        assertEquals(5, faults.size(), String.join("\n", faults));
        assertTrue(faults.get(0).startsWith("kaputt.html, Zeile 8: Eingebettetes <style>-Element"), faults.get(0));
        assertTrue(faults.get(1).startsWith("kaputt.html, Zeile 15: style-Attribut an <p>"), faults.get(1));
        assertTrue(faults.get(2).startsWith("kaputt.html, Zeile 16: Eingebettetes Skript"), faults.get(2));
        assertTrue(faults.get(3).startsWith("kaputt.html, Zeile 17: Ereignis-Attribut onclick"), faults.get(3));
        assertTrue(faults.get(4).startsWith("kaputt.html, Zeile 18: javascript:-Adresse"), faults.get(4));
    }

    @Test
    void foreignRequestGateRejectsExternalFontInHtmlAndCss(@TempDir Path root) throws Exception {
        Fixtures.write(root, "gut.html", Fixtures.browserPage("Gut", "",
                "<p><a href=\"https://www.example.org/\">Fremde Seite (ein Link, keine Anfrage)</a></p>\n"
                        + "<img src=\"/bild.png\" srcset=\"/bild.png 1x, /bild-2x.png 2x\" alt=\"\">"));
        Fixtures.write(root, "kaputt.html", Fixtures.browserPage("Kaputt",
                "<link rel=\"stylesheet\" href=\"https://fonts.example.org/css2?family=Irgendwas\">",
                "<img src=\"/bild.png\" srcset=\"/bild.png 1x, https://cdn.example.org/bild-2x.png 2x\" alt=\"\">"));
        Fixtures.write(root, "css/gate.css", Fixtures.BROWSER_CSS);
        Fixtures.write(root, "css/schrift.css", "body { color: #000; }\n"
                + "@font-face { font-family: X; src: url(\"https://fonts.example.org/x.woff2\") format(\"woff2\"); }\n"
                + "@import 'https://cdn.example.org/reset.css';\n.ok { background: url(/bild.png); }\n");

        List<String> faults = lines(ForeignRequestCheck.check(new GeneratedSite(root)));

        assertEquals(List.of(
                "kaputt.html, Zeile 8: Anfrage an einen anderen Server: <link href> lädt \"https://fonts.example.org/css2?family=Irgendwas\". "
                        + "Die Website lädt nichts von fremden Servern (Datenschutz, keine Drittanbieter). Legen Sie die "
                        + "Datei unter assets/ ab und verweisen Sie mit einem Pfad wie /css/… darauf.",
                "kaputt.html, Zeile 15: Anfrage an einen anderen Server: <img srcset> lädt \"https://cdn.example.org/bild-2x.png\". "
                        + "Die Website lädt nichts von fremden Servern (Datenschutz, keine Drittanbieter). Legen Sie die "
                        + "Datei unter assets/ ab und verweisen Sie mit einem Pfad wie /css/… darauf.",
                "css/schrift.css, Zeile 2: Anfrage an einen anderen Server: url() lädt \"https://fonts.example.org/x.woff2\". "
                        + "Die Website lädt nichts von fremden Servern (Datenschutz, keine Drittanbieter). Legen Sie die "
                        + "Datei unter assets/ ab und verweisen Sie mit einem Pfad wie /css/… darauf.",
                "css/schrift.css, Zeile 3: Anfrage an einen anderen Server: @import lädt \"https://cdn.example.org/reset.css\". "
                        + "Die Website lädt nichts von fremden Servern (Datenschutz, keine Drittanbieter). Legen Sie die "
                        + "Datei unter assets/ ab und verweisen Sie mit einem Pfad wie /css/… darauf."),
                faults);
    }

    @Test
    void budgetGateRejectsAnOverweightPageAndCountsItsCssAndJs(@TempDir Path root) throws Exception {
        Fixtures.write(root, "css/gate.css", Fixtures.BROWSER_CSS);
        Fixtures.write(root, "js/x.js", "// " + "x".repeat(20_000) + "\n");
        Fixtures.write(root, "gut.html", Fixtures.browserPage("Gut", "<script src=\"/js/x.js\" defer></script>",
                "<p>" + "Text ".repeat(7_000) + "</p>"));
        Fixtures.write(root, "zu-gross.html", Fixtures.browserPage("Zu groß", "<script src=\"/js/x.js\" defer></script>",
                "<p>" + "Text ".repeat(9_000) + "</p>"));

        GeneratedSite site = new GeneratedSite(root);
        List<String> faults = lines(PageBudget.check(site));

        assertEquals(1, faults.size(), String.join("\n", faults));
        assertTrue(faults.get(0).startsWith("zu-gross.html: Die Seite ist zu groß: HTML 44,4 KB + CSS 0,6 KB + JavaScript 19,5 KB"),
                faults.get(0));
        PageBudget.Weight gut = PageBudget.weigh(site).get(0);
        assertEquals("gut.html", gut.page());
        assertTrue(gut.total() <= PageBudget.LIMIT_BYTES && gut.total() > 50_000, "gut.html wiegt " + gut.total());
    }
}
