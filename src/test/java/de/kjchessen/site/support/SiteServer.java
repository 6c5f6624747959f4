package de.kjchessen.site.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.preview.StaticFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * Serves a generated site from a directory on an ephemeral loopback port, the way the web host does, with the
 * preview's file serving (build-tools' StaticFiles): root-relative URLs work, "/x/" means "x/index.html", unknown
 * paths get 404.html with status 404.
 * Every response carries the strict Content-Security-Policy the site must work under (no 'unsafe-inline',
 * nothing but the site itself), so a browser test sees exactly what a visitor's browser would block.
 */
public final class SiteServer implements AutoCloseable {

    /** Strict policy: own origin only; WebAssembly (a search index engine needs it) is not inline code. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final StaticFiles files;
    private final HttpServer server;

    private SiteServer(Path root) throws IOException {
        this.files = new StaticFiles(root);
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
        return origin() + SiteUrls.ofUri(relativeFile);
    }

    public Path root() {
        return files.root();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            StaticFiles.serve(ex, files.resolve(ex));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
