package de.kjchessen.site.hosting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's own features under the headers our .htaccess really sends: every page in headless Chromium from
 * Apache without a single Content-Security-Policy violation, the stylesheet applied, and the search (Pagefind,
 * WebAssembly) finding a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApacheBrowserTest {

    private final Path site = Path.of(System.getProperty("site.dir", "target/site"));
    private ApacheServer apache;
    private ChromeDriver driver;
    private Path profile;

    @BeforeAll
    void start() throws Exception {
        apache = ApacheServer.start(site, site.getParent().resolve("apache-browser"));
        profile = Files.createTempDirectory("chrome-profile");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,800", "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build(), o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Collects violations from the first line of every page (injected by CDP, not subject to the CSP).
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });"));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (apache != null) {
                apache.close();
            }
            if (profile != null) {
                try (Stream<Path> s = Files.walk(profile)) {
                    s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Test
    void everyPageRendersWithoutCspViolationsAndWithItsStylesheet() throws Exception {
        List<String> faults = new ArrayList<>();
        List<String> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> rel.endsWith(".html") && !rel.startsWith("pagefind/"))
                    .map(rel -> "/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - 10) : rel)).sorted().toList();
        }
        for (String page : pages) {
            driver.get(apache.baseUrl() + page);
            Object violations = driver.executeScript("return window.__csp");
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
        List<String> hits = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<String> links = d.findElements(By.cssSelector("#suche-treffer a")).stream()
                    .map(e -> URI.create(e.getAttribute("href")).getPath()).toList();
            return links.isEmpty() ? null : links;
        });
        assertTrue(hits.contains("/kampagne/"), "Treffer: " + hits);
        assertEquals(List.of(), driver.executeScript("return window.__csp"), "CSP-Verstöße in der Suche");
    }
}
