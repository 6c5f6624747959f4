package de.kjchessen.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** This repository as the build-tools tests see it, and copies of it that a test may change. */
public final class TestProject {

    /** The project root (build-tools' parent; {@code -Dproject.root} for a copy elsewhere). */
    public static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    private TestProject() {
    }

    /** Copies the named files and folders of the project ("content", "jbake.properties", "hosting/htaccess") to {@code to}. */
    public static Path copy(Path to, String... parts) throws IOException {
        for (String part : parts) {
            copyTree(ROOT.resolve(part), to.resolve(part));
        }
        return to;
    }

    /** Copies a file, or a folder with everything in it, replacing what is there. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.toAbsolutePath().getParent());
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
