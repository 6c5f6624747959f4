package de.kjchessen.build.bake;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.FixtureSite;
import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteMode;
import de.kjchessen.build.TestProject;
import de.kjchessen.build.content.Embargo;
import de.kjchessen.build.hosting.PostBake;
import de.kjchessen.build.validate.ValidateSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site (content, data, templates, assets, jbake.properties) plus one Pressemitteilung and one Termin with a
 * Sperrfrist tomorrow morning, baked and post-baked as the build does: with the clock today, no published file names or
 * quotes them (pages, lists, archive, tag pages, feed, sitemap, calendar files, downloads; Pagefind indexes exactly
 * these files and refuses drafts); with the clock set to the end of the Sperrfrist, both are everywhere a release goes.
 */
class EmbargoBakeTest {

    static final String MARKER = "Sperrfristprobe";
    static final String SLUG = "sperrfrist-probe";

    @Test
    void anEmbargoedReleaseIsAbsentFromEveryOutputUntilItsSperrfristAndThenPresent(@TempDir Path tmp) throws Exception {
        ZonedDateTime today = BuildClock.now().withHour(12).withMinute(0).withSecond(0).withNano(0);
        ZonedDateTime sperrfrist = today.plusDays(1).withHour(9);
        Path src = tmp.resolve("site");
        TestProject.copy(src, "content", "data", "templates", "assets", "jbake.properties", "hosting/htaccess");
        int year = sperrfrist.getYear();
        String day = sperrfrist.toLocalDate().toString();
        Path post = src.resolve("content/aktuelles/" + year + "/" + day + "-" + SLUG + ".md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, """
                title=%s: Jobcenter stellen neue Zahlen vor
                description=Die %s darf erst nach der Sperrfrist erscheinen.
                date=%s
                sperrfrist=%s 09:00
                type=post
                status=published
                tags=%sschlagwort
                image=/bilder/%s.jpg
                image_alt=Ein grauer Farbverlauf
                image_credit=Testbild der Technik
                image_license=CC0 1.0
                ~~~~~~
                Der Text der %s, auch [als PDF](/downloads/%s.pdf).
                """.formatted(MARKER, MARKER, today.toLocalDate(), day, MARKER, SLUG, MARKER, SLUG), StandardCharsets.UTF_8);
        // Its picture and attachment would otherwise be online at a guessable address before the day.
        Files.createDirectories(src.resolve("assets/bilder"));
        Files.write(src.resolve("assets/bilder/" + SLUG + ".jpg"), FixtureSite.jpeg(1600, 900));
        Files.createDirectories(src.resolve("assets/downloads"));
        Files.writeString(src.resolve("assets/downloads/" + SLUG + ".pdf"), "%PDF-1.7\n");
        Files.writeString(src.resolve("content/termine/" + day + "-" + SLUG + ".md"), """
                title=%s Termin
                description=Ein Termin der %s.
                date=%s
                type=termin
                status=published
                start=%s 10:00
                end=%s 12:00
                location=Bürgerhaus, Hauptstraße 1, 65183 Wiesbaden
                ~~~~~~
                Der Termin der %s.
                """.formatted(MARKER, MARKER, day, day, day, MARKER), StandardCharsets.UTF_8);

        assertEquals(List.of(), ValidateSite.validate(src).errors(SiteMode.PUBLISH).stream().map(Problem::format)
                .filter(p -> p.contains(SLUG)).toList());

        Path before = bake(src, tmp.resolve("heute"), today);
        assertEquals(List.of(), mentions(before), "vor der Sperrfrist veröffentlicht");
        // The bake did see them: JBake wrote drafts, which the post-bake step removed.
        Path beforeRaw = tmp.resolve("heute-roh");
        bakeOnly(src, beforeRaw, today);
        Document draft = Jsoup.parse(beforeRaw.resolve("aktuelles/" + year + "/" + day + "-" + SLUG + "-draft.html").toFile(), "UTF-8");
        assertEquals("Sperrfrist bis " + Embargo.text(sperrfrist), draft.selectFirst(".hinweis__titel").text());

        Path after = bake(src, tmp.resolve("morgen"), sperrfrist);
        List<String> found = mentions(after);
        for (String expected : List.of("aktuelles/" + year + "/" + day + "-" + SLUG + ".html", "aktuelles/index.html",
                "aktuelles/archiv/" + year + "/index.html", "aktuelles/feed.xml", "sitemap.xml",
                "aktuelles/schlagworte/" + MARKER + "schlagwort.html", "termine/index.html",
                "termine/" + day + "-" + SLUG + ".html", "termine/" + day + "-" + SLUG + ".ics",
                "downloads/" + SLUG + ".pdf")) {
            assertTrue(found.contains(expected), expected + " fehlt nach der Sperrfrist: " + found);
        }
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bilder/varianten/" + SLUG + "-960.") && f.endsWith(".webp")), found.toString());
        Document page = Jsoup.parse(after.resolve("aktuelles/" + year + "/" + day + "-" + SLUG + ".html").toFile(), "UTF-8");
        assertTrue(page.select(".hinweis__titel").stream().noneMatch(e -> e.text().startsWith("Sperrfrist")));
    }

    private static Path bake(Path src, Path out, ZonedDateTime clock) throws Exception {
        bakeOnly(src, out, clock);
        PostBake.run(src, out, out.resolveSibling(out.getFileName() + "-hosting"));
        return out;
    }

    private static void bakeOnly(Path src, Path out, ZonedDateTime clock) throws Exception {
        System.setProperty(BuildClock.PROPERTY, clock.toLocalDateTime().toString());
        try {
            TestProject.bake(src, out);
        } finally {
            System.clearProperty(BuildClock.PROPERTY);
        }
    }

    /** Every file of the site whose name or text mentions the probe, relative to the site root. */
    private static List<String> mentions(Path site) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                String text;
                try {
                    text = Files.readString(f, StandardCharsets.UTF_8);
                } catch (MalformedInputException binary) {
                    text = "";
                }
                if (rel.contains(SLUG) || text.toLowerCase(Locale.ROOT).contains(MARKER.toLowerCase(Locale.ROOT))
                        || text.contains(SLUG)) {
                    found.add(rel);
                }
            }
        }
        return found;
    }
}
