package de.kjchessen.build.pictures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phone's portrait photo (stored landscape, EXIF Orientation 6 or 8) is turned upright, in pixels and in size. */
class ExifOrientationTest {

    @Test
    void aPortraitPhotoFromAPhoneIsTurnedUpright(@TempDir Path dir) throws Exception {
        // Stored 80 × 40: left half red, right half blue.
        for (int orientation : List.of(1, 3, 6, 8)) {
            Path file = dir.resolve("foto-" + orientation + ".jpg");
            Files.write(file, withOrientation(jpeg(), orientation));
            assertEquals(orientation, ExifOrientation.of(file));
            BufferedImage shown = PictureEncoder.read(file);
            int[] size = PictureFile.size(file).orElseThrow();
            switch (orientation) {
                case 1 -> { assertArrayEquals(new int[]{80, 40}, size); assertRed(shown, 5, 20); assertBlue(shown, 75, 20); }
                case 3 -> { assertArrayEquals(new int[]{80, 40}, size); assertBlue(shown, 5, 20); assertRed(shown, 75, 20); }
                case 6 -> { assertArrayEquals(new int[]{40, 80}, size); assertRed(shown, 20, 5); assertBlue(shown, 20, 75); }
                case 8 -> { assertArrayEquals(new int[]{40, 80}, size); assertBlue(shown, 20, 5); assertRed(shown, 20, 75); }
                default -> throw new IllegalStateException();
            }
            assertArrayEquals(size, new int[]{shown.getWidth(), shown.getHeight()});
        }
        Path png = dir.resolve("grafik.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertEquals(1, ExifOrientation.of(png));
    }

    private static void assertRed(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        assertTrue(c.getRed() > 200 && c.getBlue() < 60, x + "," + y + ": " + c);
    }

    private static void assertBlue(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        assertTrue(c.getBlue() > 200 && c.getRed() < 60, x + "," + y + ": " + c);
    }

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLUE);
        g.fillRect(40, 0, 40, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** Inserts an APP1 EXIF segment (big-endian TIFF, one IFD0 entry: Orientation) right after SOI. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
        byte[] payload = new byte[6 + tiff.length];
        System.arraycopy(new byte[]{'E', 'x', 'i', 'f', 0, 0}, 0, payload, 0, 6);
        System.arraycopy(tiff, 0, payload, 6, tiff.length);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
