package de.kjchessen.site.jobcenter;

import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.SiteServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jobcenter overview's map in headless Chromium (the shared browser and {@link SiteServer} with its strict CSP):
 * reachable by keyboard with a visible focus, and it fits a 320 px screen. axe, CSP and the screenshots of the overview,
 * its detail pages and the open-data page at 360 and 1280 px are the browser gates' (SiteGatesTest, every page).
 */
@BrowserTest
class JobcenterBrowserTest {

    private final String base;
    private final Chromium chromium;
    private final ChromeDriver driver;

    JobcenterBrowserTest(Chromium chromium, SiteServer server) {
        this.base = server.origin();
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    void width(int px) {
        chromium.viewport(px, 900);
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
    void mapFitsA320PxScreen() {
        width(320);
        driver.get(base + "/jobcenter/");
        Map<?, ?> m = (Map<?, ?>) driver.executeScript("const r = document.querySelector('svg.karte__svg')"
                + ".getBoundingClientRect(); return {w: r.width, page: document.documentElement.scrollWidth};");
        double w = ((Number) m.get("w")).doubleValue();
        assertTrue(w > 240 && w <= 320, "Kartenbreite bei 320 px: " + w);
        assertTrue(((Number) m.get("page")).intValue() <= 320, "waagerechtes Scrollen bei 320 px: " + m);
    }
}
