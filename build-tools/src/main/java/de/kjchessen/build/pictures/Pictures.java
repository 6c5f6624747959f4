package de.kjchessen.build.pictures;

import de.kjchessen.build.SourceFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pictures of one bake. For each JPEG, PNG or WebP a page names, writes its variants into the site next to it
 * ("/bilder/foto.jpg" → "/bilder/varianten/foto-480.webp", "…-480.jpg", …, "…-og.jpg"). Encoded files are kept in a
 * cache outside the sources, keyed by the SHA-256 of the source and the encoder settings, so an unchanged picture is
 * never encoded twice, not even across builds; the site gets copies.
 */
public final class Pictures {

    /** Widths of the responsive variants; a smaller source gets its own width as the largest instead. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    public static final int OG_WIDTH = 1200;
    public static final int OG_HEIGHT = 630;
    /** Raised whenever widths, quality or scaling change, so the cache cannot serve files made the old way. */
    static final String SETTINGS = "w480-960-1600_og1200x630_webp80_jpeg82_v1";
    static final String VARIANTS = "varianten";

    /** Files encoded (not taken from the cache) in this JVM: tests and bench/ read it. */
    public static final AtomicInteger ENCODED = new AtomicInteger();

    private final List<Path> folders;
    private final Path destination;
    private final Path cache;
    private final Map<String, Optional<Picture>> done = new ConcurrentHashMap<>();

    /**
     * @param folders     where the site's files come from, in the bake's order (assets/, content/)
     * @param destination the site being baked
     * @param cache       the encoded-variant cache (target/bild-cache), outside the sources
     */
    public Pictures(List<Path> folders, Path destination, Path cache) {
        this.folders = List.copyOf(folders);
        this.destination = destination;
        this.cache = cache;
    }

    /** True for the formats that get variants; SVG (graphics) and anything else is served as it is. */
    public static boolean isRaster(String url) {
        String path = url.replaceAll("[?#].*$", "").toLowerCase(Locale.ROOT);
        return path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".png") || path.endsWith(".webp");
    }

    /** The source file of a root-relative picture URL, where the bake copies it from. */
    public static Optional<Path> source(List<Path> folders, String url) {
        return SourceFiles.of(folders, url);
    }

    /** The variants of the picture at {@code url}, written into the site; empty if it is no raster file of this site. */
    public Optional<Picture> picture(String url) {
        if (!isRaster(url)) {
            return Optional.empty();
        }
        return done.computeIfAbsent(url.replaceAll("[?#].*$", ""), u -> source(folders, u).map(file -> {
            try {
                return make(u, file);
            } catch (IOException e) {
                throw new UncheckedIOException("Bild " + u + ": " + e.getMessage(), e);
            }
        }));
    }

    /** Widths for a source this wide: the standard ones below it, and the source width if it is narrower than the largest. */
    public static List<Integer> widths(int sourceWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < sourceWidth) {
                widths.add(w);
            }
        }
        if (sourceWidth <= WIDTHS.get(WIDTHS.size() - 1)) {
            widths.add(sourceWidth);
        } else if (widths.size() < WIDTHS.size()) {
            widths.add(WIDTHS.get(WIDTHS.size() - 1));
        }
        return widths;
    }

    private Picture make(String url, Path file) throws IOException {
        Path entry = cache.resolve(sha256(file) + "-" + SETTINGS);
        Properties info = new Properties();
        Path infoFile = entry.resolve("info.properties");
        BufferedImage image = null;
        if (Files.isRegularFile(infoFile)) {
            try (InputStream in = Files.newInputStream(infoFile)) {
                info.load(in);
            }
        } else {
            image = PictureEncoder.read(file);
            info.setProperty("width", String.valueOf(image.getWidth()));
            info.setProperty("height", String.valueOf(image.getHeight()));
            info.setProperty("alpha", String.valueOf(image.getColorModel().hasAlpha()));
        }
        int width = Integer.parseInt(info.getProperty("width"));
        int height = Integer.parseInt(info.getProperty("height"));
        boolean alpha = Boolean.parseBoolean(info.getProperty("alpha"));
        String fallbackExt = alpha ? "png" : "jpg";

        String dir = url.substring(0, url.lastIndexOf('/') + 1) + VARIANTS + "/";
        String name = url.substring(url.lastIndexOf('/') + 1);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;

        List<Variant> modern = new ArrayList<>();
        List<Variant> fallback = new ArrayList<>();
        for (int w : widths(width)) {
            int h = Math.max(1, Math.round((float) height * w / width));
            image = produce(entry, w + ".webp", image, file, img -> PictureEncoder.writeWebp(PictureEncoder.scale(img, w, h), tmp(entry, w + ".webp")));
            modern.add(publish(entry, w + ".webp", dir + stem + "-" + w + ".webp", w, h, "image/webp"));
            image = produce(entry, w + "." + fallbackExt, image, file, img -> {
                BufferedImage scaled = PictureEncoder.scale(img, w, h);
                if (alpha) {
                    PictureEncoder.writePng(scaled, tmp(entry, w + ".png"));
                } else {
                    PictureEncoder.writeJpeg(scaled, tmp(entry, w + ".jpg"));
                }
            });
            fallback.add(publish(entry, w + "." + fallbackExt, dir + stem + "-" + w + "." + fallbackExt, w, h,
                    alpha ? "image/png" : "image/jpeg"));
        }
        image = produce(entry, "og.jpg", image, file,
                img -> PictureEncoder.writeJpeg(PictureEncoder.cover(img, OG_WIDTH, OG_HEIGHT), tmp(entry, "og.jpg")));
        Variant og = publish(entry, "og.jpg", dir + stem + "-og.jpg", OG_WIDTH, OG_HEIGHT, "image/jpeg");

        if (!Files.isRegularFile(infoFile)) {
            Files.createDirectories(entry);
            try (OutputStream out = Files.newOutputStream(tmp(entry, "info.properties"))) {
                info.store(out, null);
            }
            Files.move(tmp(entry, "info.properties"), infoFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Picture(url, width, height, modern, fallback, og);
    }

    private interface Encode {
        void to(BufferedImage image) throws IOException;
    }

    /** Encodes {@code name} into the cache unless it is there; returns the decoded source for the next one. */
    private static BufferedImage produce(Path entry, String name, BufferedImage image, Path source, Encode encode) throws IOException {
        Path target = entry.resolve(name);
        if (Files.isRegularFile(target)) {
            return image;
        }
        Files.createDirectories(entry);
        BufferedImage img = image != null ? image : PictureEncoder.read(source);
        encode.to(img);
        Files.move(tmp(entry, name), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ENCODED.incrementAndGet();
        return img;
    }

    private static Path tmp(Path entry, String name) {
        return entry.resolve(name + ".tmp-" + Thread.currentThread().getId());
    }

    private Variant publish(Path entry, String name, String sitePath, int w, int h, String mime) throws IOException {
        Path target = destination.resolve(sitePath.substring(1));
        Files.createDirectories(target.getParent());
        Files.copy(entry.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
        return new Variant(sitePath, w, h, mime);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
