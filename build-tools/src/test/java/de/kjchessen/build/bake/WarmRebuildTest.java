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
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Warm rebuilds are never wrong: a copy of the real site (data, templates, assets, jbake.properties, the content pages
 * of every type, with JBake's store on disk) plus sixteen Pressemitteilungen is baked and post-baked warm after each change, and every time
 * the result must equal, byte for byte and file for file, a cold bake of the same sources at the same clock (in-memory
 * store, empty output directory). Where the build may stay warm, the test also checks that it did and kept unchanged
 * pages (otherwise a build that is always cold would pass); where it must not, that it did not.
 *
 * <p>Kept cheap for {@code mvn verify} (issue 21): changes that take the same path in {@link WarmStore} share a step
 * (edits, an addition, a date moved to another year and a draft, placed so that no two of them share a neighbour;
 * a deleted and a renamed file; a template and a data file, whose detection is also checked one by one without a
 * bake), and a cold reference is baked only when the sources or the clock changed since the last one.
 */
class WarmRebuildTest {

    private static final String DIR = "content/aktuelles/";
    private static final String DAY = "2026-12-01";

    private final Map<String, Map<String, byte[]>> coldByInputs = new TreeMap<>();

    /**
     * Content pages left out of the copy: plain pages that list no document and that nothing of the bake needs (the
     * redirect targets of data/redirects.yaml, the Sprachfassungen of en/ and every page type stay). Each page fewer
     * makes every one of the test's bakes cheaper; all pages other than Pressemitteilungen render alike in a warm bake.
     */
    private static final List<String> LEFT_OUT = List.of("ar", "tr", "uk", "arbeitgeber", "barriere-melden",
            "buergerinnen-und-buerger", "gebaerdensprache", "grundsicherungsgeld", "jobcenter-finden/postleitzahlen",
            "kampagne", "kontakt", "leichte-sprache", "open-data", "ueber-uns");

    @Test
    void aWarmRebuildEqualsAColdBuildAfterEveryKindOfChange(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("site");
        TestProject.copy(src, "content", "data", "templates", "assets", "jbake.properties", "hosting/htaccess");
        for (String page : LEFT_OUT) {
            Path dir = src.resolve("content").resolve(page);
            assertTrue(Files.isDirectory(dir), "content/" + page + " fehlt: LEFT_OUT anpassen");
            TestProject.deleteTree(dir);
        }
        Files.createDirectories(src.resolve("assets/bilder"));
        Files.write(src.resolve("assets/bilder/warm-probe.jpg"), FixtureSite.jpeg(1200, 700));
        // p1..p12 in 2024 (one a month), p13..p16 in 2025 (every other month): distinct dates, newest first p16.
        for (int i = 1; i <= 16; i++) {
            post(src, name(i), "Meldung " + i, date(i), i % 2 == 0 ? "Kampagne" : "Arbeitsmarkt,Warmprobe",
                    i == 3 ? "/bilder/warm-probe.jpg" : null, null);
        }
        String clock = DAY + "T09:00";

        step(tmp, src, clock, "erster Bau", "kalt");
        step(tmp, src, clock, "nichts geändert", "warm");

        // Four changes, none a neighbour of another: p16 edited (title, text; its neighbour p15 shows the title), a new
        // one with a new tag between p13 and p14, p9 moved to 2023 (the oldest now: p8, p10 and p1 change), p5 a draft.
        edit(src, name(16), s -> s.replace("title=Meldung 16", "title=Meldung sechzehn, neu betitelt")
                .replace("Der Text", "Der geänderte Text"));
        post(src, "2025/2025-03-01-neu.md", "Neue Meldung", "2025-03-01", "Neues Schlagwort", null, null);
        edit(src, name(9), s -> s.replace("date=" + date(9), "date=2023-06-01"));
        edit(src, name(5), s -> s.replace("status=published", "status=draft"));
        step(tmp, src, clock, "bearbeitet, hinzugefügt, in ein anderes Jahr verschoben, zum Entwurf gemacht", "warm");

        edit(src, "2025/2025-03-01-neu.md", s -> s.replace("tags=Neues Schlagwort", "tags=Kampagne"));
        post(src, "2026/2026-12-01-sperrfrist.md", "Meldung mit Sperrfrist", DAY, "Kampagne", null, DAY + " 10:00");
        step(tmp, src, clock, "einziges Vorkommen eines Schlagworts entfernt, Meldung unter Sperrfrist", "warm");
        step(tmp, src, DAY + "T09:30", "vor dem Ende der Sperrfrist", "warm");

        post(src, "2024/2024-11-10-zweite.md", "Zweite Meldung am 10. November", date(11), "Kampagne", null, null);
        step(tmp, src, DAY + "T09:30", "zweite Meldung mit gleichem Datum", "kalt im Speicher");

        Files.delete(src.resolve("target/site/aktuelles").resolve(name(12).replace(".md", ".html")));
        step(tmp, src, DAY + "T09:30", "eine unveränderte Seite aus der Website gelöscht", "kalt im Speicher");

        TestProject.deleteTree(src.resolve("target/site"));
        step(tmp, src, DAY + "T09:30", "Website gelöscht, Speicher behalten", "kalt");

        Files.delete(src.resolve(DIR + name(1)));
        Files.move(src.resolve(DIR + name(14)), src.resolve(DIR + name(14).replace(".md", "-umbenannt.md")));
        step(tmp, src, DAY + "T09:30", "Meldung gelöscht, eine umbenannt", "kalt (Datei gelöscht");

        edit(src, "../../templates/post.ftl", s -> s.replace("<p class=\"zurueck\">", "<p class=\"zurueck\" data-warm=\"1\">"));
        edit(src, "../../data/site.yaml", s -> s.replace("name: Kommunale Jobcenter in Hessen", "name: Kommunale Jobcenter Hessen"));
        step(tmp, src, DAY + "T09:30", "Vorlage und Daten geändert", "kalt (Daten, Vorlagen");

        step(tmp, src, DAY + "T10:30", "nach dem Ende der Sperrfrist", "kalt (eine Sperrfrist");
        step(tmp, src, "2026-12-02T08:00", "am nächsten Tag", "kalt (neuer Bautag");
        step(tmp, src, "2026-12-02T07:00", "Uhr zurückgestellt", "kalt (Uhr zurückgestellt");
    }

    /** Each kind of input a page depends on besides its Markdown file turns the build cold on its own. */
    @Test
    void everyInputBesidesMarkdownIsPartOfTheInputsHash(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("site");
        TestProject.copy(src, "content", "data", "templates", "assets", "jbake.properties");
        String before = WarmStore.inputs(config(src, tmp.resolve("out")));
        edit(src, "index.md", s -> s + "\nEin Satz mehr.\n");
        assertEquals(before, WarmStore.inputs(config(src, tmp.resolve("out"))), "Markdown ist nicht Teil der Eingaben");
        for (String file : List.of("../../templates/post.ftl", "../../data/site.yaml", "../../assets/css/site.css",
                "../../jbake.properties")) {
            String was = WarmStore.inputs(config(src, tmp.resolve("out")));
            edit(src, file, s -> s + "\n");
            assertNotEquals(was, WarmStore.inputs(config(src, tmp.resolve("out"))), file + " muss den Bau kalt machen");
        }
        String was = WarmStore.inputs(config(src, tmp.resolve("out")));
        Files.writeString(src.resolve("content/kampagne/anhang.txt"), "Ein Anhang");
        assertNotEquals(was, WarmStore.inputs(config(src, tmp.resolve("out"))), "ein Anhang in content/ muss den Bau kalt machen");
    }

    private static String name(int i) {
        return date(i).substring(0, 4) + "/" + date(i) + "-meldung-" + i + ".md";
    }

    private static String date(int i) {
        return i <= 12 ? String.format("2024-%02d-10", i) : String.format("2025-%02d-10", 2 * (i - 12));
    }

    private static void edit(Path src, String file, UnaryOperator<String> change) throws IOException {
        Path f = src.resolve(DIR).resolve(file).normalize();
        String before = Files.readString(f);
        String after = change.apply(before);
        assertNotEquals(before, after, "Änderung an " + file + " greift nicht");
        Files.writeString(f, after);
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

    /**
     * Bakes warm (the site's own store and target/site), then compares with a cold bake of the same sources and clock
     * (baked now, or kept from an earlier step with the same sources and clock).
     */
    private void step(Path tmp, Path src, String clock, String change, String expectedMode) throws Exception {
        Path warm = src.resolve("target/site");
        bake(src, warm, clock, false);
        String mode = WarmStore.lastMode();
        assertTrue(mode.startsWith(expectedMode), change + ": erwartet " + expectedMode + ", war " + mode);
        if (expectedMode.equals("warm")) {
            assertTrue(WarmStore.lastKept() > 0, change + ": warm, aber keine Pressemitteilung behalten");
        }
        Map<String, byte[]> w = files(warm);
        String key = sources(src) + " " + clock;
        Map<String, byte[]> c = coldByInputs.get(key);
        if (c == null) {
            Path cold = tmp.resolve("kalt-" + coldByInputs.size());
            bake(src, cold, clock, true);
            c = files(cold);
            TestProject.deleteTree(cold);
            coldByInputs.put(key, c);
        }
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

    private static DefaultJBakeConfiguration config(Path src, Path out) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(src.toFile(), out.toFile(), false);
    }

    private static void bake(Path src, Path out, String clock, boolean cold) throws Exception {
        System.setProperty(BuildClock.PROPERTY, clock);
        try {
            DefaultJBakeConfiguration config = config(src, out);
            // warm: JBake's store on disk, as jbake.properties sets it; cold: the in-memory store, into an empty directory
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

    /** A hash of every source file (not target/): equal sources and clock give the same cold site. */
    private static String sources(Path src) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path f : s.filter(Files::isRegularFile).filter(f -> !src.relativize(f).startsWith("target")).sorted().toList()) {
                digest.update(src.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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
