package de.kjchessen.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.kjchessen.site.guard.GeneratedSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site search in headless Chromium, served over HTTP with a strict Content-Security-Policy (no
 * 'unsafe-inline', only 'wasm-unsafe-eval' for Pagefind's WebAssembly): a search for a word of the press
 * release finds it. Also the print layout and the page without JavaScript.
 */
class SearchBrowserTest {

    /** The policy a host can send: everything from this site only, no inline script or style. */
    static final String CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String POST = "/aktuelles/2018/2018-11-26-kampagnenstart.html";
    static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("pagefind", "application/wasm"));

    static HttpServer server;
    static String base;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Path root = GeneratedSite.built().root().toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(root, exchange));
        server.start();
        base = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();

        profile = Files.createTempDirectory("chrome-profile");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--hide-scrollbars", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService svc = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(svc, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        // Record every CSP violation from the first line of each page on (CDP injection is not subject to CSP).
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
        if (profile != null) {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void searchForDigitalisierungFindsThePressRelease() {
        driver.get(base + "/suche/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        WebElement input = wait.until(d -> d.findElements(By.cssSelector("#suche input[type=text], #suche input[type=search]"))
                .stream().findFirst().orElse(null));
        assertEquals("false", String.valueOf(driver.executeScript("return !document.getElementById('suche-ohne-js').hidden")),
                "Der Hinweis für Besucher ohne JavaScript verschwindet, sobald die Suche läuft");
        input.sendKeys("Digitalisierung");
        List<String> hits = wait.until(d -> {
            List<String> links = d.findElements(By.cssSelector("#suche .pagefind-ui__result-link")).stream()
                    .map(e -> URI.create(e.getAttribute("href")).getPath()).toList();
            return links.isEmpty() ? null : links;
        });
        assertTrue(hits.contains(POST), "Treffer: " + hits);
        assertEquals(List.of(), driver.executeScript("return window.__csp"), "CSP-Verstöße");
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertEquals(List.of(), axe.getViolations().stream().map(r -> r.getId() + ": " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).toList(), "Barrieren in der Suche mit Treffern");
    }

    @Test
    void searchTermFromTheAddressStartsTheSearch() {
        driver.get(base + "/suche/?q=Kampagne");
        List<String> hits = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<String> links = d.findElements(By.cssSelector("#suche .pagefind-ui__result-link")).stream()
                    .map(e -> URI.create(e.getAttribute("href")).getPath()).toList();
            return links.isEmpty() ? null : links;
        });
        assertTrue(hits.contains("/kampagne/"), "Treffer: " + hits);
    }

    @Test
    void printLayoutHidesNavigationSearchAndFooter() {
        driver.get(base + POST);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String selector : List.of(".hauptnavigation", ".fuss", ".kopf__suche", ".brotkruemel", ".zurueck")) {
                Object display = driver.executeScript("var e = document.querySelector(arguments[0]);"
                        + " return e ? getComputedStyle(e).display : 'fehlt';", selector);
                assertEquals("none", display, selector + " im Druck");
            }
            Object h1 = driver.executeScript("return getComputedStyle(document.querySelector('main h1')).display");
            assertEquals("block", h1);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertEquals(List.of(), driver.executeScript("return window.__csp"), "CSP-Verstöße");
    }

    static void serve(Path root, HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (path.endsWith("/")) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            byte[] body = Files.readAllBytes(file);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
