package de.kjchessen.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small, valid site in a temp folder that a test breaks in exactly one place. */
public final class FixtureSite {

    /** The section of data/site.yaml the Datenschutzerklärung needs, filled in. */
    public static final String DATENSCHUTZ_YAML = """
            datenschutz:
              verantwortlicher: "Beispielstelle, Beispielstraße 1, 12345 Beispielstadt"
              datenschutzbeauftragter: "datenschutz@example.org"
              hosting_anbieter: "Beispiel-Hosting, Beispielweg 2, 12345 Beispielstadt"
              hosting_standort: "Deutschland"
              server_log_tage: 7
            """;

    public static final String SITE_YAML = """
            name: Testseite
            kampagne: Test
            betreiber:
              herausgeber: "Beispielstelle"
              anschrift: "Beispielstraße 1, 12345 Beispielstadt"
              vertreten_durch: "Vorname Nachname"
              verantwortlich: "Vorname Nachname"
              email: "info@example.org"
              telefon: ""
            """ + DATENSCHUTZ_YAML;

    public static final String NAVIGATION_YAML = """
            haupt:
              - titel: Startseite
                url: /
              - titel: Kontakt
                url: /kontakt/
            fuss:
              - titel: Startseite
                url: /
            """;

    public static final String JOBCENTER_ENTRY = """
              - id: beispielkreis
                ags: "06999"
                gebiet: Beispielkreis
                art: Landkreis
                regierungsbezirk: Kassel
                traegerform: kommunal
                name: Jobcenter Beispielkreis
                seit: 2005
                sitz: Beispielstadt
                kontakt: {stand: KONTAKT_STAND}
                quellen:
                  - titel: "Beispielquelle des Tests"
                    url: https://www.example.org/quelle
            """.replace("KONTAKT_STAND", BuildClock.today().toString());

    /** The fixture's kontakt line (checked today, no contact value confirmed): the catalogue puts values here. */
    public static final String KONTAKT_LINE = "    kontakt: {stand: " + BuildClock.today() + "}\n";

    /** Checked today: the fixture never becomes due for review (FactDates) as time passes. */
    public static final String JOBCENTER_STAND = "stand: " + BuildClock.today() + "\n";
    public static final String JOBCENTER_YAML = "jobcenter:\n" + JOBCENTER_ENTRY + JOBCENTER_STAND;

    /** The project's own schemas, so the catalogue tests the rules the build uses. */
    public static final List<String> SCHEMAS = List.of("site", "navigation", "jobcenter");

    public static final String HOME = """
            title=Startseite
            description=Die Startseite der Testseite.
            date=2018-11-26
            type=home
            status=published
            ~~~~~~
            Willkommen. Schreiben Sie uns über das [Kontaktformular](/kontakt/).
            """;

    public static final String KONTAKT = """
            title=Kontakt
            description=So erreichen Sie uns.
            date=2018-11-26
            type=page
            status=published
            ~~~~~~
            So erreichen Sie uns.

            ![Zwei Menschen im Beratungsgespräch](/bilder/beratung.jpg "Foto: Beispielfotografin / CC BY 4.0")
            """;

    /** The picture of the Kontakt page, with alt text and credit (issue 19: every photo names its author). */
    public static final String KONTAKT_IMAGE = "![Zwei Menschen im Beratungsgespräch](/bilder/beratung.jpg \"Foto: Beispielfotografin / CC BY 4.0\")";

    public static final String PRESS = """
            title=Kampagne gestartet
            description=Die Kommunalen Jobcenter starten eine Kampagne.
            date=2018-11-26
            type=post
            status=published
            tags=Arbeitsmarkt, Kampagne
            summary=Die Kampagne beginnt.
            ~~~~~~
            Mehr dazu auf der Seite [Kontakt](/kontakt/).
            """;

    private FixtureSite() {
    }

    private static final java.util.Map<String, byte[]> JPEGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A plain JPEG of the given size (made once per size; the picture checks read real image files). */
    public static byte[] jpeg(int width, int height) {
        return JPEGS.computeIfAbsent(width + "x" + height, k -> {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(image, "jpeg", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    public static Path create(Path root) {
        write(root, "data/site.yaml", SITE_YAML);
        write(root, "data/navigation.yaml", NAVIGATION_YAML);
        write(root, "data/jobcenter.yaml", JOBCENTER_YAML);
        write(root, "content/index.md", HOME);
        write(root, "content/kontakt/index.md", KONTAKT);
        write(root, "content/aktuelles/2018/2018-11-26-kampagnenstart.md", PRESS);
        writeBytes(root, "assets/bilder/beratung.jpg", jpeg(1200, 800));
        for (String schema : SCHEMAS) {
            String rel = "data/schemas/" + schema + ".schema.json";
            write(root, rel, read(TestProject.ROOT, rel));
        }
        return root;
    }

    public static void write(Path root, String rel, String text) {
        writeBytes(root, rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path root, String rel, byte[] bytes) {
        try {
            Path f = root.resolve(rel);
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path root, String rel) {
        try {
            return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a fixture file; fails loudly if the text is not there (a test that breaks nothing). */
    public static void replace(Path root, String rel, String from, String to) {
        String text = read(root, rel);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(rel + " does not contain: " + from);
        }
        write(root, rel, text.replace(from, to));
    }

    public static void delete(Path root, String rel) {
        try {
            Files.delete(root.resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
