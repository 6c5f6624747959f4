package de.kjchessen.build.pictures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures made by the tests themselves (the site has no real photo, and none is invented for it): a "photo" with
 * gradients, shapes and sensor-like noise, so it compresses roughly like a real one, and a graphic with transparency.
 */
public final class TestPictures {

    private TestPictures() {
    }

    public static Path photo(Path file, int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(90, 140, 190), 0, height, new Color(200, 190, 160)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int w = random.nextInt(width / 4) + 10;
            int h = random.nextInt(height / 4) + 10;
            g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = (int) (random.nextGaussian() * 6);
                int r = clamp(((row[x] >> 16) & 0xff) + n);
                int gg = clamp(((row[x] >> 8) & 0xff) + n);
                int b = clamp((row[x] & 0xff) + n);
                row[x] = (r << 16) | (gg << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, file.toString().endsWith(".png") ? "png" : "jpeg", file.toFile());
        return file;
    }

    public static Path graphic(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 79, 108));
        g.fillRoundRect(width / 10, height / 10, width * 8 / 10, height * 8 / 10, 40, 40);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
