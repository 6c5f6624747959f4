package de.kjchessen.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** target/screenshots/ (system property screenshots.dir): PNGs for people to look at, written by the browser tests. */
public final class Screenshots {

    public static final Path DIR = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private Screenshots() {
    }

    /** Writes {@code png} as {@code name} ("startseite-erster-bildschirm-360.png") and returns the file. */
    public static Path save(String name, byte[] png) {
        try {
            Files.createDirectories(DIR);
            return Files.write(DIR.resolve(name), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
