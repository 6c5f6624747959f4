package de.kjchessen.site.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by Selenium, started once and reused for every page (starting it costs
 * seconds, a page load ~0.1 s). Browser and driver paths are explicit, so Selenium Manager never runs and
 * nothing is downloaded. If either is missing the tests fail with the install command; they never skip.
 * Tests get the shared instance through {@link SiteBrowser} ({@link BrowserTest}).
 */
public final class Chromium implements AutoCloseable {

    /**
     * Installed into every document before its own scripts run (DevTools injection is not subject to the
     * page's CSP): records CSP violations, failed loads and script errors in window.__gate.
     */
    private static final String RECORDER = """
            window.__gate = {csp: [], errors: []};
            document.addEventListener('securitypolicyviolation', e =>
              window.__gate.csp.push(e.effectiveDirective + ' blockiert ' + (e.blockedURI || 'eingebetteten Code')
                + (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : '')), true);
            window.addEventListener('error', e => {
              const t = e.target;
              if (t && t !== window && (t.src || t.href)) window.__gate.errors.push('Laden fehlgeschlagen: ' + (t.src || t.href));
              else window.__gate.errors.push('Skriptfehler: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
            }, true);
            window.addEventListener('unhandledrejection', e => window.__gate.errors.push('Skriptfehler: ' + e.reason));
            """;

    /** WCAG 2.1 level A and AA rules of axe-core. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe.run over the document with WCAG 2.1 A and AA, full node details only for violations: for passes and the
     * rest axe then keeps one node per rule instead of every node it checked, which makes the run and its result
     * much smaller (axe's resultTypes option). Every rule still runs on every element. One round trip; axe-core
     * itself is put into the page once per load (see {@link #axe()}).
     */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            if (typeof window.axe === 'undefined' || typeof window.axe.run !== 'function') { done('"keine axe"'); return; }
            window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'],
                iframes: false})
              .then(r => done(JSON.stringify(r)), e => done(JSON.stringify({error: String(e && e.stack || e)})));
            """;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static String axeSource;

    private final ChromeDriver driver;
    private final Path profile;
    private int width;
    private int height;
    private boolean mobile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser with the paths of the system properties chromium.binary and webdriver.chrome.driver. */
    public static Chromium start() {
        return start(Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium")),
                Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")));
    }

    public static Chromium start(Path browser, Path chromedriver) {
        requireExecutable(browser, "chromium");
        requireExecutable(chromedriver, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars", "--window-size=1280,800",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        Chromium chromium = new Chromium(driver, profile);
        chromium.viewport(1280, 800);
        return chromium;
    }

    /** The failure a machine without the browser gets: what is missing and how to install it. */
    static void requireExecutable(Path file, String debianPackage) {
        if (!Files.isExecutable(file)) {
            throw new IllegalStateException(file + " fehlt: die Browser-Tests brauchen Chromium und chromedriver. "
                    + "Installieren Sie beides mit: sudo apt-get install chromium chromium-driver "
                    + "(oder führen Sie bash .ci/run aus, das fehlende Pakete installiert). Fehlendes Paket: "
                    + debianPackage + ".");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Exact layout viewport in CSS pixels (window size would subtract browser chrome and scrollbars). */
    public void viewport(int width, int height) {
        viewport(width, height, false);
    }

    /** Like {@link #viewport(int, int)}; {@code mobile} also emulates a phone's meta viewport handling. */
    public void viewport(int width, int height, boolean mobile) {
        if (width == this.width && height == this.height && mobile == this.mobile) {
            return;
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    /** Loads a URL and waits for the load event. */
    public void open(String url) {
        driver.get(url);
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** CSP violations of the loaded page so far ("script-src-elem blockiert https://…"). */
    public List<String> cspViolations() {
        return js("return window.__gate ? window.__gate.csp : ['Prüfskript fehlt']");
    }

    /** Failed loads and script errors of the loaded page so far. */
    public List<String> pageErrors() {
        return js("return window.__gate ? window.__gate.errors : ['Prüfskript fehlt']");
    }

    /**
     * axe-core (WCAG 2.1 A and AA) over the loaded page, in one round trip when axe is already in the page
     * ({@link #preloadAxe()}); otherwise axe-core's source is sent into the page first. Same bundled axe-core as
     * AxeBuilder (its axe.min.js), same Results.
     */
    public Results axe() {
        String json = (String) driver.executeAsyncScript(RUN_AXE, WCAG_21_AA);
        if (json.equals("\"keine axe\"")) {
            driver.executeScript(axeSource() + "\n;return null;");
            json = (String) driver.executeAsyncScript(RUN_AXE, WCAG_21_AA);
        }
        JsonNode tree = JSON.readTree(json);
        if (tree.has("error")) {
            Results failed = new Results();
            failed.setErrorMessage(new Exception(tree.get("error").asString()));
            return failed;
        }
        return JSON.treeToValue(tree, Results.class);
    }

    /**
     * Puts axe-core into every document from now on, before the page's own scripts, through DevTools (not
     * subject to the page's CSP, and not sent over WebDriver for each page). For runs that check many pages;
     * close the returned handle to stop it, so later tests see pages without axe.
     */
    public AutoCloseable preloadAxe() {
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", axeSource()));
        String id = (String) added.get("identifier");
        return () -> driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js fehlt im axe-core-Paket (com.deque.html.axe-core:selenium)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** PNG of the whole page, beyond the viewport. */
    public byte[] screenshot() {
        return screenshot(true);
    }

    /**
     * PNG of the whole page ({@code wholePage}) or of the viewport. Encoded for speed (a larger file, the same
     * pixels): the screenshots are for people to look at, not to archive.
     */
    public byte[] screenshot(boolean wholePage) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", wholePage, "optimizeForSpeed", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * PNG of the page from its top, beyond the viewport, but at most {@code maxHeight} CSS pixels high: the whole of
     * most pages, the first screens of a very long one (a list of every Gemeinde), whose full picture costs the
     * browser most of a second to encode and send.
     */
    public byte[] screenshot(int maxHeight) {
        long pageHeight = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        if (pageHeight <= maxHeight) {
            return screenshot(true);
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "optimizeForSpeed", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", maxHeight, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Removes all cookies (they ignore the port) and the web storage of the current origin. */
    public void clearState() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        js("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temp profile is harmless; the build result does not depend on it
        }
    }
}
