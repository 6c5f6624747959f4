package de.kjchessen.build.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.kjchessen.build.BuildClock;
import de.kjchessen.build.Problem;
import de.kjchessen.build.content.FactDates;
import de.kjchessen.build.hosting.PostBake;
import de.kjchessen.build.hosting.RunPagefind;
import de.kjchessen.build.validate.ValidateSite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The local preview (mvn -Ppreview package): serves the baked site on 127.0.0.1, re-validates and re-bakes after
 * every save, reloads the open browser tab when the new build is ready, and shows the validator's German messages
 * in the browser instead of a stale page. The reload script exists only here: it is added to HTML as it is
 * served and never written into target/site.
 *
 * <p>Arguments: project root, output folder, port (0 = any free port).
 */
public final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__vorschau/";
    static final String SCRIPT_PATH = PREFIX + "neu-laden.js";
    static final String EVENTS_PATH = PREFIX + "ereignisse";
    /** The review page of dated facts (stand, gueltig_bis): served by the preview only, never written to the site. */
    static final String REVIEW_PATH = PREFIX + "pruefen/";
    static final String NOTICES_PATH = PREFIX + "hinweise/";
    static final String PORT_IN_USE = "Die Vorschau kann nicht starten: Port %d ist schon belegt. Läuft die Vorschau "
            + "schon in einem anderen Fenster? Dann öffnen Sie diese oder beenden Sie sie dort mit Strg+C. Sonst wählen "
            + "Sie einen anderen Port, zum Beispiel: mvn -Ppreview package -Djbake.port=%d";

    private final Path root;
    private final Path output;
    private final StaticFiles files;
    private final PreviewBuild build;
    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vorschau");
        t.setDaemon(true);
        return t;
    });
    /** Requests wait while a build runs, so nobody sees a half-written site. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final java.util.concurrent.locks.Lock bakeLock = new java.util.concurrent.locks.ReentrantLock();
    private final Properties properties;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final byte[] script;
    private volatile PreviewBuild.Result last;
    private volatile long generation;
    private volatile SourceWatcher watcher;

    public PreviewServer(Path root, Path output, int port, Properties jbakeProperties) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.files = new StaticFiles(this.output);
        this.properties = jbakeProperties;
        this.build = new PreviewBuild(this.root, this.output, jbakeProperties);
        try (InputStream in = PreviewServer.class.getResourceAsStream("neu-laden.js")) {
            this.script = in.readAllBytes();
        }
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.http.setExecutor(threads);
        this.http.createContext("/", this::handle);
    }

    /** Kept so the level is not lost when the JUL logger is garbage-collected. */
    private static final java.util.logging.Logger ORIENT_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    public static void main(String[] args) throws Exception {
        quietLogging();
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path output = Path.of(args.length > 1 ? args[1] : "target/site");
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 8820;
        String mode = args.length > 3 ? args[3] : "";
        boolean alreadyBaked = mode.equals("--nach-maven-bau");
        // The preview profile's way: Maven validates only, this JVM bakes, then runs what Maven's build runs after its
        // bake (post-bake, search index). The first save then re-bakes on a JVM that has baked once already.
        boolean firstBuildHere = mode.equals("--erster-bau-hier");
        Properties properties = new Properties();
        properties.setProperty("site.mode", "preview");
        PreviewServer server;
        try {
            server = new PreviewServer(root, output, port, properties);
        } catch (java.net.BindException e) {
            // An expected condition, not a defect: a German message and a non-zero exit, no stack trace.
            throw new IllegalStateException(String.format(PORT_IN_USE, port, port == 8899 ? 8898 : 8899), null);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        if (firstBuildHere) {
            server.start(() -> afterFirstBake(root, output));
        } else {
            server.start(alreadyBaked);
        }
        System.out.println();
        if (server.searchOff() && !firstBuildHere) { // after a first bake here, RunPagefind has just said so
            System.out.println("[HINWEIS] " + RunPagefind.SEARCH_OFF);
        }
        System.out.println("Vorschau läuft: http://localhost:" + server.port() + "/");
        System.out.println("Nach jedem Speichern in content/, data/, templates/ oder assets/ wird die Website neu "
                + "gebaut und die Seite im Browser lädt sich selbst neu. Beenden mit Strg+C.");
        // Runs until Ctrl+C (or the Maven process ends); it never reads stdin, so scripts can start it too.
        server.watchForever();
    }

    /** Editors need the German messages, not JBake's and OrientDB's per-page INFO lines. */
    static void quietLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "de/kjchessen/build/preview/vorschau-logback.xml");
        }
        ORIENT_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** What the Maven build runs after its bake, for the preview's own first bake (see the preview profile). */
    static void afterFirstBake(Path root, Path output) throws Exception {
        Path target = output.toAbsolutePath().normalize().getParent();
        PostBake.run(root.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                target.resolve("hosting"));
        RunPagefind.main(new String[]{root.resolve("build-tools/pagefind").toString(), output.toString(),
                target.resolve("pagefind-cli").toString(), "false"});
    }

    /** A step after the first bake that may fail like a Maven step (with its German message). */
    @FunctionalInterface
    public interface AfterFirstBake {
        void run() throws Exception;
    }

    /**
     * Bakes once in this JVM, runs {@code after} if the bake succeeded, and starts serving. Unlike
     * {@link #start(boolean) start(true)} nothing is baked twice, and the first save re-bakes on a warm JVM.
     */
    public void start(AfterFirstBake after) throws Exception {
        watcher = new SourceWatcher(root);
        rebuild();
        if (last != null && last.ok()) {
            after.run();
        }
        http.start();
    }

    /** Builds once (so the first page is current) and starts serving. */
    public void start() throws IOException {
        start(false);
    }

    /**
     * @param alreadyBaked the Maven build has just validated and baked into the output folder: serve that at once
     *                     and bake once into a scratch folder in the background, so that the first re-bake after a
     *                     save runs on a warm JVM (a cold in-process bake takes several times longer)
     */
    public void start(boolean alreadyBaked) throws IOException {
        watcher = new SourceWatcher(root);
        if (alreadyBaked) {
            last = new PreviewBuild.Result(List.of(), List.of(), List.of(), 0);
            generation = 1;
            threads.execute(this::warmUp);
        } else {
            rebuild();
        }
        http.start();
    }

    private void warmUp() {
        try {
            Path scratch = Files.createTempDirectory("vorschau-aufwaermen");
            try {
                bakeLock.lock();
                try {
                    new PreviewBuild(root, scratch, properties).run();
                } finally {
                    bakeLock.unlock();
                }
            } finally {
                try (var files = Files.walk(scratch)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the next save bakes anyway
        }
    }

    /** The build ran without Node.js, so there is no search index (see {@link RunPagefind}). */
    boolean searchOff() {
        return !Files.isRegularFile(output.resolve("pagefind/pagefind-ui.js"));
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Re-builds after each burst of saves until the watcher is closed. */
    public void watchForever() {
        try {
            while (true) {
                watcher.awaitChange();
                rebuild();
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts {@link #watchForever()} in the background (tests). */
    public void watchInBackground() {
        threads.execute(this::watchForever);
    }

    void rebuild() {
        PreviewBuild.Result result;
        bakeLock.lock(); // one Oven at a time (JBake's in-memory database has a fixed name)
        lock.writeLock().lock();
        try {
            result = build.run();
            last = result;
            generation++;
        } finally {
            lock.writeLock().unlock();
            bakeLock.unlock();
        }
        report(result, http.getAddress().getPort());
        notifyListeners();
    }

    private void report(PreviewBuild.Result result, int port) {
        Handbook handbook = Handbook.read(root);
        for (Problem notice : result.notices()) {
            System.out.println("[HINWEIS] " + notice.format() + (handbook.exists()
                    ? " (Erklärung: http://localhost:" + port + handbook.linkFor(notice) + ")" : ""));
        }
        if (!result.notices().isEmpty()) {
            System.out.println("Alle Hinweise mit Erklärung: http://localhost:" + port + NOTICES_PATH);
        }
        if (result.ok()) {
            System.out.println("Vorschau neu gebaut in " + result.millis() + " ms.");
            return;
        }
        System.out.println("Vorschau NICHT gebaut: " + (result.problems().size() + result.bakeErrors().size())
                + " Fehler (im Browser steht die Liste):");
        result.problems().forEach(p -> System.out.println("  " + p.format()));
        result.bakeErrors().forEach(e -> System.out.println("  " + e.lines().findFirst().orElse(e)));
    }

    private void notifyListeners() {
        byte[] event = ("data: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out); // the tab was closed
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = StaticFiles.path(exchange);
            if (path.equals(SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else if (path.equals(Handbook.PATH.substring(0, Handbook.PATH.length() - 1))
                    || path.equals(NOTICES_PATH.substring(0, NOTICES_PATH.length() - 1))) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            } else if (path.equals(Handbook.PATH)) {
                // read on every request: the handbook may be edited while the preview runs
                Handbook handbook = Handbook.read(root);
                send(exchange, handbook.exists() ? 200 : 404, StaticFiles.TYPES.get("html"),
                        handbook.page().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(NOTICES_PATH)) {
                PreviewBuild.Result result = last;
                send(exchange, 200, StaticFiles.TYPES.get("html"), inject(NoticesPage.render(
                        result == null ? List.of() : result.notices(), Handbook.read(root)), generation, false));
            } else if (path.equals(PreviewPage.PREVIEW_STYLESHEET)) {
                send(exchange, 200, StaticFiles.TYPES.get("css"), PreviewPage.previewCss());
            } else if (path.equals(PreviewPage.STYLESHEET)) {
                // from assets/, not the baked site: the error page keeps its look even before the first bake
                Path css = root.resolve("assets/css/site.css");
                send(exchange, Files.isRegularFile(css) ? 200 : 404, StaticFiles.TYPES.get("css"),
                        Files.isRegularFile(css) ? Files.readAllBytes(css) : new byte[0]);
            } else if (path.equals(EVENTS_PATH)) {
                events(exchange);
            } else if (path.equals(REVIEW_PATH)) {
                send(exchange, 200, "text/html; charset=utf-8", FactDates.reviewPage(
                        ValidateSite.validate(root).facts(), BuildClock.today())
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                lock.readLock().lock();
                try {
                    serve(exchange);
                } finally {
                    lock.readLock().unlock();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the browser went away mid-response
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("retry: 500\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        try {
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                out.write(": wach\n\n".getBytes(StandardCharsets.UTF_8)); // notices closed tabs
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // tab closed
        } finally {
            listeners.remove(out);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        StaticFiles.Target target = files.resolve(exchange);
        PreviewBuild.Result result = last;
        if (target.location() == null && target.page() && result != null && !result.ok()) {
            send(exchange, 500, StaticFiles.TYPES.get("html"), inject(ErrorPage.render(result, Handbook.read(root)), generation, false));
        } else if (target.page() && target.file() != null) {
            send(exchange, target.status(), StaticFiles.TYPES.get("html"),
                    inject(Files.readString(target.file(), StandardCharsets.UTF_8), generation, searchOff()));
        } else {
            StaticFiles.serve(exchange, target);
        }
    }

    /**
     * Adds the reload script (with the build it belongs to) just before &lt;/body&gt; and, when the preview runs
     * without the site search, the banner that says so right after the page header.
     */
    static byte[] inject(String html, long generation, boolean searchOff) {
        String tag = "<script src=\"" + SCRIPT_PATH + "\" data-stand=\"" + generation + "\" defer></script>";
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String result = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        int header = result.indexOf("</header>");
        if (searchOff && header >= 0) {
            header += "</header>".length();
            result = result.substring(0, header) + SEARCH_OFF_BANNER + result.substring(header);
        }
        return result.getBytes(StandardCharsets.UTF_8);
    }

    static final String SEARCH_OFF_BANNER = "<div class=\"vorschau-hinweis\" role=\"note\"><div class=\"breite\">"
            + "<strong>Vorschau ohne Suche:</strong> " + RunPagefind.SEARCH_OFF + "</div></div>";

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        StaticFiles.send(exchange, status, type, body);
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
