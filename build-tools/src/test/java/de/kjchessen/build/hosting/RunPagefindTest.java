package de.kjchessen.build.hosting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunPagefindTest {

    @Test
    void aMissingToolFailsWithAGermanAndEnglishMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RunPagefind.requireTool("kein-node-auf-diesem-rechner"));
        assertTrue(e.getMessage().startsWith("Die Website-Suche (Pagefind) braucht Node.js und npm, doch "
                + "kein-node-auf-diesem-rechner fehlt auf diesem Rechner."), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install nodejs npm"));
        assertTrue(e.getMessage().contains("The site search (Pagefind) needs Node.js and npm"));
    }

    @Test
    void withoutNodeThePreviewGoesOnWithoutSearchButThePublishedBuildStops(@TempDir Path temp) throws Exception {
        Path npmProject = Path.of("pagefind").toAbsolutePath();
        Path siteRoot = temp.resolve("site");
        Files.createDirectories(siteRoot.resolve("pagefind"));
        Files.writeString(siteRoot.resolve("pagefind/pagefind-ui.js"), "// stale index of an earlier build");
        Path work = temp.resolve("work");

        assertFalse(RunPagefind.index(npmProject, siteRoot, work, false, "kein-node-auf-diesem-rechner"));
        assertFalse(Files.exists(siteRoot.resolve("pagefind")), "no stale search index is served as if current");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RunPagefind.index(npmProject, siteRoot, work, true, "kein-node-auf-diesem-rechner"));
        assertTrue(e.getMessage().startsWith("Die Website-Suche (Pagefind) braucht Node.js"), e.getMessage());
    }

    @Test
    void refusesToIndexASiteThatStillHoldsADraft(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("aktuelles"));
        Files.writeString(site.resolve("index.html"), "<main data-pagefind-body>Start</main>");
        RunPagefind.requireOnlyPublishable(site); // a published site passes
        Files.writeString(site.resolve("aktuelles/neu-draft.html"), "<main data-pagefind-body>Geheim</main>");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunPagefind.requireOnlyPublishable(site));
        assertTrue(e.getMessage().startsWith("aktuelles/neu-draft.html (Entwurf) darf nicht in den Suchindex"), e.getMessage());
    }

    @Test
    void runsThePlatformsPagefindDirectlyAndTheNpmWrapperOtherwise(@TempDir Path work) throws Exception {
        Path wrapper = work.resolve("node_modules/.bin/pagefind");
        assertEquals(wrapper, RunPagefind.executable(work, wrapper), "nothing installed for this platform: the wrapper");

        // npm installs the package of the platform it runs on; lay out those of all platforms Pagefind ships
        List<String> platforms = List.of("linux-x64", "linux-arm64", "darwin-x64", "darwin-arm64", "windows-x64",
                "windows-arm64", "freebsd-x64");
        for (String name : List.of("pagefind", "pagefind.exe")) {
            for (String platform : platforms) {
                Path bin = Files.createDirectories(work.resolve("node_modules/@pagefind/" + platform + "/bin"));
                Files.writeString(bin.resolve(name), "#!/bin/sh\n");
                bin.resolve(name).toFile().setExecutable(true);
            }
        }
        Path plain = RunPagefind.executable(work, wrapper);
        assertTrue(plain.startsWith(work.resolve("node_modules/@pagefind")), plain.toString());
        assertTrue(plain.getFileName().toString().startsWith("pagefind"), plain.toString());

        for (String name : List.of("pagefind_extended", "pagefind_extended.exe")) {
            for (String platform : platforms) {
                Path bin = work.resolve("node_modules/@pagefind/" + platform + "/bin");
                Files.writeString(bin.resolve(name), "#!/bin/sh\n");
                bin.resolve(name).toFile().setExecutable(true);
            }
        }
        Path extended = RunPagefind.executable(work, wrapper);
        assertEquals(plain.getParent(), extended.getParent());
        assertTrue(extended.getFileName().toString().startsWith("pagefind_extended"), "the wrapper prefers the extended "
                + "build (Chinese and Japanese word splitting): " + extended);
    }

    @Test
    void aCleanBuildTakesThePinnedInstallFromTheCacheWithoutNpm(@TempDir Path temp) throws Exception {
        // a lock file that npm ci could never install: only the cached install can satisfy it
        Path npmProject = Files.createDirectories(temp.resolve("npm"));
        Files.writeString(npmProject.resolve("package.json"), "{}");
        Files.writeString(npmProject.resolve("package-lock.json"), "kein JSON: npm ci scheitert hieran");
        byte[] lock = Files.readAllBytes(npmProject.resolve("package-lock.json"));
        Path cache = temp.resolve("cache");
        Path modules = cache.resolve(Fingerprinter.hash(lock)).resolve("node_modules");
        Path runner = Files.createDirectories(modules.resolve("pagefind/lib/runner")).resolve("bin.cjs");
        Files.writeString(runner, "#!/usr/bin/env node\n");
        runner.toFile().setExecutable(true);
        Files.createDirectories(modules.resolve(".bin"));
        Files.createSymbolicLink(modules.resolve(".bin/pagefind"), Path.of("../pagefind/lib/runner/bin.cjs"));
        Files.write(modules.resolve(".package-lock.installed.json"), lock);

        Path work = temp.resolve("work");
        Path binary = RunPagefind.install(npmProject, work, cache);
        assertEquals(work.resolve("node_modules/.bin/pagefind"), binary);
        assertTrue(Files.isSymbolicLink(binary), "npm's link is copied as a link");
        assertTrue(Files.isExecutable(binary), "and its target stays executable");
        assertTrue(RunPagefind.installed(npmProject, work));

        assertNull(RunPagefind.cached(cache, "ein anderer Lock".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "an install of another lock file is never taken");
        Files.writeString(modules.resolve(".package-lock.installed.json"), "halb kopiert");
        assertNull(RunPagefind.cached(cache, lock), "nor one whose marker does not match");
    }

    @Test
    void readsTheNumberOfIndexedPagesFromPagefindsLog() {
        assertEquals(15, RunPagefind.indexedPages("Running Pagefind\n  Indexed 15 pages\n  Indexed 681 words\n"));
        assertEquals(1, RunPagefind.indexedPages("Indexed 1 page"));
        assertEquals(0, RunPagefind.indexedPages("Found 0 files matching **/*.{html}"));
    }

    @Test
    void sizesSeparateIndexUiAndRuntime(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("fragment"));
        Files.write(dir.resolve("fragment/de_1.pf_fragment"), new byte[100]);
        Files.write(dir.resolve("pagefind-entry.json"), new byte[10]);
        Files.write(dir.resolve("pagefind-ui.js"), new byte[1000]);
        Files.write(dir.resolve("pagefind-ui.css"), new byte[200]);
        Files.write(dir.resolve("pagefind.js"), new byte[50]);
        Files.write(dir.resolve("wasm.de.pagefind"), new byte[70]);
        Files.write(dir.resolve("pagefind-component-ui.js"), new byte[9999]);
        assertEquals(new RunPagefind.Sizes(110, 1200, 120), RunPagefind.Sizes.of(dir));
    }
}
