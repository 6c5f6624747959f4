package de.kjchessen.site.search;

import com.deque.html.axecore.results.Results;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.SiteBrowser;
import de.kjchessen.site.support.SiteServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site search in headless Chromium, served over HTTP with the strict Content-Security-Policy of
 * {@link SiteServer} (no 'unsafe-inline', only 'wasm-unsafe-eval' for Pagefind's WebAssembly): a search for a
 * word of the press release finds it. Also the print layout and the page without JavaScript.
 */
@BrowserTest
class SearchBrowserTest {

    static final String POST = "/aktuelles/2018/2018-11-26-kampagnenstart.html";

    private final String base;
    private final Chromium chromium;
    private final ChromeDriver driver;

    SearchBrowserTest(Chromium chromium, SiteServer server) {
        this.base = server.origin();
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    @Test
    void searchForDigitalisierungFindsThePressRelease() {
        driver.get(base + "/suche/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20));
        WebElement input = wait.until(d -> d.findElements(By.cssSelector("#suche input[type=search]"))
                .stream().findFirst().orElse(null));
        assertEquals("false", String.valueOf(driver.executeScript("return !document.getElementById('suche-ohne-js').hidden")),
                "Der Hinweis für Besucher ohne JavaScript verschwindet, sobald die Suche läuft");
        input.sendKeys("Digitalisierung");
        List<String> hits = wait.until(d -> {
            List<String> links = d.findElements(By.cssSelector("#suche-treffer a")).stream()
                    .map(e -> URI.create(e.getAttribute("href")).getPath()).toList();
            return links.isEmpty() ? null : links;
        });
        assertTrue(hits.contains(POST), "Treffer: " + hits);
        assertEquals(List.of(), chromium.cspViolations(), "CSP-Verstöße");
        Results axe = chromium.axe();
        assertEquals(List.of(), axe.getViolations().stream().map(r -> r.getId() + ": " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).toList(), "Barrieren in der Suche mit Treffern");
    }

    @Test
    void searchTermFromTheAddressStartsTheSearch() {
        driver.get(base + "/suche/?q=Kampagne");
        List<String> hits = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20)).until(d -> {
            List<String> links = d.findElements(By.cssSelector("#suche-treffer a")).stream()
                    .map(e -> URI.create(e.getAttribute("href")).getPath()).toList();
            return links.isEmpty() ? null : links;
        });
        assertTrue(hits.contains("/kampagne/"), "Treffer: " + hits);
    }

    @Test
    void printLayoutHidesNavigationSearchAndFooter() {
        driver.get(base + POST);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print")); // SiteBrowser resets it
        for (String selector : List.of(".hauptnavigation", ".fuss", ".kopf__werkzeuge", ".brotkruemel", ".zurueck")) {
            Object display = driver.executeScript("var e = document.querySelector(arguments[0]);"
                    + " return e ? getComputedStyle(e).display : 'fehlt';", selector);
            assertEquals("none", display, selector + " im Druck");
        }
        Object h1 = driver.executeScript("return getComputedStyle(document.querySelector('main h1')).display");
        assertEquals("block", h1);
        assertEquals(List.of(), chromium.cspViolations(), "CSP-Verstöße");
    }
}
