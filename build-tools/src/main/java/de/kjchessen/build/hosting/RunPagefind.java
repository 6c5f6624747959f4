package de.kjchessen.build.hosting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs after the bake and the post-bake step (exec-maven-plugin, phase process-classes): builds the site search
 * with Pagefind, the version pinned in build-tools/pagefind/package-lock.json, installed with {@code npm ci} into
 * target/pagefind-cli. Index and UI land in /pagefind/ of the site. When the site still holds a draft, or when
 * Pagefind indexes nothing, the build fails: nothing unpublished gets into the search. Without Node.js (and npm, to
 * install it) the build fails too, so the site is never published without its search; only the local preview
 * ({@code search required = false}) goes on without it and says so, because an editor's machine may have just JDK
 * and Maven.
 *
 * <p>Arguments: folder with package.json and package-lock.json, site folder, work folder, and optionally
 * {@code true}/{@code false}: whether the search is required (default true).
 */
public final class RunPagefind {

    /** Printed by the preview when it runs without Node.js; the preview server shows the same text as a banner. */
    public static final String SEARCH_OFF = "Die Website-Suche ist in dieser Vorschau ausgeschaltet, weil Node.js auf "
            + "diesem Rechner fehlt. Alles andere funktioniert wie gewohnt. Für die Suche installieren Sie Node.js "
            + "(Version 20 oder neuer, mit npm; Debian/Ubuntu: sudo apt-get install nodejs npm; Windows und macOS: "
            + "Installationsprogramm von nodejs.org) und starten die Vorschau neu.";
    static final String MISSING_NODE = "Die Website-Suche (Pagefind) braucht Node.js und npm, doch %s fehlt auf diesem "
            + "Rechner. Installieren Sie beides (Debian/Ubuntu: apt-get install nodejs npm) oder starten Sie "
            + "\"bash .ci/run\", das fehlende Pakete installiert. / The site search (Pagefind) needs Node.js and npm, "
            + "but %s is missing: install both (Debian: apt-get install nodejs npm) or run \"bash .ci/run\".";
    /**
     * Pagefind also writes its other UIs (component, modular, highlighting). The site uses the default UI only;
     * the rest would be dead weight on the server (about 290 KB) and its CSS does not pass the CSS checker.
     */
    static final List<String> UNUSED = List.of("pagefind-component-ui.js", "pagefind-component-ui.css",
            "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js");
    private static final Pattern INDEXED_PAGES = Pattern.compile("Indexed (\\d+) pages?");

    private RunPagefind() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path npmProject = Path.of(args[0]).toAbsolutePath();
        Path site = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        boolean required = args.length < 4 || Boolean.parseBoolean(args[3]);
        index(npmProject, site, work, required, "node");
    }

    /**
     * @param node the Node.js command (a name that is not on the PATH in tests)
     * @return whether the search index was written (false only when it is not required and Node.js is missing)
     */
    static boolean index(Path npmProject, Path site, Path work, boolean required, String node)
            throws IOException, InterruptedException {
        requireOnlyPublishable(site);
        if (!required && !(available(node) && (installed(npmProject, work) || available("npm")
                || cached(cacheRoot(), Files.readAllBytes(npmProject.resolve("package-lock.json"))) != null))) {
            deleteTree(site.resolve("pagefind")); // no stale index: the preview shows its banner instead
            System.out.println("[HINWEIS] " + SEARCH_OFF);
            return false;
        }
        requireTool(node); // the npm wrapper of Pagefind runs on node; npm is only needed to install it
        Path pagefind = install(npmProject, work);
        deleteTree(site.resolve("pagefind")); // Pagefind adds to an old index folder; stale fragments must not ship
        String log = run(work, List.of(executable(work, pagefind).toString(), "--site", site.toString()));
        int pages = indexedPages(log);
        if (pages == 0 || !Files.isRegularFile(site.resolve("pagefind/pagefind-ui.js"))) {
            throw new IllegalStateException("Pagefind hat keine Seite in den Suchindex aufgenommen. Jede Inhaltsseite braucht "
                    + "<main data-pagefind-body> (templates/lib/layout.ftl). / Pagefind indexed no page.\n" + log);
        }
        for (String unused : UNUSED) {
            Files.deleteIfExists(site.resolve("pagefind").resolve(unused));
        }
        Sizes sizes = Sizes.of(site.resolve("pagefind"));
        System.out.printf("Suche (Pagefind): %d Seiten im Index; Index %d Bytes, Oberfläche %d Bytes, "
                + "Suchprogramm %d Bytes.%n", pages, sizes.index(), sizes.ui(), sizes.runtime());
        return true;
    }

    /**
     * The index must hold only what is published: a draft in it would show up in the search results. The
     * post-bake step removes drafts and editor files, so it has to run first (see pom.xml).
     */
    static void requireOnlyPublishable(Path site) throws IOException {
        PublishableFiles.unpublishable(site).values().stream().findFirst().ifPresent(file -> {
            throw new IllegalStateException(file + " darf nicht in den Suchindex: Der Schritt post-bake muss vor "
                    + "Pagefind laufen (pom.xml). / must not be indexed: run the post-bake step before Pagefind.");
        });
    }

    /** Fails with a clear German/English message when a tool is not on the PATH. */
    static void requireTool(String tool) throws InterruptedException {
        if (!available(tool)) {
            throw new IllegalStateException(String.format(MISSING_NODE, tool, tool));
        }
    }

    /** Whether {@code tool --version} runs and succeeds (on Windows npm is npm.cmd: the shell finds it by name). */
    static boolean available(String tool) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether target already holds exactly the pinned install, so npm is not needed. */
    static boolean installed(Path npmProject, Path work) throws IOException {
        Path installedLock = work.resolve("node_modules/.package-lock.installed.json");
        return Files.isExecutable(work.resolve("node_modules/.bin/pagefind")) && Files.exists(installedLock)
                && java.util.Arrays.equals(Files.readAllBytes(npmProject.resolve("package-lock.json")),
                Files.readAllBytes(installedLock));
    }

    /**
     * Where finished installs are kept across clean builds (mvn clean, a second clone), one folder per lock file, as
     * Maven keeps ~/.m2 and npm ~/.npm: {@code -Dkjc.pagefind.cache=DIR}, by default ~/.cache/kjc-hessen-website/pagefind.
     */
    static Path cacheRoot() {
        String configured = System.getProperty("kjc.pagefind.cache");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "kjc-hessen-website", "pagefind");
    }

    /** The cached install of exactly this lock file (its node_modules folder), or null. */
    static Path cached(Path cacheRoot, byte[] lock) {
        Path modules = cacheRoot.resolve(Fingerprinter.hash(lock)).resolve("node_modules");
        try {
            return Files.isExecutable(modules.resolve(".bin/pagefind"))
                    && java.util.Arrays.equals(lock, Files.readAllBytes(modules.resolve(".package-lock.installed.json")))
                    ? modules : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** npm ci with the pinned lock file; skipped when target already holds exactly that install. */
    static Path install(Path npmProject, Path work) throws IOException, InterruptedException {
        return install(npmProject, work, cacheRoot());
    }

    /**
     * As {@link #install(Path, Path)}: after a clean build the install is copied from {@code cacheRoot} (about 30 ms
     * instead of 1-2 s for npm ci, which also needs npm); a fresh npm ci is copied there for the next clean build.
     */
    static Path install(Path npmProject, Path work, Path cacheRoot) throws IOException, InterruptedException {
        Files.createDirectories(work);
        byte[] lock = Files.readAllBytes(npmProject.resolve("package-lock.json"));
        Path installedLock = work.resolve("node_modules/.package-lock.installed.json");
        Path binary = work.resolve("node_modules/.bin/pagefind");
        if (installed(npmProject, work)) {
            return binary;
        }
        Path cached = cached(cacheRoot, lock);
        if (cached != null) {
            deleteTree(work.resolve("node_modules"));
            copyTree(cached, work.resolve("node_modules"));
            if (installed(npmProject, work)) {
                return binary;
            }
        }
        requireTool("npm");
        for (String name : List.of("package.json", "package-lock.json")) {
            Files.copy(npmProject.resolve(name), work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        run(work, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        Files.write(installedLock, lock);
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("npm ci hat Pagefind nicht installiert (" + binary + " fehlt). / npm ci did not install Pagefind.");
        }
        keep(work.resolve("node_modules"), cacheRoot.resolve(Fingerprinter.hash(lock)));
        return binary;
    }

    /**
     * Copies a finished install into the cache: first beside it, then renamed in one step, so a build running at the
     * same time finds either the whole install or none. A cache that cannot be written only costs the next npm ci.
     */
    private static void keep(Path modules, Path entry) {
        Path partial = entry.resolveSibling(entry.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            deleteTree(partial);
            copyTree(modules, partial.resolve("node_modules"));
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // another build kept the same install first, or the folder is not writable
        } finally {
            try {
                deleteTree(partial);
            } catch (IOException e) {
                // left for the next build's deleteTree
            }
        }
    }

    /** Copies a folder with its links as links and with file permissions (npm's .bin entries must stay executable). */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    /**
     * The program npm installed for this platform (node_modules/@pagefind/linux-x64/bin/pagefind_extended and the
     * like), which the npm wrapper (.bin/pagefind, a Node.js script) would only look up and start: calling it directly
     * saves starting Node.js on every build (0.1-0.2 s). Falls back to the wrapper where that lookup is not ours to
     * repeat: an unknown platform, a binary chosen by environment variable, or a layout npm changed.
     */
    static Path executable(Path work, Path wrapper) {
        if (System.getenv("PAGEFIND_BINARY_PATH") != null || System.getenv("PAGEFIND_EXTENDED_BINARY_PATH") != null) {
            return wrapper;
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String platform = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin"
                : os.startsWith("linux") ? "linux" : os.startsWith("freebsd") ? "freebsd" : null;
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        if (platform == null || arch == null) {
            return wrapper;
        }
        Path bin = work.resolve("node_modules/@pagefind/" + platform + "-" + arch + "/bin");
        for (String name : List.of("pagefind_extended", "pagefind")) { // the wrapper's order
            Path candidate = bin.resolve(platform.equals("windows") ? name + ".exe" : name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return wrapper;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("Befehl fehlgeschlagen / command failed: " + String.join(" ", command) + "\n" + out);
        }
        return out;
    }

    static int indexedPages(String log) {
        Matcher m = INDEXED_PAGES.matcher(log);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Bytes a visitor's browser may load: the index (entry, metadata, word index, fragments, filters), the
     * default UI (pagefind-ui.js/.css) and the search runtime (pagefind.js, worker, German WebAssembly).
     */
    record Sizes(long index, long ui, long runtime) {
        static Sizes of(Path dir) throws IOException {
            long index = 0;
            long ui = 0;
            long runtime = 0;
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
            }
            for (Path f : files) {
                String name = dir.relativize(f).toString().replace('\\', '/');
                long size = Files.size(f);
                if (name.equals("pagefind-entry.json") || name.endsWith(".pf_meta") || name.startsWith("index/")
                        || name.startsWith("fragment/") || name.startsWith("filter/")) {
                    index += size;
                } else if (name.equals("pagefind-ui.js") || name.equals("pagefind-ui.css")) {
                    ui += size;
                } else if (name.equals("pagefind.js") || name.equals("pagefind-worker.js") || name.equals("wasm.de.pagefind")) {
                    runtime += size;
                }
            }
            return new Sizes(index, ui, runtime);
        }
    }
}
