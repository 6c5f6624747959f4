package de.kjchessen.site;

import de.kjchessen.site.browser.Chromium;
import de.kjchessen.site.browser.SharedChromium;
import de.kjchessen.site.browser.SiteServer;
import de.kjchessen.site.guard.GeneratedSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type scale and touch targets as a visitor's browser computes them, on every page of the built site:
 * headings are strictly larger than the text of their page, secondary lines (dates, "Stand") strictly smaller
 * (at 360 and 1280 px); on a phone every stand-alone link (header, navigation, breadcrumbs, footer, link lists)
 * is at least 44 × 44 px.
 */
@ExtendWith(SharedChromium.class)
class TypeScaleBrowserTest {

    /** Finds the faults of the loaded page; returns one line per fault. */
    static final String TYPE_SCALE = """
            const px = e => parseFloat(getComputedStyle(e).fontSize);
            const main = document.querySelector('main');
            if (!main) return [];
            const text = px(main), faults = [];
            main.querySelectorAll('h1, h2, h3').forEach(h => {
              if (px(h) <= text) faults.push(h.tagName + ' „' + h.textContent.trim().slice(0, 40) + '“ ist ' + px(h)
                + ' px groß, der Text ' + text + ' px');
            });
            main.querySelectorAll('.stand, .eintraege__meta, .meldung__art').forEach(e => {
              if (px(e) >= text) faults.push(e.className + ' „' + e.textContent.trim().slice(0, 40) + '“ ist nicht kleiner '
                + 'als der Text (' + px(e) + ' px)');
            });
            return faults;""";

    static final String TOUCH_TARGETS = """
            const faults = [];
            document.querySelectorAll('.kopf a, .hauptnavigation a, .brotkruemel a, .fuss a, .linkliste a, .zurueck a')
              .forEach(a => {
                const r = a.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) return; // folded away (the navigation behind "Menü")
                if (r.height < 44 || r.width < 44) faults.push('„' + a.textContent.trim().slice(0, 40) + '“ ist '
                  + Math.round(r.width) + ' × ' + Math.round(r.height) + ' px');
              });
            return faults;""";

    /** Words of headings that the browser splits across two lines without a hyphen ("Vermittlungsagent|ur"). */
    static final String SPLIT_WORDS = """
            const faults = [];
            document.querySelectorAll('main h1, main h2, main h3').forEach(h => {
              const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const re = /[^\\s\u00ad-]+/g;
                let m;
                while ((m = re.exec(node.data)) !== null) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                  if (lines.size > 1) faults.push('„' + m[0] + '“ in ' + h.tagName);
                }
              }
            });
            return faults;""";

    static SiteServer server;
    static Chromium chromium;

    @BeforeAll
    static void start(Chromium shared) {
        server = SiteServer.serve(GeneratedSite.built().root());
        chromium = shared;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        chromium.viewport(1280, 800);
    }

    static List<String> pages() {
        List<String> pages = GeneratedSite.built().pages().entrySet().stream()
                .filter(e -> e.getValue().selectFirst("main") != null).map(e -> e.getKey()).sorted().toList();
        assertTrue(pages.size() > 10 && pages.contains("index.html"), "zu wenige Seiten gefunden: " + pages);
        return pages;
    }

    /** Faults per check, found in one pass: each page is loaded once at 360 px and re-laid out at 1280 px. */
    static final List<String> SCALE = new ArrayList<>();
    static final List<String> SPLIT = new ArrayList<>();
    static final List<String> TARGETS = new ArrayList<>();
    static int footerLinks;

    static synchronized void measure() {
        if (footerLinks > 0 || !SCALE.isEmpty() || !SPLIT.isEmpty() || !TARGETS.isEmpty()) {
            return;
        }
        for (String page : pages()) {
            chromium.viewport(360, 640);
            chromium.open(server.url(page));
            List<String> scale = chromium.js(TYPE_SCALE);
            scale.forEach(f -> SCALE.add(page + " bei 360 px: " + f));
            List<String> split = chromium.js(SPLIT_WORDS);
            split.forEach(f -> SPLIT.add(page + ": " + f));
            List<String> targets = chromium.js(TOUCH_TARGETS);
            targets.forEach(f -> TARGETS.add(page + ": " + f));
            footerLinks += ((Number) chromium.js("return document.querySelectorAll('.fuss a').length")).intValue();
            chromium.viewport(1280, 800); // the same page laid out for a desktop, without loading it again
            List<String> wide = chromium.js(TYPE_SCALE);
            wide.forEach(f -> SCALE.add(page + " bei 1280 px: " + f));
        }
    }

    @Test
    void headingsAreLargerAndSecondaryLinesSmallerThanTheTextOnEveryPage() {
        measure();
        assertEquals(List.of(), SCALE, "Schriftgrößen");
    }

    @Test
    void noWordOfAHeadingIsSplitWithoutAHyphenOnAPhone() {
        measure();
        assertEquals(List.of(), SPLIT, "Wörter in Überschriften, die ohne Trennstrich umbrechen");
    }

    @Test
    void standAloneLinksAreAtLeast44PixelsOnAPhone() {
        measure();
        assertTrue(footerLinks > 0, "keine Links in der Fußzeile gefunden");
        assertEquals(List.of(), TARGETS, "Zu kleine Ziele für den Finger (mindestens 44 × 44 px)");
    }
}
