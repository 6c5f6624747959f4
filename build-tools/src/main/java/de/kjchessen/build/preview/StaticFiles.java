package de.kjchessen.build.preview;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the files of a built site the way the web host does, for the preview and for the site tests' SiteServer
 * (one MIME table, one way to resolve a path): "/x/" means "x/index.html", a folder without its slash is redirected
 * (like Apache's DirectorySlash, relative URLs need it), anything else that is not a file gets 404.html with status
 * 404. (The JDK's SimpleFileServer would do the serving, but it is JDK 18+ and knows no 404 page.)
 */
public final class StaticFiles {

    public static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("wasm", "application/wasm"), Map.entry("pagefind", "application/wasm"),
            Map.entry("pdf", "application/pdf"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("geojson", "application/geo+json"), Map.entry("webmanifest", "application/manifest+json"));
    static final byte[] NOT_FOUND = "Nicht gefunden".getBytes(StandardCharsets.UTF_8);

    /**
     * What a request leads to: a redirect ({@code location}), or a {@code file} with its status (404 with the 404
     * page, or no file when the site has none). {@code page} is true for HTML pages and for misses.
     */
    public record Target(int status, Path file, String location, boolean page) {
    }

    private final Path root;

    public StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The request's path, percent-decoded ("+" stays a plus, as in a path it is one). */
    public static String path(HttpExchange exchange) {
        return URLDecoder.decode(rawPath(exchange).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String rawPath(HttpExchange exchange) {
        return URI.create(exchange.getRequestURI().getRawPath()).getRawPath();
    }

    public Target resolve(HttpExchange exchange) {
        String path = path(exchange);
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root) || path.contains("..")) {
            return notFound();
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                return new Target(301, null, rawPath(exchange) + "/", false);
            }
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? new Target(200, file, null, file.getFileName().toString().endsWith(".html"))
                : notFound();
    }

    private Target notFound() {
        Path page = root.resolve("404.html");
        return new Target(404, Files.isRegularFile(page) ? page : null, null, true);
    }

    /** Serves the target as it is; other headers (a policy, …) are set by the caller before. */
    public static void serve(HttpExchange exchange, Target target) throws IOException {
        if (target.location() != null) {
            exchange.getResponseHeaders().set("Location", target.location());
            send(exchange, target.status(), TYPES.get("txt"), new byte[0]);
        } else if (target.file() == null) {
            send(exchange, target.status(), TYPES.get("txt"), NOT_FOUND);
        } else {
            send(exchange, target.status(), type(target.file()), Files.readAllBytes(target.file()));
        }
    }

    public static String type(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
    }

    /** Sends one response, never cached (the site changes with every build); HEAD gets the headers only. */
    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
