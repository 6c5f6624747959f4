package de.kjchessen.build.pictures;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reads, scales and encodes one picture. WebP is read and written by webp-imageio (Google's libwebp, bundled in the
 * jar for Windows, macOS and Linux), JPEG and PNG by the JDK's own ImageIO plugins.
 */
public final class PictureEncoder {

    static final float WEBP_QUALITY = 0.80f;
    static final float JPEG_QUALITY = 0.82f;

    private PictureEncoder() {
    }

    /**
     * ImageIO's registry is one per JVM and fills itself from the class loader of whoever used it first; in Maven
     * that may be another plugin's realm (the validator's), closed by the time the bake runs. So readers and writers
     * are never looked up there for anything but the JDK's own: WebP comes from this jar's dependency directly.
     */
    static ImageReader reader(String format) {
        return switch (format) {
            case "WebP" -> new WebPImageReaderSpi().createReaderInstance(null);
            case "JPEG" -> jdk(ImageIO.getImageReadersByFormatName("jpeg"), "JPEG");
            case "PNG" -> jdk(ImageIO.getImageReadersByFormatName("png"), "PNG");
            default -> throw new IllegalArgumentException(format);
        };
    }

    public static BufferedImage read(Path file) throws IOException {
        String format = PictureFile.format(file);
        if (!java.util.Set.of("JPEG", "PNG", "WebP").contains(format)) {
            throw new IOException(file + ": kein JPEG, PNG oder WebP (" + format + ")");
        }
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            return format.equals("JPEG") ? ExifOrientation.apply(image, ExifOrientation.of(file)) : image;
        } finally {
            reader.dispose();
        }
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
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
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
        ImageWriter writer = jdkWriter("png");
        write(writer, writer.getDefaultWriteParam(), image, file);
    }

    /** The JDK's own writer: its classes can never belong to a closed plugin realm. */
    private static ImageWriter jdkWriter(String format) {
        return jdk(ImageIO.getImageWritersByFormatName(format), format);
    }

    private static <T> T jdk(java.util.Iterator<T> candidates, String format) {
        while (candidates.hasNext()) {
            T candidate = candidates.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                return candidate;
            }
        }
        throw new IllegalStateException("Das JDK hat keinen " + format + "-Leser oder -Schreiber");
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
