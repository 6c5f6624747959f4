package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.bake.Attachments;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.Header;
import de.kjchessen.build.pictures.PictureFile;
import de.kjchessen.build.pictures.Pictures;
import de.kjchessen.build.pictures.PostPicture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pictures the Redaktion names: the picture of a page ({@code image=} with {@code image_alt}, {@code image_credit},
 * {@code image_license}) and pictures in Markdown bodies ({@code ![Alt](/bilder/a.jpg "Foto: Name / Lizenz")}).
 * Each must exist, describe itself in its alt text, name its author and licence, be a JPEG, PNG or WebP (SVG for
 * graphics in a body), at least {@value #MIN_WIDTH} px wide, at most {@value #MAX_SIDE} px on its longer side and
 * {@value #MAX_MEGABYTES} MB.
 */
final class PictureChecker {

    /** The Open Graph image is 1200 px wide, and a 42rem column needs about that on a 2× screen. */
    static final int MIN_WIDTH = 1200;
    /** Larger sources only cost memory in every build (8000 × 6000 decodes to ~190 MB) and space in the repository. */
    static final int MAX_SIDE = 8000;
    static final int MAX_MEGABYTES = 20;
    static final Set<String> RASTER = Set.of("JPEG", "PNG", "WebP");

    private PictureChecker() {
    }

    /** The picture of a page: its header keys. */
    static void checkHeader(Path root, ContentFile page, List<Problem> out) {
        Header h = page.header();
        if (h == null || h.get(PostPicture.KEY) == null) {
            return;
        }
        String url = h.get(PostPicture.KEY);
        int line = h.lines().get(PostPicture.KEY);
        if (ContentHeaderChecker.PLACEHOLDER.matcher(url).find()) {
            return; // a template's placeholder, reported as such
        }
        Optional<Path> file = Pictures.source(folders(root), url);
        if (file.isEmpty()) {
            out.add(Problem.error(page.file(), line, "Das Bild \u201E" + url + "\u201C bei image= gibt es nicht. Legen Sie "
                    + "die Bilddatei in assets/bilder/ ab und schreiben Sie image=/bilder/name.jpg (mit / am Anfang)."));
            return;
        }
        String alt = h.get(PostPicture.ALT);
        if (alt == null || alt.isBlank()) {
            out.add(Problem.error(page.file(), line, "Zum Bild bei image= fehlt der Alternativtext. Ergänzen Sie eine Zeile "
                    + "image_alt=… mit einem Satz, was auf dem Bild zu sehen ist."));
        } else {
            altIsFileName(page.file(), h.lines().get(PostPicture.ALT), url, alt, out);
        }
        for (String key : List.of(PostPicture.CREDIT, PostPicture.LICENCE)) {
            String value = h.get(key);
            if (value == null || value.isBlank()) {
                out.add(Problem.error(page.file(), line, "Zum Bild bei image= fehlt der Bildnachweis: Ergänzen Sie eine "
                        + "Zeile " + key + "=… (" + (key.equals(PostPicture.CREDIT) ? "wer das Foto gemacht hat, z. B. "
                        + "image_credit=Anna Beispiel" : "unter welcher Lizenz es verwendet wird, z. B. image_license=CC BY 4.0")
                        + "). Ohne geklärte Rechte darf kein Bild veröffentlicht werden."));
            }
        }
        checkFile(page.file(), line, url, file.get(), false, out);
    }

    /**
     * A picture in a Markdown body that exists; the body checker has reported a missing one or a missing alt text,
     * AccessibilityChecker an alt text that is the file name. A decorative picture ({@code "dekorativ"}) has no caption.
     */
    static void checkBody(Path root, ContentFile page, int line, String url, String title, List<Problem> out) {
        Optional<Path> file = Pictures.source(folders(root), url);
        if (file.isEmpty()) {
            return;
        }
        boolean raster = checkFile(page.file(), line, url, file.get(), true, out);
        if (raster && (title == null || title.isBlank())) {
            out.add(Problem.error(page.file(), line, "Das Bild \u201E" + url + "\u201C hat keinen Bildnachweis. Schreiben "
                    + "Sie ihn in Anführungszeichen hinter die Adresse: ![Beschreibung](" + url + " \"Foto: Name / Lizenz\")"));
        }
    }

    private static List<Path> folders(Path root) {
        return List.of(root.resolve("assets").toAbsolutePath().normalize(), root.resolve("content").toAbsolutePath().normalize());
    }

    private static void altIsFileName(String file, int line, String url, String alt, List<Problem> out) {
        String name = url.replaceAll("[?#].*$", "");
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String a = alt.strip().toLowerCase(Locale.ROOT);
        if (a.equals(name) || a.equals(stem) || a.replace(' ', '-').equals(stem) || a.replace(' ', '_').equals(stem)) {
            out.add(Problem.error(file, line, "Der Alternativtext \u201E" + alt.strip() + "\u201C ist nur der Dateiname des "
                    + "Bildes. Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist."));
        }
    }

    /** Format, pixel size and file size; true if it is a raster picture the build makes variants of. */
    private static boolean checkFile(String file, int line, String url, Path picture, boolean svgAllowed, List<Problem> out) {
        try {
            String format = PictureFile.format(picture);
            if (format.equals("SVG") && svgAllowed && url.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                return false;
            }
            if (!RASTER.contains(format) || !Pictures.isRaster(url)) {
                out.add(Problem.error(file, line, "Das Bild \u201E" + url + "\u201C hat das Format " + format + ". Erlaubt "
                        + "sind JPEG (.jpg), PNG (.png) und WebP (.webp), für Grafiken im Text auch SVG (.svg). Speichern Sie "
                        + "es in einem dieser Formate, mit der passenden Endung."));
                return false;
            }
            long bytes = Files.size(picture);
            Optional<int[]> size = PictureFile.size(picture);
            if (size.isEmpty()) {
                out.add(Problem.error(file, line, "Das Bild \u201E" + url + "\u201C lässt sich nicht lesen (die Datei ist "
                        + "beschädigt). Speichern Sie es neu als JPEG, PNG oder WebP."));
                return false;
            }
            int w = size.get()[0];
            int h = size.get()[1];
            if (w < MIN_WIDTH) {
                out.add(Problem.error(file, line, "Das Bild \u201E" + url + "\u201C ist nur " + w + " Pixel breit. Bilder "
                        + "brauchen mindestens " + MIN_WIDTH + " Pixel Breite, sonst wirken sie auf großen Bildschirmen und "
                        + "beim Teilen unscharf. Nehmen Sie die Originaldatei oder ein größeres Bild."));
            } else if (Math.max(w, h) > MAX_SIDE || bytes > MAX_MEGABYTES * 1_000_000L) {
                out.add(Problem.error(file, line, "Das Bild \u201E" + url + "\u201C ist zu groß: Erlaubt sind höchstens "
                        + MAX_SIDE + " Pixel an der längeren Seite und " + MAX_MEGABYTES + " MB, es hat "
                        + (Math.max(w, h) > MAX_SIDE ? w + " \u00D7 " + h + " Pixel" : Attachments.size(bytes))
                        + ". Verkleinern Sie es auf etwa 3000 Pixel Breite; die kleineren Fassungen erzeugt die Website selbst."));
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
