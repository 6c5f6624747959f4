package de.kjchessen.site.quality;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.SiteServer;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The gates that need a real browser, run over every page with one shared Chromium. Each page is loaded once:
 * at 1280 px for axe-core, the type scale, the skip link, requests and storage (and the wide screenshots), then the
 * same load is narrowed to 320 px for reflow and to 360 px for the type scale, split words and touch targets of a
 * phone (and the narrow screenshots), so adding pages stays cheap.
 * Only the page walked by keyboard is loaded a second time, because the skip link test has moved its focus.
 * The time of each gate is measured separately (page loads are their own line). {@link #runSideBySide} shares the
 * pages among several browsers.
 */
public final class BrowserGates {

    /** The browser gates, in report order. */
    public enum Gate {
        LOAD("Seiten laden"),
        AXE("axe-core WCAG 2.1 A/AA"),
        SKIP_LINK("Sprunglink zum Inhalt"),
        KEYBOARD("Tastatur-Rundgang"),
        REQUESTS("nur eigene Anfragen, keine Fehler"),
        STYLESHEET("Stylesheet angewandt"),
        STORAGE("keine Cookies, kein Web Storage"),
        REFLOW("Umbruch bei 320 px"),
        TYPE_SCALE("Schriftgrößen bei 360 und 1280 px"),
        SPLIT_WORDS("ungetrennte Wörter in Überschriften"),
        TOUCH_TARGETS("Ziele ab 44 × 44 px bei 360 px"),
        SCREENSHOTS("Bildschirmfotos");

        public final String label;

        Gate(String label) {
            this.label = label;
        }
    }

    /**
     * Findings and time per gate, and how many elements the page-content gates examined (headings and secondary
     * lines, heading words, touch targets): a gate that examined nothing proves nothing.
     */
    public record Report(Map<Gate, List<Fault>> faults, Map<Gate, Long> nanos, Map<Gate, Integer> examined, int pages,
                         int browsers, long wallNanos) {
        public List<Fault> of(Gate gate) {
            return faults.get(gate);
        }

        public int examined(Gate gate) {
            return examined.getOrDefault(gate, 0);
        }

        public String timings() {
            StringBuilder sb = new StringBuilder("Browser-Gates über " + pages + " Seiten:\n");
            nanos.forEach((g, n) -> sb.append(String.format("  %-36s %7.2f s%n", g.label, n / 1e9)));
            if (browsers > 1) {
                sb.append(String.format("  %d Browser nebeneinander (Zeiten oben: Summe), Wandzeit %.2f s%n", browsers,
                        wallNanos / 1e9));
            }
            return sb.toString();
        }

        /** The reports of browsers that checked parts of the pages, as one (faults in the order of {@code parts}). */
        static Report merge(List<Report> parts, long wallNanos) {
            Map<Gate, List<Fault>> faults = new EnumMap<>(Gate.class);
            Map<Gate, Long> nanos = new EnumMap<>(Gate.class);
            Map<Gate, Integer> examined = new EnumMap<>(Gate.class);
            int pages = 0;
            for (Report r : parts) {
                r.faults.forEach((g, f) -> faults.computeIfAbsent(g, k -> new ArrayList<>()).addAll(f));
                r.nanos.forEach((g, n) -> nanos.merge(g, n, Long::sum));
                r.examined.forEach((g, n) -> examined.merge(g, n, Integer::sum));
                pages += r.pages;
            }
            return new Report(faults, nanos, examined, pages, parts.size(), wallNanos);
        }
    }

    private static final String DESCRIBE = """
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (e.classList.length ? '.' + [...e.classList].join('.') : '')
              + (e.textContent.trim() ? ' "' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"' : '');
            """;

    private static final String REQUESTS = """
            const origin = location.origin;
            const foreign = [...new Set(performance.getEntriesByType('resource').map(e => e.name)
              .filter(n => !n.startsWith(origin + '/') && !n.startsWith('data:') && !n.startsWith('blob:')))];
            return foreign;
            """;

    private static final String STORAGE = """
            const done = arguments[arguments.length - 1];
            const r = {cookie: document.cookie, local: Object.keys(localStorage), session: Object.keys(sessionStorage),
              idb: [], caches: []};
            Promise.resolve(indexedDB.databases ? indexedDB.databases() : [])
              .then(d => { r.idb = d.map(x => x.name); return self.caches ? caches.keys() : []; })
              .then(k => { r.caches = k; done(r); })
              .catch(e => { r.error = String(e); done(r); });
            """;

    private static final String ACTIVE = DESCRIBE + """
            const e = document.activeElement;
            const r = e.getBoundingClientRect();
            return {tag: e.tagName.toLowerCase(), desc: describe(e), href: e.getAttribute('href') || '',
              visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth};
            """;

    private static final String FOCUSABLES = DESCRIBE + """
            const sel = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
            const seenRadio = new Set();
            const list = [...document.querySelectorAll(sel)].filter(e => {
              if (e.disabled || e.tabIndex < 0 || e.closest('[inert]') || e.getClientRects().length === 0) return false;
              if (getComputedStyle(e).visibility === 'hidden') return false;
              if (e.tagName === 'INPUT' && e.type === 'hidden') return false;
              if (e.tagName === 'INPUT' && e.type === 'radio' && e.name) {
                const group = [...document.getElementsByName(e.name)].filter(x => x.type === 'radio');
                const stop = group.find(x => x.checked) || group[0];
                if (e !== stop || seenRadio.has(e.name)) return false;
                seenRadio.add(e.name);
              }
              return true;
            });
            const style = e => { const s = getComputedStyle(e); return {o: s.outlineStyle, ow: parseFloat(s.outlineWidth),
              oc: s.outlineColor, bs: s.boxShadow, bg: s.backgroundColor, bc: s.borderColor}; };
            window.__walk = list;
            window.__rest = list.map(style);
            return list.map(e => ({desc: describe(e), positive: e.tabIndex > 0}));
            """;

    private static final String FOCUS_STEP = DESCRIBE + """
            const e = document.activeElement;
            const i = window.__walk.indexOf(e);
            const s = getComputedStyle(e);
            const rest = i >= 0 ? window.__rest[i] : null;
            const alpha = c => { const m = c.match(/rgba?\\(([^)]*)\\)/); if (!m) return 1; const p = m[1].split(','); return p.length > 3 ? parseFloat(p[3]) : 1; };
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && alpha(s.outlineColor) > 0;
            const changed = rest && ((s.boxShadow !== 'none' && s.boxShadow !== rest.bs) || s.backgroundColor !== rest.bg
              || s.borderColor !== rest.bc);
            const r = e.getBoundingClientRect();
            const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
            return {index: i, desc: describe(e), visibleFocus: outline || !!changed, inView: inView};
            """;

    /** Back to the state of a fresh load before the narrow pass: no focus left by the skip link, at the top. */
    private static final String RESET = """
            if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
            window.scrollTo(0, 0);
            """;

    private static final String REFLOW = DESCRIBE + """
            const vw = document.documentElement.clientWidth;
            const sw = document.documentElement.scrollWidth;
            if (sw <= vw) return null;
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > vw + 0.5 && e.parentElement.getBoundingClientRect().right <= vw + 0.5) {
                out.push(describe(e) + ' bis ' + Math.round(r.right) + ' px');
              }
            }
            return {sw: sw, vw: vw, out: out.slice(0, 5)};
            """;

    /**
     * Headings strictly larger than the text of their page's main, secondary lines (dates, "Stand") strictly smaller.
     * Returns {faults, examined}.
     */
    private static final String TYPE_SCALE = """
            const px = e => parseFloat(getComputedStyle(e).fontSize);
            const main = document.querySelector('main');
            if (!main) return {faults: [], examined: 0};
            const text = px(main), faults = [];
            const headings = main.querySelectorAll('h1, h2, h3');
            const secondary = main.querySelectorAll('.stand, .eintraege__meta, .meldung__art');
            headings.forEach(h => {
              if (px(h) <= text) faults.push(h.tagName + ' „' + h.textContent.trim().slice(0, 40) + '“ ist ' + px(h)
                + ' px groß, der Text ' + text + ' px');
            });
            secondary.forEach(e => {
              if (px(e) >= text) faults.push(e.className + ' „' + e.textContent.trim().slice(0, 40) + '“ ist nicht kleiner '
                + 'als der Text (' + px(e) + ' px)');
            });
            return {faults: faults, examined: headings.length + secondary.length};""";

    /** Stand-alone links (header, navigation, breadcrumbs, footer, link lists) at least 44 × 44 px. */
    private static final String TOUCH_TARGETS = """
            const faults = [];
            let examined = 0;
            document.querySelectorAll('.kopf a, .hauptnavigation a, .brotkruemel a, .fuss a, .linkliste a, .zurueck a')
              .forEach(a => {
                const r = a.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) return; // folded away (the navigation behind "Menü")
                examined++;
                if (r.height < 44 || r.width < 44) faults.push('„' + a.textContent.trim().slice(0, 40) + '“ ist '
                  + Math.round(r.width) + ' × ' + Math.round(r.height) + ' px');
              });
            return {faults: faults, examined: examined};""";

    /** Words of headings that the browser splits across two lines without a hyphen ("Vermittlungsagent|ur"). */
    private static final String SPLIT_WORDS = """
            const faults = [];
            let examined = 0;
            document.querySelectorAll('main h1, main h2, main h3').forEach(h => {
              const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const re = /[^\\s\u00ad-]+/g;
                let m;
                while ((m = re.exec(node.data)) !== null) {
                  examined++;
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                  if (lines.size > 1) faults.push('„' + m[0] + '“ in ' + h.tagName);
                }
              }
            });
            return {faults: faults, examined: examined};""";

    /** The page's stylesheet was loaded and applied (its rules are readable): not refused for its type or policy. */
    private static final String STYLESHEET = """
            try { return document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0; }
            catch (e) { return false; } // a sheet the browser refused has no readable rules""";

    private final Chromium chromium;
    private final Function<String, String> url;
    private final Map<Gate, List<Fault>> faults = new EnumMap<>(Gate.class);
    private final Map<Gate, Long> nanos = new EnumMap<>(Gate.class);
    private final Map<Gate, Integer> examined = new EnumMap<>(Gate.class);
    private int pages;

    private BrowserGates(Chromium chromium, Function<String, String> url) {
        this.chromium = chromium;
        this.url = url;
        for (Gate g : Gate.values()) {
            faults.put(g, new ArrayList<>());
            nanos.put(g, 0L);
        }
    }

    /**
     * Runs every browser gate.
     *
     * @param pages        every page, relative to the site root ("ueber-uns/index.html")
     * @param keyboardPages the pages to tab through completely (the home page)
     * @param screenshots  pages to photograph at 360 and 1280 px
     * @param screenshotDir where the PNGs go
     */
    public static Report run(Chromium chromium, SiteServer server, List<String> pages, Set<String> keyboardPages,
                             Set<String> screenshots, Path screenshotDir) {
        return run(chromium, server::url, pages, keyboardPages, screenshots, screenshotDir);
    }

    /**
     * Like {@link #run(Chromium, SiteServer, List, Set, Set, Path)}, for any server: {@code url} gives the address of
     * a page ("ueber-uns/index.html" → "http://127.0.0.1:port/ueber-uns/").
     */
    public static Report run(Chromium chromium, Function<String, String> url, List<String> pages,
                             Set<String> keyboardPages, Set<String> screenshots, Path screenshotDir) {
        Iterator<String> it = pages.iterator();
        return run(chromium, url, () -> it.hasNext() ? it.next() : null, keyboardPages, screenshots, screenshotDir);
    }

    /** Checks the pages that {@code nextPage} hands out until it returns null. */
    private static Report run(Chromium chromium, Function<String, String> url, Supplier<String> nextPage,
                              Set<String> keyboardPages, Set<String> screenshots, Path screenshotDir) {
        long t0 = System.nanoTime();
        BrowserGates g = new BrowserGates(chromium, url);
        try {
            Files.createDirectories(screenshotDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chromium.clearState(); // the browser is shared: start without what earlier tests left behind
        try (AutoCloseable axe = chromium.preloadAxe()) { // axe-core in every page from its load, not sent per page
            for (String page = nextPage.get(); page != null; page = nextPage.get()) {
                g.checkPage(page, keyboardPages, screenshots, screenshotDir);
                g.pages++;
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        chromium.viewport(1280, 800);
        chromium.clearState();
        return new Report(g.faults, g.nanos, g.examined, g.pages, 1, System.nanoTime() - t0);
    }

    /**
     * Like {@link #run}, with the pages shared by several browsers that work side by side: each takes the next
     * unchecked page from one queue (so a browser that got a heavy page takes fewer others) and runs every gate over
     * it in its own load. Faults are reported in the order of {@code pages}. One Chromium spends much of a page waiting for its
     * renderer's single main thread; a second one uses the other core meanwhile. The first browser is {@code shared};
     * the others are started here and closed afterwards.
     */
    public static Report runSideBySide(int browsers, Chromium shared, Function<String, String> url, List<String> pages,
                                       Set<String> keyboardPages, Set<String> screenshots, Path screenshotDir) {
        int n = Math.max(1, Math.min(browsers, pages.size()));
        if (n == 1) {
            return run(shared, url, pages, keyboardPages, screenshots, screenshotDir);
        }
        long t0 = System.nanoTime();
        Queue<String> queue = new ConcurrentLinkedQueue<>(pages);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Report>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean own = i > 0;
                running.add(pool.submit(() -> {
                    Chromium chromium = own ? Chromium.start() : shared;
                    try {
                        return run(chromium, url, queue::poll, keyboardPages, screenshots, screenshotDir);
                    } finally {
                        if (own) {
                            chromium.close();
                        }
                    }
                }));
            }
            List<Report> reports = new ArrayList<>();
            for (Future<Report> f : running) {
                reports.add(f.get());
            }
            Report merged = Report.merge(reports, System.nanoTime() - t0);
            Map<String, Integer> order = new java.util.HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                order.putIfAbsent(pages.get(i), i);
            }
            merged.faults().values().forEach(f -> f.sort(java.util.Comparator.comparing(x -> order.getOrDefault(x.file(), -1))));
            return merged;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void checkPage(String page, Set<String> keyboardPages, Set<String> screenshots, Path screenshotDir) {
        chromium.viewport(1280, 800);
        time(Gate.LOAD, () -> load(chromium, url.apply(page)));
        time(Gate.REQUESTS, () -> requests(page));
        time(Gate.STYLESHEET, () -> stylesheet(page));
        time(Gate.STORAGE, () -> storage(page));
        time(Gate.AXE, () -> axe(page));
        time(Gate.TYPE_SCALE, () -> pageContent(Gate.TYPE_SCALE, TYPE_SCALE, page, " bei 1280 px"));
        if (screenshots.contains(page)) {
            time(Gate.SCREENSHOTS, () -> screenshot(page, 1280, screenshotDir));
        }
        time(Gate.SKIP_LINK, () -> skipLink(page));
        if (keyboardPages.contains(page)) {
            // the walk starts from a fresh page: the skip link test has moved the focus
            time(Gate.LOAD, () -> load(chromium, url.apply(page)));
            time(Gate.KEYBOARD, () -> keyboard(page));
        }
        // The same load, narrowed: changing the viewport re-lays out the page (media queries, resize
        // listeners) as a turned phone does, so the page need not be loaded a second time.
        time(Gate.REFLOW, () -> {
            chromium.js(RESET);
            chromium.viewport(320, 800);
            return reflow(page);
        });
        // and at a phone's 360 px (no rule of the stylesheet depends on the height)
        chromium.viewport(360, 800);
        time(Gate.TYPE_SCALE, () -> pageContent(Gate.TYPE_SCALE, TYPE_SCALE, page, " bei 360 px"));
        time(Gate.SPLIT_WORDS, () -> pageContent(Gate.SPLIT_WORDS, SPLIT_WORDS, page, " bei 360 px"));
        time(Gate.TOUCH_TARGETS, () -> pageContent(Gate.TOUCH_TARGETS, TOUCH_TARGETS, page, " bei 360 px"));
        if (screenshots.contains(page)) {
            time(Gate.SCREENSHOTS, () -> screenshot(page, 360, screenshotDir));
        }
    }

    private static Void load(Chromium chromium, String url) {
        chromium.open(url);
        return null;
    }

    private void time(Gate gate, Supplier<Void> work) {
        long t0 = System.nanoTime();
        try {
            work.get();
        } finally {
            nanos.merge(gate, System.nanoTime() - t0, Long::sum);
        }
    }

    private void add(Gate gate, String page, String message) {
        faults.get(gate).add(new Fault(page, 0, message));
    }

    private Void axe(String page) {
        Results r = chromium.axe();
        if (r.isErrored()) {
            add(Gate.AXE, page, "axe-core konnte die Seite nicht prüfen: " + r.getErrorMessage());
        }
        for (Rule rule : r.getViolations()) {
            StringBuilder where = new StringBuilder();
            for (CheckedNode node : rule.getNodes().subList(0, Math.min(3, rule.getNodes().size()))) {
                where.append("\n      ").append(node.getTarget()).append(": ").append(abbreviate(node.getHtml()));
            }
            add(Gate.AXE, page, "Barriere (axe " + rule.getId() + ", " + rule.getImpact() + "): " + rule.getHelp()
                    + " – " + rule.getNodes().size() + " Stelle(n):" + where + "\n      Hilfe: " + rule.getHelpUrl());
        }
        return null;
    }

    /** The first Tab reaches the skip link; Enter on it puts the focus on main. */
    private Void skipLink(String page) {
        new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
        Map<String, Object> first = chromium.js(ACTIVE);
        String href = (String) first.get("href");
        if (!"a".equals(first.get("tag")) || !href.startsWith("#") || href.length() < 2) {
            add(Gate.SKIP_LINK, page, "Das erste Element beim Tabben ist nicht der Sprunglink zum Inhalt, sondern "
                    + first.get("desc") + ". Der Link <a href=\"#inhalt\"> muss das erste fokussierbare Element sein.");
            return null;
        }
        if (!Boolean.TRUE.equals(first.get("visible"))) {
            add(Gate.SKIP_LINK, page, "Der Sprunglink " + first.get("desc") + " bleibt unsichtbar, wenn er den Fokus hat.");
        }
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        Map<String, Object> after = chromium.js(ACTIVE);
        if (!"main".equals(after.get("tag"))) {
            add(Gate.SKIP_LINK, page, "Der Sprunglink " + first.get("desc") + " bringt den Fokus nicht zu <main>, "
                    + "sondern zu " + after.get("desc") + ". Ziel muss <main id=\"" + href.substring(1)
                    + "\" tabindex=\"-1\"> sein.");
        }
        return null;
    }

    /** Tab through the whole page: every element in DOM order, each visibly focused and scrolled into view. */
    private Void keyboard(String page) {
        List<Map<String, Object>> focusables = chromium.js(FOCUSABLES);
        if (focusables.isEmpty()) {
            add(Gate.KEYBOARD, page, "Die Seite hat kein fokussierbares Element.");
            return null;
        }
        for (Map<String, Object> f : focusables) {
            if (Boolean.TRUE.equals(f.get("positive"))) {
                add(Gate.KEYBOARD, page, f.get("desc") + " hat einen positiven tabindex; er stört die Reihenfolge.");
            }
        }
        for (int i = 0; i < focusables.size(); i++) {
            new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
            Map<String, Object> step = chromium.js(FOCUS_STEP);
            int index = ((Number) step.get("index")).intValue();
            if (index != i) {
                add(Gate.KEYBOARD, page, "Tab Nr. " + (i + 1) + " erreicht " + step.get("desc") + " statt "
                        + focusables.get(i).get("desc") + ". Die Tab-Reihenfolge muss der Lesereihenfolge folgen.");
                return null;
            }
            if (!Boolean.TRUE.equals(step.get("visibleFocus"))) {
                add(Gate.KEYBOARD, page, step.get("desc") + " zeigt beim Fokus keinen sichtbaren Rahmen "
                        + "(outline, box-shadow oder Hintergrund). Fokus-Stil in assets/css/site.css ergänzen.");
            }
            if (!Boolean.TRUE.equals(step.get("inView"))) {
                add(Gate.KEYBOARD, page, step.get("desc") + " ist beim Fokus nicht im sichtbaren Bereich.");
            }
        }
        return null;
    }

    private Void requests(String page) {
        List<Object> foreign = chromium.js(REQUESTS);
        for (Object url : foreign) {
            add(Gate.REQUESTS, page, "Anfrage an einen fremden Server: " + url + ". Die Website lädt nur eigene Dateien.");
        }
        for (Object v : chromium.cspViolations()) {
            add(Gate.REQUESTS, page, "Content-Security-Policy verletzt: " + v + ". Kein eingebetteter Code, "
                    + "nichts von fremden Servern.");
        }
        for (Object e : chromium.pageErrors()) {
            add(Gate.REQUESTS, page, "Fehler im Browser: " + e);
        }
        return null;
    }

    private Void stylesheet(String page) {
        if (!Boolean.TRUE.equals(chromium.js(STYLESHEET))) {
            add(Gate.STYLESHEET, page, "Das Stylesheet der Seite wurde nicht geladen oder nicht angewandt (fehlt es, oder "
                    + "sendet der Server es mit falschem Typ?). Ohne Stylesheet fehlen Layout und Fokus-Stil.");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Void storage(String page) {
        Map<String, Object> r = (Map<String, Object>) chromium.driver().executeAsyncScript(STORAGE);
        Set<Cookie> cookies = chromium.driver().manage().getCookies();
        List<String> found = new ArrayList<>();
        if (!cookies.isEmpty()) {
            found.add("Cookies " + cookies.stream().map(Cookie::getName).toList());
        } else if (!String.valueOf(r.get("cookie")).isEmpty()) {
            found.add("Cookies \"" + r.get("cookie") + "\"");
        }
        for (String key : List.of("local", "session", "idb", "caches")) {
            List<Object> names = (List<Object>) r.get(key);
            if (names != null && !names.isEmpty()) {
                found.add(switch (key) {
                    case "local" -> "localStorage " + names;
                    case "session" -> "sessionStorage " + names;
                    case "idb" -> "IndexedDB " + names;
                    default -> "Cache Storage " + names;
                });
            }
        }
        if (r.get("error") != null) {
            found.add("Speicher nicht lesbar: " + r.get("error"));
        }
        if (!found.isEmpty()) {
            add(Gate.STORAGE, page, "Die Seite speichert etwas im Browser: " + String.join(", ", found)
                    + ". Die Website setzt keine Cookies und nutzt keinen Web Storage.");
            chromium.clearState(); // so the next page is judged on its own
        }
        return null;
    }

    /** Runs a check of the laid-out page that returns {faults, examined}; counts what it examined. */
    @SuppressWarnings("unchecked")
    private Void pageContent(Gate gate, String script, String page, String where) {
        Map<String, Object> r = chromium.js(script);
        examined.merge(gate, ((Number) r.get("examined")).intValue(), Integer::sum);
        for (Object fault : (List<Object>) r.get("faults")) {
            add(gate, page, fault + where);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Void reflow(String page) {
        Map<String, Object> r = chromium.js(REFLOW);
        if (r != null) {
            add(Gate.REFLOW, page, "Bei 320 px Breite muss man waagerecht scrollen: die Seite ist " + r.get("sw")
                    + " px breit. Zu breit: " + String.join("; ", (List<String>) r.get("out"))
                    + ". Feste Breiten und lange Wörter in assets/css/site.css umbrechen lassen.");
        }
        return null;
    }

    /**
     * Height of the screenshots beyond which only the top is photographed (CSS px; the home page is always shown
     * whole): enough for every section of a page, header to footer, except on the lists of all 421 Gemeinden and
     * similar long pages, whose full pictures (13,000 to 25,000 px) took a third of the screenshot time.
     */
    static final int SCREENSHOT_MAX_HEIGHT = 4000;

    private Void screenshot(String page, int width, Path dir) {
        try {
            byte[] png = page.equals("index.html") ? chromium.screenshot() : chromium.screenshot(SCREENSHOT_MAX_HEIGHT);
            Files.write(dir.resolve(screenshotName(page) + "-" + width + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** "index.html" → "startseite", "ueber-uns/index.html" → "ueber-uns", "a/b.html" → "a_b". */
    public static String screenshotName(String page) {
        if (page.equals("index.html")) {
            return "startseite";
        }
        return page.replaceAll("/index\\.html$", "").replaceAll("\\.html$", "").replace('/', '_');
    }

    private static String abbreviate(String html) {
        String s = html == null ? "" : html.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }
}
