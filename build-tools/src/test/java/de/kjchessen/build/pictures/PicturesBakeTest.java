package de.kjchessen.build.pictures;

import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteMode;
import de.kjchessen.build.TestProject;
import de.kjchessen.build.hosting.PostBake;
import de.kjchessen.build.validate.ValidateSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site plus a fixture Pressemitteilung with a picture (4000 × 3000 JPEG, made here), a graphic with
 * transparency in its body (1200 × 800 PNG) and a PDF attachment: the variants have the right sizes and formats,
 * the markup the right attributes, caption and Open Graph image; a second bake encodes nothing. The post-baked
 * result is kept in target/bild-probe/site, where the site build's PictureProbeGatesTest runs vnu and axe over it.
 */
class PicturesBakeTest {

    static final Path PROBE = Path.of("target/bild-probe").toAbsolutePath();
    static final String POST = "aktuelles/2018/2018-11-20-bild-probe.html";

    @Test
    void aPostWithAPictureGetsVariantsMarkupCaptionAndOpenGraphImageAndTheCacheSavesTheSecondBake(@TempDir Path tmp)
            throws Exception {
        Path src = tmp.resolve("site");
        TestProject.copy(src, "content", "data", "templates", "assets", "jbake.properties", "hosting");
        TestPictures.photo(src.resolve("assets/bilder/probe-foto.jpg"), 4000, 3000, 19);
        TestPictures.graphic(src.resolve("assets/bilder/probe-grafik.png"), 1200, 800);
        Files.createDirectories(src.resolve("assets/downloads"));
        Files.write(src.resolve("assets/downloads/probe.pdf"), new byte[486_200]);
        Files.createDirectories(src.resolve("content/aktuelles/2018"));
        Files.writeString(src.resolve("content/aktuelles/2018/2018-11-20-bild-probe.md"), """
                title=Bildprobe: Jobcenter beraten vor Ort
                description=Eine Pressemitteilung der Tests mit Bild, Grafik und Anhang.
                date=2018-11-20
                type=post
                status=published
                tags=Kampagne
                summary=Der Vorspann steht über dem Bild.
                image=/bilder/probe-foto.jpg
                image_alt=Bunte Kreise vor einem Farbverlauf
                image_credit=Testbild der Technik
                image_license=CC0 1.0
                ~~~~~~
                Der erste Absatz.

                ![Ein dunkelblaues Rechteck mit runden Ecken](/bilder/probe-grafik.png "Grafik: Technik / CC0 1.0")

                Die [Pressemitteilung als PDF](/downloads/probe.pdf) zum Herunterladen.
                """, StandardCharsets.UTF_8);
        Path cache = tmp.resolve("bild-cache");
        // The fixture is what an editor may write: the validator has nothing to say about it.
        assertEquals(List.of(), ValidateSite.validate(src).errors(SiteMode.PUBLISH)
                .stream().map(Problem::format).filter(p -> p.contains("bild-probe")).toList());

        int before = Pictures.ENCODED.get();
        Path out = bake(src, tmp.resolve("out"), cache);
        int encoded = Pictures.ENCODED.get() - before;
        // photo: 3 widths × (WebP + JPEG) + Open Graph; graphic: 480, 960, 1200 × (WebP + PNG) + Open Graph
        assertEquals(7 + 7, encoded, "Dateien kodiert");

        Document page = Jsoup.parse(out.resolve(POST).toFile(), "UTF-8");
        assertEquals("Der Vorspann steht über dem Bild.", page.selectFirst("article p.einleitung").text());

        Element top = page.selectFirst("article figure.abbildung");
        assertNotNull(top, page.outerHtml());
        assertVariants(out, top, List.of(480, 960, 1600), 4000, 3000, "jpg");
        assertFalse(top.selectFirst("img").hasAttr("loading"), "das Bild oben lädt sofort");
        assertEquals("Bunte Kreise vor einem Farbverlauf", top.selectFirst("img").attr("alt"));
        assertEquals("Foto: Testbild der Technik / CC0 1.0", top.selectFirst("figcaption").text());

        Element body = page.select("article figure.abbildung").get(1);
        assertVariants(out, body, List.of(480, 960, 1200), 1200, 800, "png");   // never wider than the original
        assertEquals("lazy", body.selectFirst("img").attr("loading"));
        assertEquals("Grafik: Technik / CC0 1.0", body.selectFirst("figcaption").text());

        String og = page.selectFirst("meta[property=og:image]").attr("content");
        assertEquals("https://www.kjc-hessen.de/bilder/varianten/probe-foto-og.jpg", og);
        assertEquals("1200", page.selectFirst("meta[property=og:image:width]").attr("content"));
        assertEquals("630", page.selectFirst("meta[property=og:image:height]").attr("content"));
        BufferedImage ogImage = ImageIO.read(out.resolve("bilder/varianten/probe-foto-og.jpg").toFile());
        assertEquals(List.of(1200, 630), List.of(ogImage.getWidth(), ogImage.getHeight()));

        assertEquals("Pressemitteilung als PDF (PDF, 486 kB)", page.selectFirst("article a[href=/downloads/probe.pdf]").text());

        // Sizes for the closing note and BENCHMARKS (size only; time is measured in bench/, not here).
        List<String> sizes = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("bilder/varianten"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("probe-foto")).sorted().toList()) {
                sizes.add(f.getFileName() + "\t" + Files.size(f));
            }
        }
        sizes.add(0, "probe-foto.jpg (Quelle 4000x3000)\t" + Files.size(src.resolve("assets/bilder/probe-foto.jpg")));
        Files.createDirectories(PROBE);
        Files.write(PROBE.resolve("groessen.tsv"), sizes);

        // Second bake, same cache: nothing is encoded again, the site gets the same files.
        int again = Pictures.ENCODED.get();
        Path second = bake(src, tmp.resolve("out2"), cache);
        assertEquals(again, Pictures.ENCODED.get(), "ein unverändertes Bild wurde neu kodiert");
        assertTrue(Arrays.equals(Files.readAllBytes(out.resolve("bilder/varianten/probe-foto-960.webp")),
                Files.readAllBytes(second.resolve("bilder/varianten/probe-foto-960.webp"))));

        // The published form (post-bake: fingerprints) for the site build's vnu and axe gates.
        Path probeSite = PROBE.resolve("site");
        TestProject.deleteTree(probeSite);
        TestProject.copyTree(out, probeSite);
        PostBake.run(src, probeSite, PROBE.resolve("hosting"));
        Files.writeString(PROBE.resolve("seite.txt"), POST);
    }

    private static void assertVariants(Path site, Element figure, List<Integer> widths, int srcW, int srcH, String fallback)
            throws IOException {
        Element img = figure.selectFirst("picture > img");
        Element source = figure.selectFirst("picture > source[type=image/webp]");
        assertNotNull(source, figure.outerHtml());
        int largest = widths.get(widths.size() - 1);
        assertEquals(String.valueOf(largest), img.attr("width"));
        assertEquals(String.valueOf(Math.round((float) srcH * largest / srcW)), img.attr("height"));
        assertEquals(PictureHtml.SIZES, img.attr("sizes"));
        assertEquals(PictureHtml.SIZES, source.attr("sizes"));
        List<String> webp = Arrays.asList(source.attr("srcset").split(",\\s*"));
        List<String> fb = Arrays.asList(img.attr("srcset").split(",\\s*"));
        assertEquals(widths.size(), webp.size(), source.attr("srcset"));
        assertEquals(widths.size(), fb.size(), img.attr("srcset"));
        for (int i = 0; i < widths.size(); i++) {
            int w = widths.get(i);
            String[] candidate = webp.get(i).split(" ");
            assertEquals(w + "w", candidate[1]);
            assertTrue(candidate[0].endsWith("-" + w + ".webp"), candidate[0]);
            assertImage(site, candidate[0], w, Math.round((float) srcH * w / srcW), "webp");
            String[] fbCandidate = fb.get(i).split(" ");
            assertTrue(fbCandidate[0].endsWith("-" + w + "." + fallback), fbCandidate[0]);
            assertImage(site, fbCandidate[0], w, Math.round((float) srcH * w / srcW), fallback);
        }
        assertTrue(img.attr("src").endsWith("-960." + fallback), img.attr("src"));
    }

    private static void assertImage(Path site, String url, int w, int h, String format) throws IOException {
        Path file = site.resolve(url.substring(1));
        assertTrue(Files.isRegularFile(file), url);
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 12);
        switch (format) {
            case "webp" -> assertEquals("WEBP", new String(head, 8, 4, StandardCharsets.US_ASCII), url);
            case "jpg" -> assertTrue((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8, url);
            case "png" -> assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII), url);
            default -> throw new IllegalArgumentException(format);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, url);
        assertEquals(List.of(w, h), List.of(image.getWidth(), image.getHeight()), url);
    }

    private static Path bake(Path src, Path out, Path cache) throws Exception {
        System.setProperty("kjc.bild.cache", cache.toString());
        try {
            return TestProject.bake(src, out);
        } finally {
            System.clearProperty("kjc.bild.cache");
        }
    }
}
