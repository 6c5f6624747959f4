package de.kjchessen.site.hosting;

import de.kjchessen.build.hosting.HostingConfig;
import de.kjchessen.build.hosting.Redirect;
import de.kjchessen.site.support.HostingTest;
import de.kjchessen.site.support.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The redirect rules HostingConfig writes, on a real Apache: old addresses with query strings, regex characters,
 * umlauts and optional trailing slashes. (The real data file has only simple entries; this proves the escaping.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@HostingTest
class ApacheRedirectRulesTest {

    private final Path project = Project.DIR;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Path site;
    private ApacheServer apache;

    @BeforeAll
    void start() throws Exception {
        site = Files.createTempDirectory(Path.of("/tmp"), "kjc-redirects-");
        Files.setPosixFilePermissions(site, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(site.resolve("index.html"), "<p>Start</p>");
        Files.writeString(site.resolve("404.html"), "<p>Seite nicht gefunden</p>");
        List<Redirect> redirects = List.of(
                new Redirect("/index.php", "id=12&L=0", "/ueber-uns/", 1, 2),
                new Redirect("/index.php", "id=13", "/kontakt/#anfahrt", 3, 4),
                new Redirect("/alt/seite(1).html", null, "/neu/", 5, 6),
                new Redirect("/presse/", null, "/aktuelles/", 7, 8),
                new Redirect("/über", null, "/ueber-uns/", 9, 10),
                new Redirect("/extern.html", null, "https://example.org/pr%C3%BCfen?a=1", 11, 12));
        String template = Files.readString(project.resolve("hosting/htaccess"), StandardCharsets.UTF_8);
        Files.writeString(site.resolve(".htaccess"), HostingConfig.htaccess(template, redirects), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(site)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        apache = ApacheServer.start(site, site.resolve("../" + site.getFileName() + "-run").normalize());
    }

    @AfterAll
    void stop() throws Exception {
        if (apache != null) {
            apache.close();
        }
        for (Path dir : new Path[] {site, site.resolveSibling(site.getFileName() + "-run")}) {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(apache.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertRedirect(String from, String location) throws Exception {
        HttpResponse<String> r = get(from);
        assertEquals(301, r.statusCode(), from + "\n" + apache.logs());
        assertEquals(location, r.headers().firstValue("Location").orElse("(fehlt)"), from);
    }

    @Test
    void queryStringsMustMatchExactlyAndAreDropped() throws Exception {
        assertRedirect("/index.php?id=12&L=0", apache.baseUrl() + "/ueber-uns/");
        assertRedirect("/index.php?id=13", apache.baseUrl() + "/kontakt/#anfahrt");
        assertEquals(404, get("/index.php?id=14").statusCode());
        assertEquals(404, get("/index.php").statusCode());
    }

    @Test
    void regexCharactersUmlautsAndTrailingSlashes() throws Exception {
        assertRedirect("/alt/seite(1).html", apache.baseUrl() + "/neu/");
        assertEquals(404, get("/alt/seite1.html").statusCode(), "parentheses were treated as a regex group");
        assertRedirect("/presse/", apache.baseUrl() + "/aktuelles/");
        assertRedirect("/presse", apache.baseUrl() + "/aktuelles/");
        assertRedirect("/presse/?utm=x", apache.baseUrl() + "/aktuelles/");
        assertEquals(404, get("/pressespiegel").statusCode());
        assertRedirect("/%C3%BCber", apache.baseUrl() + "/ueber-uns/");
        assertRedirect("/extern.html", "https://example.org/pr%C3%BCfen?a=1");
        assertEquals(404, get("/extern.htmlx").statusCode());
    }
}
