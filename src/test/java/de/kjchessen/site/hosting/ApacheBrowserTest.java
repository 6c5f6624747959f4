package de.kjchessen.site.hosting;

import de.kjchessen.build.SiteUrls;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.HostingTest;
import de.kjchessen.site.support.SiteBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's own features under the headers our .htaccess really sends: every page in headless Chromium from
 * Apache without a single Content-Security-Policy violation, the stylesheet applied, and the search (Pagefind,
 * WebAssembly) finding a page. The browser is the shared one ({@link SiteBrowser}); its recorder collects the
 * CSP violations of each page from its first line on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
@HostingTest
class ApacheBrowserTest {

    private final Path site = GeneratedSite.DIR;
    private ApacheServer apache;
    private Chromium chromium;
    private ChromeDriver driver;

    @BeforeAll
    void start(Chromium shared) throws Exception {
        apache = ApacheServer.start(site, site.getParent().resolve("apache-browser"));
        chromium = shared;
        driver = shared.driver();
    }

    @AfterAll
    void stop() throws Exception {
        if (apache != null) {
            apache.close();
        }
    }

    @Test
    void everyPageRendersWithoutCspViolationsAndWithItsStylesheet() throws Exception {
        List<String> faults = new ArrayList<>();
        List<String> pages = GeneratedSite.built().pages().keySet().stream().filter(rel -> !rel.startsWith("pagefind/"))
                .map(SiteUrls::ofUri).sorted().toList();
        for (String page : pages) {
            driver.get(apache.baseUrl() + page);
            Object violations = chromium.cspViolations();
            if (!List.of().equals(violations)) {
                faults.add(page + ": " + violations);
            }
            // The fingerprinted stylesheet was loaded and applied (the skip link is moved off screen by site.css).
            Object sheets = driver.executeScript("return document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0");
            if (!Boolean.TRUE.equals(sheets)) {
                faults.add(page + ": stylesheet not applied");
            }
        }
        assertTrue(pages.size() >= 10, pages.toString());
        assertEquals(List.of(), faults, apache.logs());
    }

    @Test
    void searchWorksUnderTheRealHeaders() {
        driver.get(apache.baseUrl() + "/suche/?q=Kampagne");
        List<String> hits = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(d -> {
            List<String> links = d.findElements(By.cssSelector("#suche-treffer a")).stream()
                    .map(e -> URI.create(e.getAttribute("href")).getPath()).toList();
            return links.isEmpty() ? null : links;
        });
        assertTrue(hits.contains("/kampagne/"), "Treffer: " + hits);
        assertEquals(List.of(), chromium.cspViolations(), "CSP-Verstöße in der Suche");
    }
}
