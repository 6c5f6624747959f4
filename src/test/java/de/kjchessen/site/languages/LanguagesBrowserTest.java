package de.kjchessen.site.languages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import de.kjchessen.site.quality.BrowserGates;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Screenshots;
import de.kjchessen.site.support.SiteServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translated pages in Chromium (issue 18): the Arabic pages are right-to-left at 360 and 1280 px with nothing
 * overlapping (screenshots in target/screenshots); the Arabic finder answers "Kassel" with both Kassel Jobcenter and
 * Arabic labels; a search on an English page finds English pages. The languages and their pages come from the hreflang
 * alternates of the built German start and finder pages. axe, the complete keyboard walk and every other gate over
 * each language's start and finder page run in SiteGatesTest (one load per page).
 */
@BrowserTest
class LanguagesBrowserTest {

    private final SiteServer server;
    private final Chromium chromium;
    private final ChromeDriver driver;
    private final GeneratedSite site = GeneratedSite.built();

    LanguagesBrowserTest(Chromium chromium, SiteServer server) {
        this.server = server;
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    Map<String, String> translations(String germanPage) {
        return site.translations(germanPage);
    }

    @Test
    void theArabicPagesAreRightToLeftWithNothingOverlappingAt360And1280() throws Exception {
        Map<String, String> start = translations("index.html");
        Map<String, String> finder = translations("jobcenter-finden/index.html");
        for (String page : List.of(start.get("ar"), finder.get("ar"))) {
            chromium.viewport(360, 800);
            chromium.open(server.url(page));
            for (int width : new int[] {360, 1280}) {
                chromium.viewport(width, 800); // the same load re-laid out, as a turned tablet
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("finder-eingabe")).isDisplayed());
                assertEquals("rtl", chromium.js("return getComputedStyle(document.body).direction"), page);
                assertEquals((long) width, ((Number) chromium.js("return document.documentElement.scrollWidth")).longValue(),
                        page + " ist bei " + width + " px breiter als der Bildschirm");
                // right-to-left: the heading starts at the right edge of the content column
                Map<String, Object> h1 = chromium.js("const r = document.querySelector('h1').getBoundingClientRect();"
                        + "const m = document.querySelector('main').getBoundingClientRect(); return {h: r.right, m: m.right};");
                assertTrue(Math.abs(((Number) h1.get("h")).doubleValue() - ((Number) h1.get("m")).doubleValue()) < 2,
                        page + ": die Überschrift steht nicht rechts " + h1);
                List<String> overlaps = chromium.js("""
                        const boxes = [...document.querySelectorAll('.kopf__absender, .kopf__werkzeuge li, .sprachwahl li, \
                        h1, .hinweis-uebersetzung, .finder label, .finder input, .finder__hilfe, main > p, main > h2')]
                          .filter(e => e.getClientRects().length).map(e => [e, e.getBoundingClientRect()]);
                        const out = [];
                        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                          const [a, r] = boxes[i], [b, s] = boxes[j];
                          if (a.contains(b) || b.contains(a)) continue;
                          const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
                          const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
                          if (w > 1 && h > 1) out.push(a.className + a.tagName + ' / ' + b.className + b.tagName);
                        }
                        return out;""");
                assertEquals(List.of(), overlaps, page + " bei " + width + " px");
                Screenshots.save(BrowserGates.screenshotName(page) + "-rtl-" + width + ".png", chromium.screenshot());
            }
        }
    }

    @Test
    void kasselInTheArabicFinderGivesBothKasselJobcenterWithArabicLabels() throws Exception {
        String page = translations("jobcenter-finden/index.html").get("ar");
        JsonNode texte = JsonMapper.builder().build().readTree(
                Files.readString(site.root().resolve("jobcenter-finden/texte-ar.json")));
        // the expected Jobcenter: those the German list A–Z names for Kassel and for the Gemeinden of Landkreis Kassel
        Document german = site.pages().get("jobcenter-finden/index.html");
        String stadt = german.select("ul.gemeindeliste li").stream().filter(li -> li.ownText().startsWith("Kassel:"))
                .findFirst().orElseThrow().selectFirst("a").attr("href");
        long landkreis = german.select("ul.gemeindeliste li a").stream().filter(a -> a.attr("href").contains("landkreis-kassel")).count();
        chromium.viewport(1280, 800);
        chromium.open(server.url(page));
        WebElement input = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("finder-eingabe")).isDisplayed() ? d.findElement(By.id("finder-eingabe")) : null);
        input.sendKeys("Kassel");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("#finder-treffer li")).size() >= 2
                && !d.findElement(By.id("finder-status")).getText().isEmpty());
        List<WebElement> hits = driver.findElements(By.cssSelector("#finder-treffer li"));
        List<String> links = hits.stream().map(li -> URI.create(li.findElement(By.tagName("a")).getAttribute("href")).getPath()).toList();
        assertEquals(stadt, links.get(0));
        assertTrue(links.get(1).contains("landkreis-kassel"), links.toString());
        String kreis = texte.get("kreis").asString().replace("{n}", String.valueOf(landkreis));
        assertTrue(hits.get(1).getText().contains(kreis), hits.get(1).getText() + " soll enthalten: " + kreis);
        String status = driver.findElement(By.id("finder-status")).getText();
        String expected = texte.get("mehrere").asString().replace("{n}", texte.get("treffer").asString().replace("{n}", String.valueOf(hits.size())))
                .replace("{jc}", "2");
        assertEquals(expected, status);
        assertTrue(status.matches(".*[\\u0600-\\u06FF].*"), "Arabische Antwort: " + status);
    }

    @Test
    void aSearchOnAnEnglishPageFindsEnglishPages() {
        String page = translations("index.html").get("en");
        chromium.viewport(1280, 800);
        chromium.open(server.url(page));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/pagefind/pagefind.js').then(async (pf) => {
                  await pf.init();
                  const s = await pf.search('Jobcenter');
                  const data = await Promise.all(s.results.map((r) => r.data()));
                  done(data.map((d) => d.url));
                }).catch((e) => done(['Fehler: ' + e]));""");
        assertFalse(urls.isEmpty(), "keine Treffer auf " + page);
        assertTrue(urls.stream().allMatch(u -> u.startsWith("/en/")), urls.toString());
        assertEquals(translations("index.html").size() > 0, urls.stream().anyMatch(u -> u.equals("/en/")), urls.toString());
    }
}
