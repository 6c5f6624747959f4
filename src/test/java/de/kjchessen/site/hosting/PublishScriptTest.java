package de.kjchessen.site.hosting;

import de.kjchessen.site.support.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** hosting/publish.sh against a local target folder: releases, atomic switch, rollback, interrupted upload. */
class PublishScriptTest {

    static final Path SCRIPT = Project.DIR.resolve("hosting/publish.sh");

    @TempDir
    Path tmp;

    record Result(int exit, String output) {
    }

    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("DEPLOY_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "publish.sh hangs");
        return new Result(p.exitValue(), out);
    }

    /** A small site: index.html with the version, .htaccess, and a file that never changes. */
    static Path site(Path dir, String version) throws IOException {
        Files.createDirectories(dir.resolve("css"));
        Files.writeString(dir.resolve("index.html"), "<h1>" + version + "</h1>");
        Files.writeString(dir.resolve(".htaccess"), "ErrorDocument 404 /404.html\n");
        Files.writeString(dir.resolve("css/site.0123456789.css"), "body{}");
        return dir;
    }

    static String live(Path base) throws IOException {
        return Files.readString(base.resolve("current/index.html"));
    }

    @Test
    void publishKeepsThePreviousReleaseAndRollbackSwitchesBackAndForth() throws Exception {
        Path base = tmp.resolve("webspace");
        Map<String, String> env = Map.of("DEPLOY_TARGET", base.toString());

        Result first = run(env, "publish", site(tmp.resolve("v1"), "Version 1").toString());
        assertEquals(0, first.exit(), first.output());
        assertEquals("<h1>Version 1</h1>", live(base));
        assertTrue(Files.isSymbolicLink(base.resolve("current")));
        assertTrue(Files.exists(base.resolve("current/.htaccess")), "hidden files must be uploaded");
        assertFalse(Files.exists(base.resolve("previous")));
        Path release1 = base.resolve("current").toRealPath();

        Result second = run(env, "publish", site(tmp.resolve("v2"), "Version 2").toString());
        assertEquals(0, second.exit(), second.output());
        assertEquals("<h1>Version 2</h1>", live(base));
        assertEquals(release1, base.resolve("previous").toRealPath());
        Path release2 = base.resolve("current").toRealPath();
        assertNotEquals(release1, release2);
        // Unchanged files are hard links to the previous release (no second copy on the webspace).
        assertEquals(Files.getAttribute(release1.resolve("css/site.0123456789.css"), "unix:ino"),
                Files.getAttribute(release2.resolve("css/site.0123456789.css"), "unix:ino"));

        Result back = run(env, "rollback");
        assertEquals(0, back.exit(), back.output());
        assertEquals("<h1>Version 1</h1>", live(base));
        assertEquals(release2, base.resolve("previous").toRealPath());
        Result forward = run(env, "rollback");
        assertEquals(0, forward.exit(), forward.output());
        assertEquals("<h1>Version 2</h1>", live(base));

        Result status = run(env, "status");
        assertTrue(status.output().contains("current:  releases/" + release2.getFileName()), status.output());
    }

    @Test
    void oldReleasesArePrunedButCurrentAndPreviousStay() throws Exception {
        Path base = tmp.resolve("webspace");
        Map<String, String> env = Map.of("DEPLOY_TARGET", base.toString(), "DEPLOY_KEEP", "2");
        for (int i = 1; i <= 4; i++) {
            Result r = run(env, "publish", site(tmp.resolve("v" + i), "Version " + i).toString());
            assertEquals(0, r.exit(), r.output());
        }
        try (Stream<Path> releases = Files.list(base.resolve("releases"))) {
            assertEquals(2, releases.count());
        }
        assertEquals("<h1>Version 4</h1>", live(base));
        assertEquals("<h1>Version 3</h1>", Files.readString(base.resolve("previous/index.html")));
    }

    @Test
    void interruptedUploadLeavesTheLiveSiteUntouched() throws Exception {
        Path base = tmp.resolve("webspace");
        Map<String, String> env = Map.of("DEPLOY_TARGET", base.toString());
        assertEquals(0, run(env, "publish", site(tmp.resolve("v1"), "Version 1").toString()).exit());
        Path live = base.resolve("current").toRealPath();

        // Version 2 is large and uploaded slowly (rsync --bwlimit), so it can be killed mid-way.
        Path v2 = site(tmp.resolve("v2"), "Version 2");
        byte[] block = new byte[1 << 20];
        new java.util.Random(1).nextBytes(block);
        for (int i = 0; i < 6; i++) {
            Files.write(v2.resolve("z-gross-" + i + ".bin"), block);
        }
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), "publish", v2.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("publish.log").toFile());
        pb.environment().put("DEPLOY_TARGET", base.toString());
        pb.environment().put("DEPLOY_RSYNC_OPTS", "--bwlimit=1000");
        Process upload = pb.start();
        Path partial = awaitPartialUpload(base.resolve("releases"), Duration.ofSeconds(30));
        // The upload is running: the live site is still version 1.
        assertEquals("<h1>Version 1</h1>", live(base));
        upload.descendants().forEach(ProcessHandle::destroyForcibly);
        upload.destroyForcibly();
        assertTrue(upload.waitFor(10, TimeUnit.SECONDS));

        assertEquals(live, base.resolve("current").toRealPath(), "current switched by an interrupted upload");
        assertEquals("<h1>Version 1</h1>", live(base));
        assertTrue(Files.isDirectory(partial), "the interrupted upload stays beside the live site until the next publish");

        Result again = run(env, "publish", site(tmp.resolve("v3"), "Version 3").toString());
        assertEquals(0, again.exit(), again.output());
        assertEquals("<h1>Version 3</h1>", live(base));
        assertFalse(Files.exists(partial), "leftover of the interrupted upload not removed");
        assertEquals(live, base.resolve("previous").toRealPath());
    }

    @Test
    void missingConfigurationAndNothingToRollBackGiveGermanErrors() throws Exception {
        Result noTarget = run(Map.of(), "publish", site(tmp.resolve("v1"), "x").toString());
        assertEquals(1, noTarget.exit());
        assertTrue(noTarget.output().contains("FEHLER: DEPLOY_TARGET ist nicht gesetzt."), noTarget.output());

        Path base = tmp.resolve("webspace");
        Files.createDirectories(base);
        Result rollback = run(Map.of("DEPLOY_TARGET", base.toString()), "rollback");
        assertEquals(1, rollback.exit());
        assertTrue(rollback.output().contains("FEHLER: Es gibt keine vorherige Version"), rollback.output());

        Result unbuilt = run(Map.of("DEPLOY_TARGET", base.toString()), "publish", tmp.resolve("leer").toString());
        assertEquals(1, unbuilt.exit());
        assertTrue(unbuilt.output().contains("index.html fehlt"), unbuilt.output());

        Result badPath = run(Map.of("DEPLOY_TARGET", "web@host:pfad mit leerzeichen"), "status");
        assertEquals(1, badPath.exit());
        assertTrue(badPath.output().contains("darf nur Buchstaben"), badPath.output());
    }

    private static Path awaitPartialUpload(Path releases, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (Files.isDirectory(releases)) {
                try (Stream<Path> s = Files.list(releases)) {
                    Path partial = s.filter(p -> p.getFileName().toString().endsWith(".partial")).findFirst().orElse(null);
                    if (partial != null && Files.exists(partial.resolve("index.html"))) {
                        return partial;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("upload never started");
    }
}
