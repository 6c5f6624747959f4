package de.kjchessen.site.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a generated site from a directory on an ephemeral loopback port, the way the web host does:
 * root-relative URLs work, "/x/" means "x/index.html", unknown paths get 404.html with status 404.
 * Every response carries the strict Content-Security-Policy the site must work under (no 'unsafe-inline',
 * nothing but the site itself), so a browser test sees exactly what a visitor's browser would block.
 * (SimpleFileServer would do the serving, but it is JDK 18+.)
 */
public final class SiteServer implements AutoCloseable {

    /** Strict policy: own origin only; WebAssembly (a search index engine needs it) is not inline code. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("wasm", "application/wasm"),
            Map.entry("pdf", "application/pdf"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("geojson", "application/geo+json"), Map.entry("pagefind", "application/wasm"), Map.entry("webmanifest", "application/manifest+json"));

    private final Path root;
    private final HttpServer server;

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving {@code root}; close it after the tests. */
    public static SiteServer serve(Path root) {
        try {
            return new SiteServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "http://127.0.0.1:port" without a trailing slash. */
    public String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The URL of a file of the site given relative to its root: "ueber-uns/index.html" → ".../ueber-uns/". */
    public String url(String relativeFile) {
        return origin() + GeneratedSite.urlPath(relativeFile);
    }

    public Path root() {
        return root;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = URI.create(ex.getRequestURI().toString()).getRawPath();
            Path file = root.resolve(URLDecoder.decode(raw, StandardCharsets.UTF_8).replaceFirst("^/+", "")).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) {
                if (!raw.endsWith("/")) { // like Apache's DirectorySlash: relative URLs need the slash
                    ex.getResponseHeaders().set("Location", raw + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "404".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type(file));
            ex.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
