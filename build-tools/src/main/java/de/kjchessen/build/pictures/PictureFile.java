package de.kjchessen.build.pictures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** What a picture file really is (by its first bytes, not its name) and how large, without decoding the pixels. */
public final class PictureFile {

    private PictureFile() {
    }

    /** "JPEG", "PNG", "WebP", "SVG", "GIF", "TIFF", "HEIC", "BMP" or "unbekannt". */
    public static String format(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "JPEG";
        }
        if (ascii.startsWith("\u0089PNG")) {
            return "PNG";
        }
        if (ascii.startsWith("RIFF") && ascii.length() >= 12 && ascii.startsWith("WEBP", 8)) {
            return "WebP";
        }
        if (ascii.startsWith("GIF8")) {
            return "GIF";
        }
        if (ascii.startsWith("II*\u0000") || ascii.startsWith("MM\u0000*")) {
            return "TIFF";
        }
        if (ascii.startsWith("BM")) {
            return "BMP";
        }
        if (ascii.length() >= 12 && ascii.startsWith("ftyp", 4) && Arrays.asList("heic", "heix", "mif1", "avif")
                .contains(ascii.substring(8, 12))) {
            return ascii.startsWith("avif", 8) ? "AVIF" : "HEIC";
        }
        if (ascii.stripLeading().startsWith("<") && ascii.contains("<svg")) {
            return "SVG";
        }
        return "unbekannt";
    }

    /** Width and height as shown (EXIF orientation applied), from the file's header; empty if it cannot be read. */
    public static Optional<int[]> size(Path file) throws IOException {
        String format = format(file);
        if (!java.util.Set.of("JPEG", "PNG", "WebP").contains(format)) {
            return Optional.empty();
        }
        ImageReader reader = PictureEncoder.reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            boolean turned = format.equals("JPEG") && ExifOrientation.swapsSides(ExifOrientation.of(file));
            return Optional.of(turned ? new int[]{h, w} : new int[]{w, h});
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }
}
