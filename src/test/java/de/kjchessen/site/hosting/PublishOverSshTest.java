package de.kjchessen.site.hosting;

import de.kjchessen.site.support.HostingTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * hosting/publish.sh over real SSH: an OpenSSH server on a free loopback port with its own host key and
 * configuration (key login only), the client with a pinned known_hosts file, as in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@HostingTest
class PublishOverSshTest {

    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private Path dir;
    private Process sshd;
    private int port;

    @BeforeAll
    void startSshd() throws Exception {
        assertTrue(Files.isExecutable(SSHD), "sshd fehlt: apt-get install openssh-server (.ci/run tut das)");
        dir = Files.createTempDirectory(Path.of("/tmp"), "kjc-ssh-");
        exec("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_key").toString());
        exec("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("client_key").toString());
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        if (ApacheServer.isRoot()) {
            // sshd's privilege separation directory; Debian's service creates it at start, a container may lack it.
            Files.createDirectories(Path.of("/run/sshd"));
        }
        for (int attempt = 0; attempt < 3 && sshd == null; attempt++) {
            port = LoopbackPort.free();
            Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                    "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + dir.resolve("host_key"),
                    "PidFile " + dir.resolve("sshd.pid"), "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                    "PubkeyAuthentication yes", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                    "UsePAM no", "StrictModes no", "PermitRootLogin prohibit-password", "LogLevel ERROR", ""));
            Process p = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
            if (LoopbackPort.awaitListening(p, port, Duration.ofSeconds(10))) {
                sshd = p;
            } else {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        assertTrue(sshd != null, "sshd did not start: " + Files.readString(dir.resolve("sshd.log")));
        String hostKey = Files.readString(dir.resolve("host_key.pub")).strip();
        Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + hostKey + "\n");
    }

    @AfterAll
    void stopSshd() throws Exception {
        if (sshd != null) {
            sshd.destroy();
            if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
                sshd.destroyForcibly();
            }
        }
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Map<String, String> env(Path base, Path knownHosts) {
        Map<String, String> env = new HashMap<>();
        env.put("DEPLOY_TARGET", System.getProperty("user.name") + "@127.0.0.1:" + base);
        env.put("DEPLOY_SSH_PORT", Integer.toString(port));
        env.put("DEPLOY_SSH_KEY", dir.resolve("client_key").toString());
        env.put("DEPLOY_KNOWN_HOSTS", knownHosts.toString());
        return env;
    }

    @Test
    void publishAndRollbackOverSsh() throws Exception {
        Path base = dir.resolve("webspace");
        Map<String, String> env = env(base, dir.resolve("known_hosts"));
        PublishScriptTest.Result first = PublishScriptTest.run(env, "publish", PublishScriptTest.site(dir.resolve("v1"), "Version 1").toString());
        assertEquals(0, first.exit(), first.output() + sshdLog());
        assertEquals("<h1>Version 1</h1>", PublishScriptTest.live(base));
        assertTrue(Files.exists(base.resolve("current/.htaccess")));

        PublishScriptTest.Result second = PublishScriptTest.run(env, "publish", PublishScriptTest.site(dir.resolve("v2"), "Version 2").toString());
        assertEquals(0, second.exit(), second.output());
        assertEquals("<h1>Version 2</h1>", PublishScriptTest.live(base));
        Path v2 = base.resolve("current").toRealPath();
        assertNotEquals(v2, base.resolve("previous").toRealPath());

        PublishScriptTest.Result back = PublishScriptTest.run(env, "rollback");
        assertEquals(0, back.exit(), back.output());
        assertEquals("<h1>Version 1</h1>", PublishScriptTest.live(base));
        assertEquals(v2, base.resolve("previous").toRealPath());
    }

    @Test
    void anUnknownHostKeyStopsThePublishBeforeAnythingIsUploaded() throws Exception {
        Path base = dir.resolve("webspace-fremd");
        Path wrong = dir.resolve("known_hosts_wrong");
        exec("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("other_key").toString());
        Files.writeString(wrong, "[127.0.0.1]:" + port + " " + Files.readString(dir.resolve("other_key.pub")).strip() + "\n");
        PublishScriptTest.Result r = PublishScriptTest.run(env(base, wrong), "publish", PublishScriptTest.site(dir.resolve("v9"), "x").toString());
        assertNotEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("Host key verification failed") || r.output().contains("HOST IDENTIFICATION HAS CHANGED"), r.output());
        assertFalse(Files.exists(base), "something was written although the host key was wrong");
    }

    private String sshdLog() throws IOException {
        return "\n--- sshd.log\n" + Files.readString(dir.resolve("sshd.log"), StandardCharsets.UTF_8);
    }

    private static void exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
    }
}
