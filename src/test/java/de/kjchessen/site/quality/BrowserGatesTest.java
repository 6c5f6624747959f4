package de.kjchessen.site.quality;

import de.kjchessen.site.quality.BrowserGates.Gate;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every browser gate fails on a page broken on purpose, and only there; a clean page passes them all. */
@BrowserTest
class BrowserGatesTest {

    @TempDir
    static Path site;
    static BrowserGates.Report report;

    @BeforeAll
    static void runOverBrokenFixtures(Chromium chromium) throws Exception {
        Fixtures.write(site, "css/gate.css", Fixtures.BROWSER_CSS);
        Fixtures.write(site, "js/speichert.js", "document.cookie = 'besuch=1; path=/';\nlocalStorage.setItem('zuletzt', 'x');\n");
        Fixtures.write(site, "gut.html", Fixtures.browserPage("Gut", "",
                "<p>Text mit <a href=\"/gut.html\">Link</a>.</p>\n"
                        + "<form action=\"/gut.html\"><label for=\"q\">Ort</label> <input id=\"q\" name=\"q\"> "
                        + "<button>Suchen</button></form>"));
        Fixtures.write(site, "ohne-label.html", Fixtures.browserPage("Ohne Label", "",
                "<form action=\"/gut.html\"><input id=\"q\" name=\"q\"></form>"));
        Fixtures.write(site, "blass.html", Fixtures.browserPage("Blass", "", "<p class=\"blass\">Kaum lesbar</p>"));
        Fixtures.write(site, "breit.html", Fixtures.browserPage("Breit", "", "<p class=\"breit\">Feste Breite</p>"));
        Fixtures.write(site, "speichert.html", Fixtures.browserPage("Speichert",
                "<script src=\"/js/speichert.js\"></script>", "<p>Setzt ein Cookie</p>"));
        Fixtures.write(site, "fremde-schrift.html", Fixtures.browserPage("Fremde Schrift",
                "<link rel=\"stylesheet\" href=\"https://fonts.example.org/css2?family=Irgendwas\">", "<p>Schrift</p>"));
        Fixtures.write(site, "ohne-sprunglink.html", Fixtures.browserPage("Ohne Sprunglink", "", "<p>x</p>")
                .replace("<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>", ""));
        Fixtures.write(site, "ohne-fokus.html", Fixtures.browserPage("Ohne Fokus", "",
                "<p><a class=\"ohne-fokus\" href=\"/gut.html\">Unsichtbarer Fokus</a></p>"));
        Fixtures.write(site, "ohne-stil.html", Fixtures.browserPage("Ohne Stil", "", "<p>Stylesheet fehlt</p>")
                .replace("<link rel=\"stylesheet\" href=\"/css/gate.css\">", ""));
        Fixtures.write(site, "css/typo.css", Fixtures.TYPE_CSS);
        String typo = "<link rel=\"stylesheet\" href=\"/css/typo.css\">";
        Fixtures.write(site, "klein.html", Fixtures.browserPage("Klein", typo,
                "<p>Text</p>\n<h2 class=\"klein\">Kleine Überschrift</h2>\n<p class=\"stand gross\">Stand 2026</p>"));
        Fixtures.write(site, "zerbrochen.html", Fixtures.browserPage("Zerbrochen", typo,
                "<h2 class=\"zerbrochen\">Grundsicherungsgeldberechtigtenvermittlungsagenturbescheid</h2>"));
        Fixtures.write(site, "winzig.html", Fixtures.browserPage("Winzig", typo,
                "<p>Text</p>").replace("</main>", "</main>\n<footer class=\"fuss\"><a href=\"/gut.html\">Impressum</a> "
                + "<a class=\"winzig\" href=\"/gut.html\">Datenschutz</a></footer>"));
        try (SiteServer server = SiteServer.serve(site)) {
            List<String> pages = List.of("gut.html", "ohne-label.html", "blass.html", "breit.html", "speichert.html",
                    "fremde-schrift.html", "ohne-sprunglink.html", "ohne-fokus.html", "klein.html", "zerbrochen.html",
                    "winzig.html", "ohne-stil.html");
            report = BrowserGates.run(chromium, server, pages, Set.of("gut.html", "ohne-fokus.html"),
                    Set.of("gut.html", "breit.html"), site.resolve("shots"));
        }
    }

    static Set<String> pagesFailing(Gate gate) {
        return report.of(gate).stream().map(Fault::file).collect(Collectors.toCollection(TreeSet::new));
    }

    static String messages(Gate gate) {
        return report.of(gate).stream().map(Fault::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void axeFindsTheUnlabelledFieldAndTheLowContrast() {
        assertEquals(Set.of("blass.html", "ohne-label.html"), pagesFailing(Gate.AXE), messages(Gate.AXE));
        assertTrue(messages(Gate.AXE).contains("axe label,"), messages(Gate.AXE));
        assertTrue(messages(Gate.AXE).contains("axe color-contrast,"), messages(Gate.AXE));
    }

    /** Outside the gates axe is not preloaded: Chromium.axe() sends it into the page and finds the same faults. */
    @Test
    void axeWithoutPreloadFindsTheUnlabelledField(Chromium chromium) {
        try (SiteServer server = SiteServer.serve(site)) {
            chromium.open(server.url("ohne-label.html"));
            assertEquals("undefined", chromium.js("return typeof window.axe"), "axe ist nach den Gates noch vorgeladen");
            List<String> rules = chromium.axe().getViolations().stream().map(r -> r.getId()).toList();
            assertTrue(rules.contains("label"), rules.toString());
            chromium.open(server.url("gut.html"));
            assertEquals(List.of(), chromium.axe().getViolations().stream().map(r -> r.getId()).toList());
        }
    }

    @Test
    void reflowFindsTheFixedWidthAt320Px() {
        assertEquals(Set.of("breit.html"), pagesFailing(Gate.REFLOW), messages(Gate.REFLOW));
        assertTrue(messages(Gate.REFLOW).contains("p.breit"), messages(Gate.REFLOW));
    }

    @Test
    void storageFindsCookieAndLocalStorage() {
        assertEquals(Set.of("speichert.html"), pagesFailing(Gate.STORAGE), messages(Gate.STORAGE));
        assertTrue(messages(Gate.STORAGE).contains("besuch") && messages(Gate.STORAGE).contains("zuletzt"),
                messages(Gate.STORAGE));
    }

    @Test
    void requestsGateFindsTheExternalFont() {
        assertEquals(Set.of("fremde-schrift.html"), pagesFailing(Gate.REQUESTS), messages(Gate.REQUESTS));
        assertTrue(messages(Gate.REQUESTS).contains("fonts.example.org"), messages(Gate.REQUESTS));
    }

    @Test
    void stylesheetGateFindsThePageWithoutItsStylesheet() {
        assertEquals(Set.of("ohne-stil.html"), pagesFailing(Gate.STYLESHEET), messages(Gate.STYLESHEET));
        assertTrue(messages(Gate.STYLESHEET).contains("Stylesheet der Seite"), messages(Gate.STYLESHEET));
    }

    @Test
    void skipLinkGateFindsThePageWithoutIt() {
        assertEquals(Set.of("ohne-sprunglink.html"), pagesFailing(Gate.SKIP_LINK), messages(Gate.SKIP_LINK));
        assertTrue(messages(Gate.SKIP_LINK).contains("\"Startseite\""), messages(Gate.SKIP_LINK));
    }

    @Test
    void keyboardWalkFindsTheInvisibleFocus() {
        assertEquals(Set.of("ohne-fokus.html"), pagesFailing(Gate.KEYBOARD), messages(Gate.KEYBOARD));
        assertTrue(messages(Gate.KEYBOARD).contains("a.ohne-fokus"), messages(Gate.KEYBOARD));
    }

    @Test
    void typeScaleFindsTheSmallHeadingAndTheLargeStandLineAtBothWidths() {
        assertEquals(Set.of("klein.html"), pagesFailing(Gate.TYPE_SCALE), messages(Gate.TYPE_SCALE));
        for (String expected : List.of("H2 „Kleine Überschrift“ ist 12 px groß, der Text 16 px bei 360 px",
                "H2 „Kleine Überschrift“ ist 12 px groß, der Text 16 px bei 1280 px",
                "stand gross „Stand 2026“ ist nicht kleiner als der Text (20 px) bei 360 px")) {
            assertTrue(messages(Gate.TYPE_SCALE).contains(expected), messages(Gate.TYPE_SCALE));
        }
        assertTrue(report.examined(Gate.TYPE_SCALE) >= 2 * 11, "jede Seite hat mindestens ihre h1: " + report.examined(Gate.TYPE_SCALE));
    }

    @Test
    void splitWordsFindsTheWordBrokenWithoutAHyphen() {
        assertEquals(Set.of("zerbrochen.html"), pagesFailing(Gate.SPLIT_WORDS), messages(Gate.SPLIT_WORDS));
        assertTrue(messages(Gate.SPLIT_WORDS).contains("„Grundsicherungsgeldberechtigtenvermittlungsagenturbescheid“ in H2"),
                messages(Gate.SPLIT_WORDS));
    }

    @Test
    void touchTargetsFindTheTinyFooterLinkOnly() {
        assertEquals(Set.of("winzig.html"), pagesFailing(Gate.TOUCH_TARGETS), messages(Gate.TOUCH_TARGETS));
        assertTrue(messages(Gate.TOUCH_TARGETS).contains("„Datenschutz“ ist"), messages(Gate.TOUCH_TARGETS));
        assertEquals(2, report.examined(Gate.TOUCH_TARGETS), "die zwei Links der Fußzeile, sonst keiner");
    }

    @Test
    void screenshotsAreWrittenAtBothWidths() {
        for (String name : List.of("gut-360.png", "gut-1280.png", "breit-360.png", "breit-1280.png")) {
            assertTrue(Files.isRegularFile(site.resolve("shots").resolve(name)), name);
        }
    }

    @Test
    void missingBrowserFailsWithInstallHint() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Chromium.start(site.resolve("kein-chromium"), site.resolve("kein-chromedriver")));
        assertTrue(e.getMessage().contains("apt-get install chromium chromium-driver"), e.getMessage());
    }
}
