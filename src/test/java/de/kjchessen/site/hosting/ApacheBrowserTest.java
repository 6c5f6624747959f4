package de.kjchessen.site.hosting;

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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site search (Pagefind, WebAssembly) under the headers our .htaccess really sends. Every page's own check under
 * those headers (no Content-Security-Policy violation, the stylesheet applied) is part of the browser gates, which
 * load each page from Apache once for all gates ({@code SiteGatesTest}). The browser is the shared one
 * ({@link SiteBrowser}); its recorder collects the CSP violations of each page from its first line on.
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
