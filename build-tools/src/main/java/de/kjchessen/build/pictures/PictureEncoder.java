package de.kjchessen.build.pictures;

import com.luciad.imageio.webp.WebPWriteParam;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scales and encodes one picture. Reading goes through ImageIO (TwelveMonkeys' JPEG reader is on the classpath for
 * CMYK and damaged JPEGs, webp-imageio reads WebP); WebP is written by webp-imageio (Google's libwebp, bundled in the
 * jar for Windows, macOS and Linux), JPEG and PNG by the JDK.
 */
public final class PictureEncoder {

    static final float WEBP_QUALITY = 0.80f;
    static final float JPEG_QUALITY = 0.82f;

    static {
        // ImageIO finds plugins through the context class loader of whoever used it first; in Maven's plugin class
        // realms that may not see this jar's dependencies. Register them from here.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(PictureEncoder.class.getClassLoader());
        try {
            ImageIO.scanForPlugins();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private PictureEncoder() {
    }

    /** Makes sure the ImageIO plugins are registered (runs the static block once). */
    static void ready() {
        // nothing more to do
    }

    public static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + ": kein lesbares Bild (JPEG, PNG oder WebP)");
        }
        return image;
    }

    /**
     * Downscales in halving steps and one bicubic step at the end: a single bilinear step from 4000 to 480 px would
     * skip most source pixels and alias.
     */
    public static BufferedImage scale(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR, 0, 0, current.getWidth(), current.getHeight());
        }
        return draw(current, width, height, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC, 0, 0, current.getWidth(), current.getHeight());
    }

    /** Scales to cover width × height and cuts the middle (the Open Graph image is 1200 × 630 whatever the source). */
    public static BufferedImage cover(BufferedImage source, int width, int height) {
        double factor = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int w = Math.max(width, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(height, (int) Math.round(source.getHeight() * factor));
        BufferedImage scaled = factor < 1 ? scale(source, w, h)
                : draw(source, w, h, BufferedImage.TYPE_INT_RGB, RenderingHints.VALUE_INTERPOLATION_BICUBIC, 0, 0, source.getWidth(), source.getHeight());
        return draw(scaled, width, height, BufferedImage.TYPE_INT_RGB, RenderingHints.VALUE_INTERPOLATION_BICUBIC,
                (w - width) / 2, (h - height) / 2, (w - width) / 2 + width, (h - height) / 2 + height);
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, int type, Object interpolation,
                                      int sx1, int sy1, int sx2, int sy2) {
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE); // transparent areas of a PNG become white in a JPEG
                g.fillRect(0, 0, w, h);
            }
            g.drawImage(src, 0, 0, w, h, sx1, sy1, sx2, sy2, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static void writeWebp(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
        WebPWriteParam param = new WebPWriteParam(writer.getLocale());
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
        param.setCompressionQuality(WEBP_QUALITY);
        write(writer, param, image, file);
    }

    public static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = jdkWriter("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        write(writer, param, image, file);
    }

    public static void writePng(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("kein PNG-Schreiber");
        }
    }

    /** The JDK's own writer (TwelveMonkeys registers a JPEG writer too; both work, this one is the reference). */
    private static ImageWriter jdkWriter(String format) {
        var writers = ImageIO.getImageWritersByFormatName(format);
        ImageWriter first = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.")) {
                return w;
            }
            first = first == null ? w : first;
        }
        if (first == null) {
            throw new IllegalStateException("kein Schreiber für " + format);
        }
        return first;
    }

    private static void write(ImageWriter writer, ImageWriteParam param, BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream os = Files.newOutputStream(file); ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
