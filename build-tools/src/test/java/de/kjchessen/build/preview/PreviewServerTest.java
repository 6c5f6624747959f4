package de.kjchessen.build.preview;

import de.kjchessen.build.SiteMode;
import de.kjchessen.build.TestProject;
import de.kjchessen.build.validate.ValidateSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end: the preview server on an ephemeral port over a temp copy of the site, edited and broken as an
 * editor would.
 */
class PreviewServerTest {

    /** How long a re-bake may take on a busy CI machine before the test gives up (not a speed assertion). */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private final HttpClient client = HttpClient.newHttpClient();
    private PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void reloadsAfterASaveAndShowsTheGermanMessageWhenAFileIsBroken(@TempDir Path temp) throws Exception {
        Path site = copyOfTheProject(temp);
        server = new PreviewServer(site, site.resolve("target/site"), 0, new Properties());
        server.start();
        server.watchInBackground();

        HttpResponse<String> page = get("/kontakt/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1"), "a real page is served");
        assertTrue(page.body().contains("<script src=\"/__vorschau/neu-laden.js\" data-stand=\"1\" defer></script></body>"),
                "the reload script is added to served pages only");
        assertFalse(Files.readString(site.resolve("target/site/kontakt/index.html")).contains("__vorschau"),
                "the baked file itself has no reload script");
        // the review page of dated facts exists in the preview only
        HttpResponse<String> review = get(PreviewServer.REVIEW_PATH);
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("<h1>Stand der Angaben</h1>") && review.body().contains("data/jobcenter.yaml, Zeile "),
                review.body());
        assertFalse(Files.exists(site.resolve("target/site/__vorschau")), "never written into the site");
        HttpResponse<String> script = get(PreviewServer.SCRIPT_PATH);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("new EventSource('/__vorschau/ereignisse')"));

        HttpResponse<String> notices = get("/__vorschau/hinweise/");
        assertEquals(200, notices.statusCode());
        int expected = ValidateSite.validate(site).warnings(SiteMode.PREVIEW).size();
        assertEquals(expected, notices.body().split("<li>", -1).length - 1, notices.body());
        assertEquals(expected, notices.body().split("<a href=\"/__vorschau/handbuch/#", -1).length - 1,
                "every notice links to its explanation");

        BlockingQueue<String> events = listen();
        assertEquals("data: 1", events.poll(10, TimeUnit.SECONDS), "the current build is announced on connect");

        Path kontakt = site.resolve("content/kontakt/index.md");
        String original = Files.readString(kontakt);
        Files.writeString(kontakt, original + "\nNeuer Absatz aus dem Vorschautest.\n");
        HttpResponse<String> edited = await("/kontakt/", r -> r.body().contains("Neuer Absatz aus dem Vorschautest."));
        assertEquals(200, edited.statusCode());
        assertEquals("data: 2", events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS), "open tabs are told to reload");
        assertTrue(edited.body().contains("data-stand=\"2\""));

        Files.writeString(kontakt, original.replaceFirst("date=\\d{4}-\\d{2}-\\d{2}", "date=25.11.2026"));
        HttpResponse<String> broken = await("/kontakt/", r -> r.statusCode() == 500);
        assertTrue(broken.body().contains("<h1>Die Vorschau kann nicht gebaut werden</h1>"), broken.body());
        assertTrue(broken.body().contains("<strong>content/kontakt/index.md, Zeile 3:</strong> Das Datum "
                + "\u201E25.11.2026\u201C hat nicht die Form JJJJ-MM-TT. Schreiben Sie: date=2026-11-25"), broken.body());
        assertTrue(broken.body().contains("data-stand=\"3\""), "the error page reloads itself once fixed");
        assertEquals(500, get("/").statusCode(), "every page shows the error, not a stale copy");
        assertEquals(200, get("/css/site.css").statusCode(), "the site keeps its stylesheet");
        assertTrue(broken.body().contains("<link rel=\"stylesheet\" href=\"/__vorschau/site.css\">"), broken.body());
        HttpResponse<String> css = get("/__vorschau/site.css");
        assertEquals(200, css.statusCode(), "the error page has the site's stylesheet, straight from assets/");
        assertEquals(Files.readString(site.resolve("assets/css/site.css")), css.body());
        assertTrue(broken.body().contains("<link rel=\"stylesheet\" href=\"/__vorschau/vorschau.css\">"));
        HttpResponse<String> own = get("/__vorschau/vorschau.css");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(".vorschau-seite pre"), "the preview's own rules");
        assertFalse(css.body().contains(".vorschau-seite"), "the published stylesheet does not carry them");
        java.util.regex.Matcher explained = java.util.regex.Pattern.compile("Zeile 3:</strong> Das Datum [^<]*"
                + "<a href=\"(/__vorschau/handbuch/#([^\"]+))\">Erklärung: ([^<]+)</a>").matcher(broken.body());
        assertTrue(explained.find(), "the message links to its explanation: " + broken.body());
        HttpResponse<String> handbook = get(explained.group(1));
        assertEquals(200, handbook.statusCode());
        assertTrue(handbook.body().contains("id=\"" + explained.group(2) + "\">" + explained.group(3) + "</h4>"),
                "the anchor is the heading of the explanation");
        assertTrue(handbook.body().contains("Das Datum \u201E26.11.2018\u201C hat nicht die Form JJJJ-MM-TT."),
                "the handbook quotes the message there");

        Files.writeString(kontakt, original);
        HttpResponse<String> fixed = await("/kontakt/", r -> r.statusCode() == 200);
        assertFalse(fixed.body().contains("Neuer Absatz aus dem Vorschautest."));
    }

    @Test
    void theScriptGoesJustBeforeTheEndOfBody() {
        String html = new String(PreviewServer.inject("<html><body><p>x</p></body></html>", 7, false), StandardCharsets.UTF_8);
        assertEquals("<html><body><p>x</p><script src=\"/__vorschau/neu-laden.js\" data-stand=\"7\" defer></script>"
                + "</body></html>", html);
    }

    @Test
    void withoutSearchEveryPageSaysSoRightBelowTheHeader() {
        String html = new String(PreviewServer.inject("<body><header>Kopf</header><main>x</main></body>", 2, true),
                StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<body><header>Kopf</header><div class=\"vorschau-hinweis\" role=\"note\">"
                + "<div class=\"breite\"><strong>Vorschau ohne Suche:</strong> Die Website-Suche ist in dieser Vorschau "
                + "ausgeschaltet, weil Node.js auf diesem Rechner fehlt."), html);
        assertTrue(html.contains("</div></div><main>x</main>"), html);
    }

    @Test
    void aPortInUseEndsWithAGermanMessage() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> PreviewServer.main(new String[] {".", "target/site", String.valueOf(taken.getLocalPort())}));
            assertTrue(e.getMessage().startsWith("Die Vorschau kann nicht starten: Port " + taken.getLocalPort()
                    + " ist schon belegt."), e.getMessage());
            assertTrue(e.getMessage().contains("-Djbake.port=8899"), e.getMessage());
        }
    }

    private BlockingQueue<String> listen() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(url(PreviewServer.EVENTS_PATH)).build();
        // Read on a thread of its own: with thenAccept, a response that is already complete would be read on the
        // test's thread, which then blocks forever on the endless event stream (seen once under load).
        client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenAcceptAsync(response -> {
            try (InputStream in = response.body();
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // server stopped
            }
        }, task -> {
            Thread reader = new Thread(task, "vorschau-ereignisse");
            reader.setDaemon(true);
            reader.start();
        });
        return lines;
    }

    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        assertNotNull(last);
        throw new AssertionError("Vorschau did not change in time; last response " + last.statusCode() + ":\n" + last.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** content/, data/, templates/, assets/, docs/ and jbake.properties of this repository. */
    static Path copyOfTheProject(Path temp) throws IOException {
        return TestProject.copy(temp, "jbake.properties", "content", "data", "templates", "assets", "docs");
    }
}
