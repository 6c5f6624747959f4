package de.kjchessen.site;

import de.kjchessen.site.browser.Chromium;
import de.kjchessen.site.browser.SharedChromium;
import de.kjchessen.site.browser.SiteServer;
import de.kjchessen.site.gate.BrowserGates.Gate;
import de.kjchessen.site.gate.BrowserGates;
import de.kjchessen.site.guard.Fault;
import de.kjchessen.site.guard.GeneratedSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser gates over every page of the freshly baked site (pages are discovered in target/site, so new
 * pages are covered without touching this test). One Chromium, one local server, one pass per viewport;
 * the run's time per gate is printed. Screenshots of the key pages land in target/screenshots/.
 */
@ExtendWith(SharedChromium.class)
class SiteGatesTest {

    static GeneratedSite site;
    static List<String> pages;
    static Set<String> keyPages;
    static Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    static BrowserGates.Report report;
    static long started;

    @BeforeAll
    static void runGates(Chromium chromium) {
        started = System.currentTimeMillis() - 1000; // file times may be rounded to the second
        site = GeneratedSite.built();
        pages = new ArrayList<>(site.pages().keySet());
        keyPages = keyPages(pages);
        try (SiteServer server = SiteServer.serve(site.root())) {
            report = BrowserGates.run(chromium, server, pages, Set.of("index.html"), keyPages, screenshots);
        }
        System.out.println(report.timings());
    }

    /**
     * Pages worth looking at: the home page, 404, every top-level page, and the first deeper page of each
     * section (one of each template: a press release, a Jobcenter page, ...).
     */
    static Set<String> keyPages(List<String> pages) {
        Set<String> key = new LinkedHashSet<>();
        Set<String> sectionsWithDeepPage = new LinkedHashSet<>();
        for (String p : pages) {
            int depth = p.split("/").length;
            boolean topLevel = depth == 1 || (depth == 2 && p.endsWith("/index.html"));
            if (topLevel) {
                key.add(p);
            } else if (sectionsWithDeepPage.add(p.substring(0, p.indexOf('/')))) {
                key.add(p);
            }
        }
        return key;
    }

    static void assertNoFaults(Gate gate) {
        List<Fault> faults = report.of(gate);
        assertTrue(faults.isEmpty(), () -> gate.label + ": " + faults.size() + " Fehler:\n"
                + faults.stream().map(Fault::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void everyPageHasNoAxeViolationOfWcag21AA() {
        assertNoFaults(Gate.AXE);
    }

    @Test
    void skipLinkIsFirstAndMovesFocusToMainOnEveryPage() {
        assertNoFaults(Gate.SKIP_LINK);
    }

    @Test
    void homePageCanBeWalkedByKeyboardInOrderWithVisibleFocus() {
        assertNoFaults(Gate.KEYBOARD);
    }

    @Test
    void everyPageReflowsAt320PxWithoutHorizontalScrolling() {
        assertNoFaults(Gate.REFLOW);
    }

    @Test
    void noPageRequestsAnotherHostOrViolatesTheContentSecurityPolicy() {
        assertNoFaults(Gate.REQUESTS);
    }

    @Test
    void noPageSetsCookiesOrWebStorage() {
        assertNoFaults(Gate.STORAGE);
    }

    @Test
    void screenshotsOfKeyPagesAt360And1280() throws Exception {
        assertTrue(keyPages.contains("index.html"), "Die Startseite fehlt unter den Bildschirmfotos");
        for (String page : keyPages) {
            for (int width : new int[]{360, 1280}) {
                Path png = screenshots.resolve(BrowserGates.screenshotName(page) + "-" + width + ".png");
                byte[] bytes = Files.readAllBytes(png);
                // PNG: 8-byte signature, then the IHDR chunk whose first field (offset 16) is the width
                int pngWidth = java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt();
                assertEquals(width, pngWidth, png + " hat die falsche Breite");
                assertTrue(Files.getLastModifiedTime(png).toMillis() >= started, png + " ist nicht aus diesem Lauf");
            }
        }
    }
}
