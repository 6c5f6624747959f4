package de.kjchessen.site.quality;

import de.kjchessen.site.quality.BrowserGates.Gate;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Screenshots;
import de.kjchessen.site.support.SiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site has no pictures (and gets no invented one), so the picture markup is checked on the fixture
 * Pressemitteilung that build-tools' PicturesBakeTest bakes and post-bakes into build-tools/target/bild-probe/site
 * (the reactor runs build-tools' tests first): Nu Html Checker and every browser gate (axe, reflow, no foreign
 * request, skip link) over that page, with its stylesheet and picture variants. Screenshots go beside the others.
 */
@BrowserTest
class PictureProbeGatesTest {

    static final Path PROBE = Project.DIR.resolve("build-tools/target/bild-probe");

    @Test
    void theFixturePostWithPicturesPassesVnuAndTheBrowserGates(Chromium chromium, @TempDir Path site) throws Exception {
        assertTrue(Files.isRegularFile(PROBE.resolve("seite.txt")), PROBE + " fehlt: build-tools' PicturesBakeTest "
                + "schreibt es (mvn verify baut build-tools samt Tests zuerst)");
        String page = Files.readString(PROBE.resolve("seite.txt"), StandardCharsets.UTF_8).strip();
        Path probe = PROBE.resolve("site");
        // Only this page and what it loads: the other pages are the real site's, checked by SiteGatesTest.
        copy(probe.resolve(page), site.resolve(page));
        for (String dir : List.of("css", "bilder", "piktogramme", "js", "favicon.svg", "manifest.webmanifest")) {
            if (Files.exists(probe.resolve(dir))) {
                copyTree(probe.resolve(dir), site.resolve(dir));
            }
        }
        String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        assertTrue(html.contains("<picture>") && html.contains("type=\"image/webp\""), "Probe ohne Bild: " + page);

        List<String> vnu = NuChecker.shared().check(new GeneratedSite(site)).stream().map(Fault::toString).toList();
        assertEquals(List.of(), vnu);

        Path shots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try (SiteServer server = SiteServer.serve(site)) {
            BrowserGates.Report report = BrowserGates.run(chromium, server, List.of(page), Set.of(), Set.of(page), shots);
            List<String> faults = new ArrayList<>();
            for (Gate gate : Gate.values()) {
                report.of(gate).forEach(f -> faults.add(gate + ": " + f));
            }
            assertEquals(List.of(), faults);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
