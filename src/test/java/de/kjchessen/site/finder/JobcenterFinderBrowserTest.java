package de.kjchessen.site.finder;

import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Screenshots;
import de.kjchessen.site.support.SiteBrowser;
import de.kjchessen.site.support.SiteServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jobcenter-Finder in the shared headless Chromium (Debian's chromium and chromedriver, paths explicit), served
 * by {@link SiteServer} over HTTP on a loopback ephemeral port because its URLs are root-relative, with the strict
 * Content-Security-Policy (no 'unsafe-inline'). Typing gives the expected Jobcenter; keyboard-only use works; without
 * JavaScript the lists remain. Keystroke-to-result times are a benchmark: {@link FinderKeystrokeBench}
 * (bench/finder-keystroke.sh), not part of the tests.
 */
@BrowserTest
class JobcenterFinderBrowserTest {

    static final String BA = "https://www.arbeitsagentur.de/vor-ort/";

    private final String base;
    private final Chromium chromium;
    private final ChromeDriver driver;

    JobcenterFinderBrowserTest(Chromium chromium, SiteServer server) {
        this.base = server.origin();
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    /**
     * One load of the finder serves every test that only types into it: a test starts from the page as it is if that
     * document is still the live finder (our marker survives only in the same document), else it loads the page. The
     * tests that navigate, switch scripts off or need the page fresh from the top ({@link #load()}) load it themselves.
     */
    @BeforeEach
    void openFinder() {
        if (!Boolean.TRUE.equals(chromium.js("return window.__finderTest === true && location.pathname === '/jobcenter-finden/'"
                + " && !document.querySelector('form.finder').hidden"))) {
            load();
        }
    }

    /**
     * Loads the finder and waits until its index has arrived: a Gemeinde of the data, entered without the keyboard,
     * gets hits only then. Leaves the field empty and marks the document as the tests' live finder.
     */
    void load() {
        driver.get(base + "/jobcenter-finden/");
        wait(10).until(d -> d.findElement(By.id("finder-eingabe")).isDisplayed());
        String probe = FinderData.gemeinden().get(0).name();
        wait(10).until(d -> (Boolean) chromium.js(SET_VALUE + "return document.querySelectorAll('#finder-treffer li').length > 0",
                probe));
        chromium.js(SET_VALUE + "window.__finderTest = true", "");
    }

    /**
     * Sets the field's value as a script would and runs the finder's own input handler, which also cancels its pending
     * announcement (a leftover status of the previous query can then no longer appear); the status line is emptied.
     */
    static final String SET_VALUE = """
            const input = document.getElementById('finder-eingabe');
            input.value = arguments[0];
            input.dispatchEvent(new Event('input'));
            document.getElementById('finder-status').textContent = '';
            """;

    /** Polls every 20 ms (Selenium's default of 500 ms would make each typed query cost half a second). */
    WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.pollingEvery(Duration.ofMillis(20));
        return wait;
    }

    /**
     * What the visitor sees after typing: the hits, and the status line once it has settled. The finder answers each
     * keystroke at once (its input handler is synchronous, and WebDriver's typing returns after the page handled
     * every key) but announces the status only once typing pauses (250 ms), so only tests that read the status wait.
     */
    final class Answer {
        final List<String> hits;
        final List<String> links;
        private String status;

        Answer(List<String> hits, List<String> links) {
            this.hits = hits;
            this.links = links;
        }

        List<String> hits() {
            return hits;
        }

        List<String> links() {
            return links;
        }

        String status() {
            if (status == null) {
                status = JobcenterFinderBrowserTest.this.wait(5).until(d -> {
                    String s = d.findElement(By.id("finder-status")).getText();
                    return s.isEmpty() ? null : s;
                });
            }
            return status;
        }

        @Override
        public String toString() {
            return "Answer[hits=" + hits + ", links=" + links + (status == null ? "" : ", status=" + status) + "]";
        }
    }

    Answer type(String text) {
        WebElement input = driver.findElement(By.id("finder-eingabe"));
        chromium.js(SET_VALUE, "");
        input.sendKeys(text);
        // one round trip for all hits (one per hit and attribute would cost more than the typing)
        List<List<String>> items = chromium.js("return [...document.querySelectorAll('#finder-treffer li')]"
                + ".map(li => [li.innerText.trim(), li.querySelector('a').href])");
        return new Answer(items.stream().map(i -> i.get(0)).toList(),
                items.stream().map(i -> URI.create(i.get(1)).getPath()).toList());
    }

    void assertNoCspViolation() {
        assertEquals(List.of(), chromium.cspViolations(), "CSP-Verstöße");
    }

    @Test
    void aCityNameFindsItsJobcenter() {
        Answer a = type("Marburg");
        assertEquals("/jobcenter/marburg-biedenkopf/", a.links().get(0), a.toString());
        assertTrue(a.hits().get(0).startsWith("Marburg (Landkreis Marburg-Biedenkopf)"), a.toString());
        assertNoCspViolation();
    }

    /** Issue 15: the answer names the first way in (own online service, else website, else phone), from the data. */
    @Test
    void theAnswerNamesTheFirstWayIn() {
        de.kjchessen.build.jobcenter.JobCentreFile file = de.kjchessen.build.jobcenter.JobCentreFile.load(
                Project.DIR.resolve("data"));
        for (String q : List.of("Marburg", "35037", "Hanau", "Dreieich", "Friedberg (Hessen)")) {
            Answer a = type(q);
            String path = a.links().get(0);
            de.kjchessen.build.jobcenter.JobCentre j = file.all().stream().filter(x -> x.pfad().equals(path)).findFirst().orElseThrow();
            List<WebElement> links = driver.findElements(By.cssSelector("#finder-treffer li:first-child a"));
            var weg = j.kontakt().firstStep();
            assertEquals(weg.isPresent() ? 2 : 1, links.size(), q + ": " + a);
            weg.ifPresent(w -> {
                assertEquals(w.href(), links.get(1).getAttribute("href"), q);
                assertEquals(w.display(), links.get(1).getText(), q);
            });
        }
    }

    @Test
    void aPostcodeFindsItsGemeindeAndJobcenter() {
        Answer a = type("35037");
        assertEquals(List.of("/jobcenter/marburg-biedenkopf/"), a.links(), a.toString());
        assertTrue(a.hits().get(0).startsWith("35037 Marburg"), a.toString());
        assertTrue(a.status().startsWith("Zuständig für Marburg:"), a.status());
    }

    @Test
    void kasselShowsBothTheStadtAndTheLandkreis() {
        Answer a = type("Kassel");
        assertEquals(List.of("/jobcenter/stadt-kassel/", "/jobcenter/landkreis-kassel/"), a.links(), a.toString());
        assertTrue(a.hits().get(0).startsWith("Kassel (Stadt Kassel)"), a.toString());
        long landkreis = FinderData.gemeinden().stream().filter(r -> r.jobcenterUrl().equals("/jobcenter/landkreis-kassel/")).count();
        assertTrue(a.hits().get(1).startsWith("Landkreis Kassel (alle " + landkreis + " Städte und Gemeinden im Kreis)"), a.toString());
        assertTrue(a.status().contains("2 verschiedenen Jobcentern"), a.status());
    }

    @Test
    void hanauAndEachOfItsPostcodesGiveTheJobcenterResponsibleOnTheBuildDay() {
        FinderData.Row hanau = FinderData.gemeinden().stream().filter(r -> r.name().equals("Hanau")).findFirst().orElseThrow();
        String expected = hanau.jobcenterUrl();
        List<String> queries = new ArrayList<>(List.of("Hanau"));
        queries.addAll(hanau.plz());
        for (String q : queries) {
            Answer a = type(q);
            assertEquals(expected, a.links().get(0), q + ": " + a);
            assertTrue(a.hits().get(0).contains("Hanau"), q + ": " + a);
        }
        // the change of Jobcenter is announced ("Ab …") or named for a year ("Seit …"), as in the lists
        FinderData.Ausnahme change = FinderData.AUSNAHMEN.get(hanau.ags());
        if (change != null && FinderData.today().isBefore(change.ab().plusYears(1))) {
            String word = change.ab().isAfter(FinderData.today()) ? "Ab " : "Seit ";
            assertTrue(type("Hanau").hits().get(0).contains(word), type("Hanau").toString());
        }
    }

    @Test
    void caseUmlautsSharpSAndOfficialShortFormsDoNotMatter() {
        for (String q : List.of("Giessen", "GIESSEN", "gießen", "Gießen")) {
            assertEquals("/jobcenter/landkreis-giessen/", type(q).links().get(0), q);
        }
        for (String q : List.of("Hoechst", "Höchst", "hochst", "Höchst im Odenwald")) {
            Answer a = type(q);
            assertTrue(a.hits().get(0).startsWith("Höchst i. Odw. (Odenwaldkreis)"), q + ": " + a);
        }
        for (String q : List.of("Bad Homburg vor der Höhe", "Bad Homburg", "bad homburg v.d. hoehe", "Homburg")) {
            Answer a = type(q);
            assertEquals("/jobcenter/hochtaunuskreis/", a.links().get(0), q + ": " + a);
            assertTrue(a.hits().get(0).startsWith("Bad Homburg v.d. Höhe"), q + ": " + a);
        }
        Answer partial = type("Frankf");
        assertTrue(partial.hits().get(0).startsWith("Frankfurt am Main"), partial.toString());
    }

    @Test
    void aPostcodeInTwoKreiseShowsBoth() {
        Answer a = type("64395");
        assertEquals(List.of("/jobcenter/odenwaldkreis/", "/jobcenter/darmstadt-dieburg/"), a.links(), a.toString());
        assertTrue(a.hits().get(0).startsWith("64395 Brensbach") && a.hits().get(1).startsWith("64395 Groß-Bieberau"),
                a.toString());
        assertTrue(a.status().contains("2 verschiedenen Jobcentern. Wählen Sie Ihren Wohnort."), a.status());
    }

    @Test
    void anUnknownPlaceOrAPostcodeOutsideHessenGetsAHelpfulAnswer() {
        Answer unknown = type("Musterhausen");
        assertEquals(List.of(), unknown.links(), unknown.toString());
        assertTrue(unknown.status().startsWith("Zu „Musterhausen“ haben wir keine Stadt und keine Gemeinde in Hessen "
                + "gefunden."), unknown.status());
        assertEquals(BA, driver.findElement(By.cssSelector("#finder-status a")).getAttribute("href"));

        Answer berlin = type("10115");
        assertEquals(List.of(), berlin.links());
        assertTrue(berlin.status().startsWith("Zur Postleitzahl 10115 gehört keine Gemeinde in Hessen."), berlin.status());
        assertEquals(BA, driver.findElement(By.cssSelector("#finder-status a")).getAttribute("href"));

        assertNoCspViolation();
    }

    @Test
    void keyboardOnlyFromTheSkipLinkToTheJobcenterPage() {
        load(); // from the top of a fresh page: the walk starts at the skip link
        Actions keys = new Actions(driver);
        int tabs = 0;
        while (!"finder-eingabe".equals(driver.switchTo().activeElement().getAttribute("id")) && tabs < 40) {
            keys.sendKeys(Keys.TAB).perform();
            tabs++;
        }
        assertEquals("finder-eingabe", driver.switchTo().activeElement().getAttribute("id"), "Suchfeld per Tab erreichbar");
        keys.sendKeys("Marburg").perform();
        wait(5).until(d -> !d.findElements(By.cssSelector("#finder-treffer a")).isEmpty());
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        WebElement first = driver.switchTo().activeElement();
        assertEquals("/jobcenter/marburg-biedenkopf/", URI.create(first.getAttribute("href")).getPath());
        assertTrue((Boolean) driver.executeScript("return document.activeElement.matches(':focus-visible')"),
                "sichtbarer Fokus auf dem Treffer");
        keys.sendKeys(Keys.ARROW_UP).perform();
        assertEquals("finder-eingabe", driver.switchTo().activeElement().getAttribute("id"), "Pfeil hoch zurück ins Feld");
        keys.sendKeys(Keys.ENTER).perform(); // Enter in the field jumps to the first hit
        assertEquals("/jobcenter/marburg-biedenkopf/", URI.create(driver.switchTo().activeElement().getAttribute("href")).getPath());
        keys.sendKeys(Keys.ESCAPE).perform();
        assertEquals("finder-eingabe", driver.switchTo().activeElement().getAttribute("id"), "Escape zurück ins Feld");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertEquals("", driver.findElement(By.id("finder-eingabe")).getAttribute("value"), "Escape leert das Feld");
        wait(5).until(d -> d.findElements(By.cssSelector("#finder-treffer li")).isEmpty());
        keys.sendKeys("35037").perform();
        wait(5).until(d -> !d.findElements(By.cssSelector("#finder-treffer a")).isEmpty());
        keys.sendKeys(Keys.ENTER).perform();
        keys.sendKeys(Keys.ENTER).perform(); // follows the link
        wait(10).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/jobcenter/marburg-biedenkopf/"));
    }

    @Test
    void withoutJavaScriptTheFormStaysHiddenAndAllGemeindenAreListed() {
        // scripts off and print media: SiteBrowser switches both back after the test
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        driver.get(base + "/jobcenter-finden/");
        assertTrue(!driver.findElement(By.cssSelector("form.finder")).isDisplayed(), "Suchformular ohne JavaScript");
        List<WebElement> items = driver.findElements(By.cssSelector("ul.gemeindeliste > li"));
        assertFalse(FinderData.gemeinden().isEmpty(), "data/gemeinden.csv ohne Gemeinden");
        assertEquals(FinderData.gemeinden().size(), items.size());
        assertEquals(FinderData.gemeinden().size(), driver.findElements(By.cssSelector("ul.gemeindeliste > li > a[href^='/jobcenter/']")).size());
        assertTrue(items.get(0).isDisplayed());
        // printed: no search form and no jump links, the list in two columns
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('.sprungliste')).display"));
        assertEquals("2", driver.executeScript("return getComputedStyle(document.querySelector('ul.gemeindeliste')).columnCount"));
    }

    @Test
    void screenshotAt360PixelsOfTheFinderInUse() {
        chromium.viewport(360, 800, true);
        load();
        type("Kassel").status(); // photographed with its status line
        driver.executeScript("document.querySelector('form.finder').scrollIntoView()");
        assertEquals(360L, driver.executeScript("return document.documentElement.scrollWidth"),
                "kein waagerechtes Scrollen bei 360 px");
        screenshot("jobcenter-finden-treffer-360.png"); // not the gates' jobcenter-finden-360.png
        chromium.viewport(1280, 800);
        driver.executeScript("document.querySelector('form.finder').scrollIntoView()");
        screenshot("jobcenter-finden-treffer-1280.png");
    }

    void screenshot(String name) {
        Screenshots.save(name, chromium.screenshot(false));
    }
}
