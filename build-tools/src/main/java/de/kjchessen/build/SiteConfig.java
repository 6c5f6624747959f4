package de.kjchessen.build;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;

/**
 * The project's jbake.properties as build-tools reads it (JBake reads it for itself): read once per change of the
 * file, then shared by the validator, the post-bake step, the preview and the tests. An absent file reads as empty.
 */
public final class SiteConfig {

    public static final String FILE = "jbake.properties";
    public static final String SITE_HOST = "site.host";

    private record Cached(Path file, FileTime time, long size, SiteConfig config) {
    }

    private static Cached cache;

    private final Properties properties;

    private SiteConfig(Properties properties) {
        this.properties = properties;
    }

    /** jbake.properties of the project in {@code root}. */
    public static synchronized SiteConfig of(Path root) {
        Path file = root.resolve(FILE).toAbsolutePath().normalize();
        try {
            FileTime time = Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
            long size = time == null ? -1 : Files.size(file);
            if (cache != null && cache.file().equals(file) && java.util.Objects.equals(cache.time(), time)
                    && cache.size() == size) {
                return cache.config();
            }
            Properties p = new Properties();
            if (time != null) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
            }
            SiteConfig config = new SiteConfig(p);
            cache = new Cached(file, time, size, config);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key, String fallback) {
        return properties.getProperty(key, fallback);
    }

    /** A true/false switch; absent means false. */
    public boolean flag(String key) {
        return Boolean.parseBoolean(get(key, "false"));
    }

    /** site.host without a trailing slash, or "" when it is not set. */
    public String siteHost() {
        return withoutTrailingSlash(get(SITE_HOST, ""));
    }

    public static String withoutTrailingSlash(String host) {
        return host == null ? "" : host.replaceAll("/+$", "");
    }

    /** "https://www.example.de/" → "https://www.example.de"; anything else than an absolute https URL is an error. */
    public static String host(String siteHost) {
        String h = siteHost == null ? "" : siteHost.strip().replaceAll("/+$", "");
        if (!h.matches("https?://[^/\\s]+")) {
            throw new IllegalArgumentException("jbake.properties: site.host muss die Adresse der Website sein, z. B. "
                    + "site.host=https://www.example.de (gefunden: \"" + siteHost + "\")");
        }
        return h;
    }
}
