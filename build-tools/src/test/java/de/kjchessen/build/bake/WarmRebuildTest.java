package de.kjchessen.build.bake;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.FixtureSite;
import de.kjchessen.build.TestProject;

import de.kjchessen.build.hosting.PostBake;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Warm rebuilds are never wrong: a copy of the real site (content, data, templates, assets, jbake.properties, with
 * JBake's store on disk) plus a few Pressemitteilungen is baked and post-baked warm after each change, and every time the
 * result must equal, byte for byte and file for file, a cold bake of the same sources (in-memory store, empty output
 * directory). Changes: edits, additions, a date moved to another year, a release turned draft, a tie of dates, a
 * deletion, a rename, a template, a data file, a Sperrfrist that ends, the next day. Where the build may stay warm,
 * the test also checks that it did (otherwise a build that is always cold would pass).
 */
class WarmRebuildTest {

    private static final String DIR = "content/aktuelles/2025/";

    @Test
    void aWarmRebuildEqualsAColdBuildAfterEveryKindOfChange(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("site");
        TestProject.copy(src, "content", "data", "templates", "assets", "jbake.properties", "hosting/htaccess");
        Files.createDirectories(src.resolve("assets/bilder"));
        Files.write(src.resolve("assets/bilder/warm-probe.jpg"), FixtureSite.jpeg(1200, 700));
        for (int i = 1; i <= 5; i++) {
            post(src, "2025-0" + i + "-1" + i + "-meldung-" + i + ".md", "Meldung " + i, "2025-0" + i + "-1" + i,
                    i % 2 == 0 ? "Kampagne" : "Arbeitsmarkt,Warmprobe", i == 3 ? "/bilder/warm-probe.jpg" : null, null);
        }
        String day = "2026-12-01";
        String clock = day + "T09:00";

        step(tmp, src, clock, "erster Bau", null);
        step(tmp, src, clock, "nichts geändert", "warm");

        Path edited = src.resolve(DIR + "2025-03-13-meldung-3.md");
        Files.writeString(edited, Files.readString(edited).replace("title=Meldung 3", "title=Meldung drei, neu betitelt")
                .replace("Der Text", "Der geänderte Text"));
        step(tmp, src, clock, "Text und Titel geändert", "warm");

        post(src, "2025-06-16-meldung-6.md", "Meldung 6", "2025-06-16", "Neues Schlagwort", null, null);
        step(tmp, src, clock, "Meldung hinzugefügt", "warm");

        Path moved = src.resolve(DIR + "2025-02-12-meldung-2.md");
        Files.writeString(moved, Files.readString(moved).replace("date=2025-02-12", "date=2024-07-01"));
        step(tmp, src, clock, "Datum in ein anderes Jahr verschoben", "warm");

        Path drafted = src.resolve(DIR + "2025-04-14-meldung-4.md");
        Files.writeString(drafted, Files.readString(drafted).replace("status=published", "status=draft"));
        step(tmp, src, clock, "Meldung zum Entwurf gemacht", "warm");

        Path tagless = src.resolve(DIR + "2025-06-16-meldung-6.md");
        Files.writeString(tagless, Files.readString(tagless).replace("tags=Neues Schlagwort", "tags=Kampagne"));
        step(tmp, src, clock, "einziges Vorkommen eines Schlagworts entfernt", "warm");

        post(src, "2025-05-15-zweite-meldung-am-selben-tag.md", "Zweite Meldung am 15. Mai", "2025-05-15", "Kampagne", null, null);
        step(tmp, src, clock, "zweite Meldung mit gleichem Datum", "kalt im Speicher");

        Files.delete(src.resolve(DIR + "2025-01-11-meldung-1.md"));
        step(tmp, src, clock, "Meldung gelöscht", "kalt");

        Files.move(src.resolve(DIR + "2025-05-15-meldung-5.md"), src.resolve(DIR + "2025-05-15-meldung-fuenf.md"));
        step(tmp, src, clock, "Meldung umbenannt", "kalt");

        Path template = src.resolve("templates/post.ftl");
        Files.writeString(template, Files.readString(template).replace("<p class=\"zurueck\">", "<p class=\"zurueck\" data-warm=\"1\">"));
        step(tmp, src, clock, "Vorlage geändert", "kalt");

        Path site = src.resolve("data/site.yaml");
        String yaml = Files.readString(site);
        assertTrue(yaml.contains("name: Kommunale Jobcenter in Hessen"));
        Files.writeString(site, yaml.replace("name: Kommunale Jobcenter in Hessen", "name: Kommunale Jobcenter Hessen"));
        step(tmp, src, clock, "Daten geändert", "kalt");

        Files.delete(src.resolve("target/site/aktuelles/2025/2025-03-13-meldung-3.html"));
        step(tmp, src, clock, "eine unveränderte Seite aus der Website gelöscht", "kalt im Speicher");

        deleteTree(src.resolve("target/site"));
        step(tmp, src, clock, "Website gelöscht, Speicher behalten", "kalt");

        post(src, "2026-12-01-sperrfrist.md", "Meldung mit Sperrfrist", day, "Kampagne", null, day + " 10:00");
        step(tmp, src, clock, "Meldung unter Sperrfrist", "warm");
        step(tmp, src, day + "T09:30", "vor dem Ende der Sperrfrist", "warm");
        step(tmp, src, day + "T10:30", "nach dem Ende der Sperrfrist", "kalt");
        step(tmp, src, "2026-12-02T08:00", "am nächsten Tag", "kalt");
        step(tmp, src, "2026-12-02T07:00", "Uhr zurückgestellt", "kalt");
    }

    private static void post(Path src, String file, String title, String date, String tags, String image, String sperrfrist)
            throws IOException {
        Path f = src.resolve(DIR + file);
        Files.createDirectories(f.getParent());
        StringBuilder header = new StringBuilder();
        header.append("title=").append(title).append('\n')
                .append("description=Eine Meldung für die Probe warmer Builds: ").append(title).append('\n')
                .append("date=").append(date).append('\n')
                .append("type=post\nstatus=published\n")
                .append("tags=").append(tags).append('\n');
        if (sperrfrist != null) {
            header.append("sperrfrist=").append(sperrfrist).append('\n');
        }
        if (image != null) {
            header.append("image=").append(image).append("\nimage_alt=Ein grauer Farbverlauf\n")
                    .append("image_credit=Testbild der Technik\nimage_license=CC0 1.0\n");
        }
        Files.writeString(f, header + "~~~~~~\nDer Text der " + title + ".\n\n## Abschnitt\n\nMehr Text.\n",
                StandardCharsets.UTF_8);
    }

    /** Bakes warm (the site's own store and target/site), then cold into a fresh directory, and compares both. */
    private static void step(Path tmp, Path src, String clock, String change, String expectedMode) throws Exception {
        Path warm = src.resolve("target/site");
        bake(src, warm, clock, false);
        String mode = WarmStore.lastMode();
        if (expectedMode != null) {
            assertTrue(mode.startsWith(expectedMode), change + ": erwartet " + expectedMode + ", war " + mode);
        }
        Path cold = tmp.resolve("kalt-" + Math.abs(change.hashCode()));
        bake(src, cold, clock, true);
        Map<String, byte[]> w = files(warm);
        Map<String, byte[]> c = files(cold);
        List<String> differ = new ArrayList<>();
        for (String name : c.keySet()) {
            if (!w.containsKey(name)) {
                differ.add("fehlt warm: " + name);
            } else if (!Arrays.equals(w.get(name), c.get(name))) {
                differ.add("anders: " + name + firstDifference(w.get(name), c.get(name)));
            }
        }
        for (String name : w.keySet()) {
            if (!c.containsKey(name)) {
                differ.add("nur warm: " + name);
            }
        }
        if (!differ.isEmpty()) {
            fail(change + " (" + mode + "): warmer Bau weicht vom kalten ab: " + differ);
        }
        assertEquals(c.size(), w.size());
    }

    private static void bake(Path src, Path out, String clock, boolean cold) throws Exception {
        System.setProperty(BuildClock.PROPERTY, clock);
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(src.toFile(), out.toFile(), false);
            // warm: JBake's store on disk, as custom.properties turns it on (README "Warm builds"); cold: the default
            // in-memory store, into an empty directory
            config.getCompositeConfiguration().addConfigurationFirst(new MapConfiguration(cold
                    ? Map.of("db.store", "memory", "db.path", "kalt") : Map.of("db.store", "plocal", "db.path", "target")));
            Engines.register("md", new ProjectMarkdownEngine());
            Oven oven = ProjectFreemarkerEngine.oven(config);
            oven.bake();
            assertTrue(oven.getErrors().isEmpty(), oven.getErrors().toString());
            PostBake.run(src, out, out.resolveSibling(out.getFileName() + "-hosting"));
        } finally {
            System.clearProperty(BuildClock.PROPERTY);
        }
    }

    /** The first line that differs, warm against cold, for a readable failure. */
    private static String firstDifference(byte[] warm, byte[] cold) {
        String[] w = new String(warm, StandardCharsets.UTF_8).split("\n");
        String[] c = new String(cold, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < Math.max(w.length, c.length); i++) {
            String a = i < w.length ? w[i] : "";
            String b = i < c.length ? c[i] : "";
            if (!a.equals(b)) {
                return " (Zeile " + (i + 1) + ", warm: " + a.strip() + " | kalt: " + b.strip() + ")";
            }
        }
        return "";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
