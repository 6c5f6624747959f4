package de.kjchessen.build;

import de.kjchessen.build.bake.ProjectFreemarkerEngine;
import de.kjchessen.build.bake.ProjectMarkdownEngine;
import org.jbake.app.Oven;
import org.jbake.parser.Engines;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** This repository as the build-tools tests see it, and copies of it that a test may change. */
public final class TestProject {

    /** The project root (build-tools' parent; {@code -Dproject.root} for a copy elsewhere). */
    public static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    private TestProject() {
    }

    /**
     * Bakes {@code src} into {@code out} as the Maven bake and the preview do, whatever the classpath order: .md
     * through the project's Markdown engine, .ftl through the project's Freemarker engine. Fails on any page error.
     */
    public static Path bake(Path src, Path out) throws Exception {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(src.toFile(), out.toFile(), true);
        // JBake's in-memory store, whatever the copied jbake.properties says: the build's store on disk lives at a
        // path relative to the working directory (build-tools/target/target), which test JVMs side by side would
        // share; only WarmRebuildTest (one class, one JVM) bakes with it.
        config.getCompositeConfiguration().addConfigurationFirst(new MapConfiguration(Map.of("db.store", "memory", "db.path", "test")));
        Engines.register("md", new ProjectMarkdownEngine());
        Oven oven = ProjectFreemarkerEngine.oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            throw new AssertionError("Bake-Fehler: " + oven.getErrors());
        }
        return out;
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
