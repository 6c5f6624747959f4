package de.kjchessen.site;

import com.deque.html.axecore.results.Results;
import de.kjchessen.site.browser.Chromium;
import de.kjchessen.site.browser.SharedChromium;
import de.kjchessen.site.browser.SiteServer;
import de.kjchessen.site.guard.GeneratedSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jobcenter overview and its map in headless Chromium (the shared browser and {@link SiteServer} with its
 * strict CSP): no axe violations, the map is reachable by keyboard with a visible focus, and it fits a 320 px screen.
 * Screenshots at 360 and 1280 px go to target/screenshots/ for people to look at; they assert nothing.
 */
@ExtendWith(SharedChromium.class)
class JobcenterBrowserTest {

    static SiteServer server;
    static String base;
    static Chromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void start(Chromium shared) {
        server = SiteServer.serve(GeneratedSite.built().root());
        base = server.origin();
        chromium = shared;
        driver = shared.driver();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        chromium.viewport(1280, 800);
    }

    static void width(int px) {
        chromium.viewport(px, 900);
    }

    @Test
    void overviewDetailAndOpenDataPagesHaveNoAccessibilityViolations() {
        width(1280);
        for (String page : List.of("/jobcenter/", "/jobcenter/wetteraukreis/", "/jobcenter/main-kinzig-kreis/", "/open-data/")) {
            driver.get(base + page);
            Results axe = chromium.axe();
            assertEquals(List.of(), axe.getViolations().stream().map(r -> r.getId() + ": " + r.getNodes().stream()
                    .map(n -> String.valueOf(n.getTarget())).toList()).toList(), "Barrieren auf " + page);
            assertEquals(List.of(), chromium.cspViolations(), "CSP-Verstöße auf " + page);
        }
    }

    @Test
    void mapAreasAreReachableByKeyboardWithVisibleFocus() {
        width(1280);
        driver.get(base + "/jobcenter/");
        Map<?, ?> focus = null;
        for (int i = 0; i < 60 && focus == null; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object r = driver.executeScript("const a = document.activeElement;"
                    + "if (!a.closest('svg.karte__svg')) return null;"
                    + "const p = a.querySelector('path'); const s = getComputedStyle(p);"
                    + "return {label: a.getAttribute('aria-label'), href: a.getAttribute('href'),"
                    + " visible: a.matches(':focus-visible'), stroke: s.stroke, width: s.strokeWidth};");
            focus = (Map<?, ?>) r;
        }
        assertTrue(focus != null, "Keine Fläche der Karte per Tabulator erreichbar");
        assertTrue(String.valueOf(focus.get("href")).startsWith("/jobcenter/"), focus.toString());
        assertTrue(String.valueOf(focus.get("label")).contains(": "), focus.toString());
        assertEquals(true, focus.get("visible"));
        assertEquals("4px", focus.get("width"), "Fokusrahmen der Fläche");
        assertNotEquals("rgb(255, 255, 255)", focus.get("stroke"));
    }

    @Test
    void mapFitsA320PxScreenAndScreenshotsAreTaken() throws IOException {
        width(320);
        driver.get(base + "/jobcenter/");
        Map<?, ?> m = (Map<?, ?>) driver.executeScript("const r = document.querySelector('svg.karte__svg')"
                + ".getBoundingClientRect(); return {w: r.width, page: document.documentElement.scrollWidth};");
        double w = ((Number) m.get("w")).doubleValue();
        assertTrue(w > 240 && w <= 320, "Kartenbreite bei 320 px: " + w);
        assertTrue(((Number) m.get("page")).intValue() <= 320, "waagerechtes Scrollen bei 320 px: " + m);

        Path dir = Path.of(System.getProperty("site.dir", "target/site")).getParent().resolve("screenshots");
        Files.createDirectories(dir);
        for (int px : List.of(360, 1280)) {
            width(px);
            driver.get(base + "/jobcenter/");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(dir.resolve("jobcenter-" + px + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        }
    }
}
