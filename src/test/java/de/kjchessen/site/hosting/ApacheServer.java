package de.kjchessen.site.hosting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache httpd (Debian package apache2) on a free loopback port, in the foreground (-X), with our own
 * minimal httpd.conf. As root, Apache refuses to serve as root and switches to "nobody"; then the site must be
 * readable by others, otherwise it is served from a world-readable copy.
 */
public final class ApacheServer implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/apache2");
    public static final Path MODULES = Path.of("/usr/lib/apache2/modules");

    private final Process process;
    private final int port;
    private final Path runDir;
    private final Path docRoot;

    private ApacheServer(Process process, int port, Path runDir, Path docRoot) {
        this.process = process;
        this.port = port;
        this.runDir = runDir;
        this.docRoot = docRoot;
    }

    public static ApacheServer start(Path site, Path runDir) throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        boolean root = isRoot();
        Path docRoot = site.toAbsolutePath().normalize();
        if (root && !readableByOthers(docRoot)) {
            docRoot = worldReadableCopy(docRoot);
        }
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = LoopbackPort.free();
            Path conf = runDir.resolve("httpd.conf");
            Files.writeString(conf, config(runDir.toAbsolutePath(), docRoot, port, root), StandardCharsets.UTF_8);
            Files.deleteIfExists(runDir.resolve("error.log"));
            ProcessBuilder pb = new ProcessBuilder(BINARY.toString(), "-f", conf.toAbsolutePath().toString(), "-X")
                    .redirectErrorStream(true).redirectOutput(runDir.resolve("stdout.log").toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("APACHE_"));
            Process p = pb.start();
            ApacheServer server = new ApacheServer(p, port, runDir, docRoot);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            if (LoopbackPort.awaitListening(p, port, Duration.ofSeconds(15))) {
                return server;
            }
            server.close();
            last = new IOException("Apache did not start on port " + port + ":\n" + server.logs());
        }
        throw last;
    }

    static String config(Path runDir, Path docRoot, int port, boolean root) throws IOException {
        try (InputStream in = ApacheServer.class.getResourceAsStream("/hosting/httpd.conf.in")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String group = Files.readString(Path.of("/etc/group")).contains("\nnogroup:") ? "nogroup" : "nobody";
            return template.replace("@RUN_DIR@", runDir.toString())
                    .replace("@DOC_ROOT@", docRoot.toString())
                    .replace("@PORT@", Integer.toString(port))
                    .replace("@MODULES@", MODULES.toString())
                    .replace("@USER_GROUP@", root ? "User nobody\nGroup " + group : "");
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path docRoot() {
        return docRoot;
    }

    public String logs() {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"stdout.log", "error.log"}) {
            Path p = runDir.resolve(name);
            try {
                if (Files.exists(p)) {
                    sb.append("--- ").append(name).append('\n').append(Files.readString(p));
                }
            } catch (IOException e) {
                sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Stops Apache (SIGTERM, then SIGKILL); safe to call more than once. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (docRoot.getFileName().toString().startsWith("kjc-site-") && docRoot.startsWith("/tmp")) {
            deleteTree(docRoot);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // already gone: close() runs from the test and from the shutdown hook
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    /** Every folder from / down to the site must be enterable by others, and the site readable. */
    private static boolean readableByOthers(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        try (var files = Files.walk(dir)) {
            return files.allMatch(f -> {
                try {
                    return Files.getPosixFilePermissions(f).contains(PosixFilePermission.OTHERS_READ);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Path worldReadableCopy(Path site) throws IOException {
        Path copy = Files.createTempDirectory(Path.of("/tmp"), "kjc-site-");
        Set<PosixFilePermission> dirPerms = PosixFilePermissions.fromString("rwxr-xr-x");
        Set<PosixFilePermission> filePerms = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(copy, dirPerms);
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = copy.resolve(site.relativize(dir).toString());
                Files.createDirectories(target);
                Files.setPosixFilePermissions(target, dirPerms);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = copy.resolve(site.relativize(file).toString());
                Files.copy(file, target);
                Files.setPosixFilePermissions(target, filePerms);
                return FileVisitResult.CONTINUE;
            }
        });
        return copy;
    }
}
