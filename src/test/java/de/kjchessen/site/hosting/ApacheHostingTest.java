package de.kjchessen.site.hosting;

import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.hosting.Fingerprinter;
import de.kjchessen.build.hosting.Redirect;
import de.kjchessen.build.hosting.RedirectsFile;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.HostingTest;
import de.kjchessen.site.support.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The built site on a real Apache httpd, configured only by the .htaccess we ship (AllowOverride All),
 * checked over HTTP like a visitor's browser sees it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@HostingTest
class ApacheHostingTest {

    private final Path site = GeneratedSite.DIR;
    private final Path project = Project.DIR;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private ApacheServer apache;

    @BeforeAll
    void startApache() throws Exception {
        assertTrue(Files.isExecutable(ApacheServer.BINARY), "Apache httpd fehlt: apt-get install apache2 (.ci/run tut das)");
        assertTrue(Files.exists(site.resolve(".htaccess")), "target/site/.htaccess fehlt: der Schritt post-bake lief nicht");
        apache = ApacheServer.start(site, site.getParent().resolve("apache"));
    }

    @AfterAll
    void stopApache() {
        if (apache != null) {
            apache.close();
            assertFalse(apache.isRunning(), "Apache still running after close()");
        }
    }

    @Test
    void everyPageAnswers200WithSecurityHeadersAndShortCaching() throws Exception {
        List<String> pages = pageUrls();
        assertTrue(pages.size() >= 10, "too few pages found: " + pages);
        List<String> faults = new ArrayList<>();
        for (String url : pages) {
            HttpResponse<byte[]> r = get(url);
            if (r.statusCode() != 200) {
                faults.add(url + ": status " + r.statusCode());
                continue;
            }
            faults.addAll(securityHeaderFaults(url, r));
            String type = header(r, "Content-Type");
            if (!type.equalsIgnoreCase("text/html; charset=utf-8")) {
                faults.add(url + ": Content-Type " + type);
            }
            String cache = header(r, "Cache-Control");
            if (!cache.contains("max-age=300") || cache.contains("immutable")) {
                faults.add(url + ": Cache-Control " + cache);
            }
        }
        assertEquals(List.of(), faults, apache.logs());
    }

    @Test
    void unknownAddressAnswers404WithTheSitesOwnPage() throws Exception {
        HttpResponse<byte[]> r = get("/gibt-es-nicht/seite.html");
        assertEquals(404, r.statusCode());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(site.resolve("404.html"), StandardCharsets.UTF_8), body);
        assertTrue(body.contains("Seite nicht gefunden"), body);
        assertEquals(List.of(), securityHeaderFaults("404", r));
    }

    @Test
    void eachRedirectAnswers301ToItsTarget() throws Exception {
        List<Problem> problems = new ArrayList<>();
        List<Redirect> redirects = RedirectsFile.load(project, problems);
        assertEquals(List.of(), problems);
        assertFalse(redirects.isEmpty(), "data/redirects.yaml has no entries to test");
        for (Redirect redirect : redirects) {
            HttpResponse<byte[]> r = get(redirect.from());
            assertEquals(301, r.statusCode(), redirect.from());
            String location = header(r, "Location");
            String expected = redirect.internalTarget() ? apache.baseUrl() + redirect.to() : redirect.to();
            assertEquals(expected, location, redirect.from());
            assertEquals(List.of(), securityHeaderFaults(redirect.from(), r));
            if (redirect.internalTarget()) {
                assertEquals(200, get(redirect.to()).statusCode(), "target of " + redirect.from());
            }
        }
    }

    @Test
    void htmlIsServedCompressed() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(apache.baseUrl() + "/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("gzip", header(r, "Content-Encoding"));
        assertTrue(header(r, "Vary").contains("Accept-Encoding"), header(r, "Vary"));
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        assertArrayEquals(Files.readAllBytes(site.resolve("index.html")), plain);
        assertTrue(r.body().length < plain.length, "compressed is not smaller");
    }

    @Test
    void fingerprintedAssetsAreCachedImmutable() throws Exception {
        List<String> assets;
        try (Stream<Path> s = Files.walk(site)) {
            assets = s.filter(Files::isRegularFile).map(p -> "/" + site.relativize(p).toString().replace('\\', '/'))
                    .filter(u -> !u.startsWith("/pagefind/"))
                    .filter(u -> Fingerprinter.FINGERPRINTED.matcher(u).matches()).toList();
        }
        assertTrue(assets.stream().anyMatch(u -> u.endsWith(".css")), "no fingerprinted stylesheet: " + assets);
        for (String url : assets) {
            HttpResponse<byte[]> r = get(url);
            assertEquals(200, r.statusCode(), url);
            assertEquals("public, max-age=31536000, immutable", header(r, "Cache-Control"), url);
            assertEquals(List.of(), securityHeaderFaults(url, r));
        }
        HttpResponse<byte[]> css = get(assets.stream().filter(u -> u.endsWith(".css")).findFirst().orElseThrow());
        assertEquals("text/css; charset=utf-8", header(css, "Content-Type"));
    }

    @Test
    void serverConfigurationAndListingsAreNotReadable() throws Exception {
        assertNotEquals(200, get("/.htaccess").statusCode());
        assertNotEquals(200, get("/css/").statusCode(), "directory listing is on");
    }

    /** The headers every answer needs; the CSP must never allow inline code. */
    private static List<String> securityHeaderFaults(String url, HttpResponse<?> r) {
        List<String> faults = new ArrayList<>();
        String csp = header(r, "Content-Security-Policy");
        if (!csp.contains("default-src 'self'") || !csp.contains("frame-ancestors 'none'") || csp.contains("unsafe-inline")
                || csp.contains("'unsafe-eval'")) {
            faults.add(url + ": Content-Security-Policy " + csp);
        }
        if (!header(r, "Strict-Transport-Security").matches("max-age=\\d{8,}.*")) {
            faults.add(url + ": Strict-Transport-Security " + header(r, "Strict-Transport-Security"));
        }
        expect(faults, url, r, "X-Content-Type-Options", "nosniff");
        expect(faults, url, r, "Referrer-Policy", "strict-origin-when-cross-origin");
        if (!header(r, "Permissions-Policy").contains("camera=()")) {
            faults.add(url + ": Permissions-Policy " + header(r, "Permissions-Policy"));
        }
        return faults;
    }

    private static void expect(List<String> faults, String url, HttpResponse<?> r, String name, String value) {
        if (!value.equals(header(r, name))) {
            faults.add(url + ": " + name + " " + header(r, name));
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("(fehlt)");
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(apache.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            fail(path + ": " + e + "\n" + apache.logs());
            throw e;
        }
    }

    /** Clean URL of every HTML page ("ueber-uns/index.html" → "/ueber-uns/"), except the 404 page. */
    private static List<String> pageUrls() {
        return GeneratedSite.built().pages().keySet().stream()
                .filter(rel -> !rel.equals("404.html") && !rel.startsWith("pagefind/"))
                .map(SiteUrls::ofUri).sorted().toList();
    }
}
