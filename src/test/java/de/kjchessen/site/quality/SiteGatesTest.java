package de.kjchessen.site.quality;

import de.kjchessen.site.quality.BrowserGates.Gate;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Screenshots;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.site.hosting.ApacheServer;
import de.kjchessen.site.support.HostingTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
 * pages are covered without touching this test). Two Chromiums side by side (each page checked by one of them), the
 * site served by a real Apache with our .htaccess (so the Content-Security-Policy and the types are the web host's),
 * one load per page; the run's time per gate is printed. Screenshots of the key pages land in target/screenshots/.
 */
@BrowserTest
@HostingTest
class SiteGatesTest {

    /**
     * Browsers checking the pages side by side (system property kjc.gates.browsers, default 2): one Chromium leaves a
     * core of the two-core build machine mostly idle while its renderer works (BENCHMARKS.md, issue 21).
     */
    static final int BROWSERS = Integer.getInteger("kjc.gates.browsers", 2);

    static GeneratedSite site;
    static List<String> pages;
    static Set<String> keyboardPages;
    static Set<String> keyPages;
    static BrowserGates.Report report;
    static long started;

    @BeforeAll
    static void runGates(Chromium chromium) throws Exception {
        started = System.currentTimeMillis() - 1000; // file times may be rounded to the second
        site = GeneratedSite.built();
        pages = new ArrayList<>(site.pages().keySet());
        keyPages = keyPages(pages);
        keyboardPages = keyboardPages(site);
        // Served by Apache with the headers of our .htaccess (Content-Security-Policy, types, nosniff), as the web host
        // serves them: one load per page checks the site's features under the real headers and every other gate.
        try (ApacheServer apache = ApacheServer.start(GeneratedSite.DIR,
                GeneratedSite.DIR.getParent().resolve("apache-gates"))) {
            report = BrowserGates.runSideBySide(BROWSERS, chromium, page -> apache.baseUrl() + SiteUrls.ofUri(page),
                    pages, keyboardPages, keyPages, Screenshots.DIR);
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

    /**
     * Pages walked by keyboard from the first to the last focusable element: the German start page and, in every
     * language of the site, the start and the finder page (the languages come from their hreflang alternates).
     */
    static Set<String> keyboardPages(GeneratedSite site) {
        Set<String> walk = new LinkedHashSet<>(List.of("index.html"));
        walk.addAll(site.translations("index.html").values());
        walk.addAll(site.translations("jobcenter-finden/index.html").values());
        return walk;
    }

    static void assertNoFaults(Gate gate) {
        List<Fault> faults = report.of(gate);
        assertTrue(faults.isEmpty(), () -> gate.label + ": " + faults.size() + " Fehler:\n"
                + faults.stream().map(Fault::toString).collect(Collectors.joining("\n")));
    }

    /** The browsers side by side took every page from their shared queue, none left over. */
    @Test
    void everyPageWentThroughTheGatesOnce() {
        assertEquals(pages.size(), report.pages(), "geprüfte Seiten");
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
    void startAndFinderPagesOfEveryLanguageCanBeWalkedByKeyboardInOrderWithVisibleFocus() {
        assertTrue(keyboardPages.size() > 2 && keyboardPages.stream().anyMatch(p -> p.startsWith("ar/")),
                "keine übersetzten Seiten für den Tastatur-Rundgang: " + keyboardPages);
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

    /** Under the real headers (Apache, .htaccess) each page's fingerprinted stylesheet arrives and applies. */
    @Test
    void everyPageServedByApacheAppliesItsStylesheet() {
        assertNoFaults(Gate.STYLESHEET);
    }

    @Test
    void noPageSetsCookiesOrWebStorage() {
        assertNoFaults(Gate.STORAGE);
    }

    /** Headings strictly larger than the text of their page, secondary lines (dates, "Stand") strictly smaller. */
    @Test
    void headingsAreLargerAndSecondaryLinesSmallerThanTheTextOnEveryPageAt360And1280() {
        assertTrue(report.examined(Gate.TYPE_SCALE) >= 2 * pages.size(), "zu wenige Überschriften geprüft");
        assertNoFaults(Gate.TYPE_SCALE);
    }

    @Test
    void noWordOfAHeadingIsSplitWithoutAHyphenOnAPhone() {
        assertTrue(report.examined(Gate.SPLIT_WORDS) > pages.size(), "zu wenige Wörter in Überschriften geprüft");
        assertNoFaults(Gate.SPLIT_WORDS);
    }

    /** On a phone every stand-alone link (header, navigation, breadcrumbs, footer, link lists) is at least 44 × 44 px. */
    @Test
    void standAloneLinksAreAtLeast44PixelsOnAPhone() {
        assertTrue(report.examined(Gate.TOUCH_TARGETS) > pages.size(), "zu wenige Links geprüft");
        assertNoFaults(Gate.TOUCH_TARGETS);
    }

    @Test
    void screenshotsOfKeyPagesAt360And1280() throws Exception {
        assertTrue(keyPages.contains("index.html"), "Die Startseite fehlt unter den Bildschirmfotos");
        for (String page : keyPages) {
            for (int width : new int[]{360, 1280}) {
                Path png = Screenshots.DIR.resolve(BrowserGates.screenshotName(page) + "-" + width + ".png");
                byte[] bytes = Files.readAllBytes(png);
                // PNG: 8-byte signature, then the IHDR chunk whose first field (offset 16) is the width
                int pngWidth = java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt();
                assertEquals(width, pngWidth, png + " hat die falsche Breite");
                assertTrue(Files.getLastModifiedTime(png).toMillis() >= started, png + " ist nicht aus diesem Lauf");
            }
        }
    }
}
