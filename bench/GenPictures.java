import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

/**
 * java bench/GenPictures.java DIR N [WIDTH HEIGHT]: writes N different "photos" DIR/foto-001.jpg … (gradients,
 * shapes and sensor-like noise, so they compress roughly like real photos; default 4000 × 3000). Used by
 * bench/pictures.sh; the same recipe as build-tools' TestPictures.
 */
public class GenPictures {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        int n = Integer.parseInt(args[1]);
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        dir.mkdirs();
        for (int i = 1; i <= n; i++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 190), 0, height, new Color(200, 190, 160)));
            g.fillRect(0, 0, width, height);
            Random random = new Random(i);
            for (int k = 0; k < 60; k++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
                g.fillOval(random.nextInt(width), random.nextInt(height), random.nextInt(width / 4) + 10, random.nextInt(height / 4) + 10);
            }
            g.dispose();
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int d = (int) (random.nextGaussian() * 6);
                    int r = Math.max(0, Math.min(255, ((row[x] >> 16) & 0xff) + d));
                    int gg = Math.max(0, Math.min(255, ((row[x] >> 8) & 0xff) + d));
                    int b = Math.max(0, Math.min(255, (row[x] & 0xff) + d));
                    row[x] = (r << 16) | (gg << 8) | b;
                }
                image.setRGB(0, y, width, 1, row, 0, width);
            }
            ImageIO.write(image, "jpeg", new File(dir, String.format("foto-%03d.jpg", i)));
        }
    }
}
