package de.kjchessen.build.preview;

import de.kjchessen.build.Problem;
import de.kjchessen.build.Report;
import de.kjchessen.build.SiteMode;
import de.kjchessen.build.bake.ProjectFreemarkerEngine;
import de.kjchessen.build.bake.ProjectMarkdownEngine;
import de.kjchessen.build.validate.ValidateSite;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * One build of the preview: the same validator as the Maven build, then JBake's Oven in this JVM (warm after the
 * first run, so a re-bake takes about a second instead of a new Maven run).
 */
public final class PreviewBuild {

    /** The outcome shown in the browser: problems that stop the preview, or JBake's own errors. */
    public record Result(List<Problem> problems, List<Problem> notices, List<String> bakeErrors, long millis) {
        public boolean ok() {
            return problems.isEmpty() && bakeErrors.isEmpty();
        }
    }

    private final Path root;
    private final Path output;
    private final Properties properties;

    /**
     * @param properties extra JBake configuration, as the Maven plugin passes the project properties
     *                   (e.g. site.mode)
     */
    public PreviewBuild(Path root, Path output, Properties properties) {
        this.root = root;
        this.output = output;
        this.properties = properties;
    }

    public Result run() {
        long start = System.nanoTime();
        Report report;
        try {
            report = ValidateSite.validate(root);
        } catch (Exception e) {
            return new Result(List.of(), List.of(), List.of("Die Prüfung konnte nicht laufen: " + e), elapsed(start));
        }
        List<Problem> problems = report.errors(SiteMode.PREVIEW);
        List<Problem> notices = report.warnings(SiteMode.PREVIEW);
        if (!problems.isEmpty()) {
            // Never bake what the validator rejects: JBake would drop or mangle it silently.
            return new Result(problems, notices, List.of(), elapsed(start));
        }
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(root.toFile(), output.toFile(), false);
            config.addConfiguration(properties);
            // The preview re-bakes in this JVM after every save, without the post-bake step, and shows drafts: it keeps
            // JBake's in-memory store (a full bake each time) instead of the build's persistent one (WarmStore), and a
            // name of its own, so it never opens the build's store files.
            config.getCompositeConfiguration().addConfigurationFirst(new org.apache.commons.configuration2.MapConfiguration(
                    java.util.Map.of("db.store", "memory", "db.path", "vorschau")));
            // Whatever order the classpath has, .md is rendered by the project's engine, as in the Maven bake.
            Engines.register("md", new ProjectMarkdownEngine());
            Oven oven = ProjectFreemarkerEngine.oven(config);
            oven.bake();
            List<String> errors = oven.getErrors().stream().map(PreviewBuild::describe).toList();
            return new Result(List.of(), notices, errors, elapsed(start));
        } catch (Exception | LinkageError e) {
            return new Result(List.of(), notices, List.of(describe(e)), elapsed(start));
        }
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage() == null ? t : t.getMessage()));
        for (Throwable cause = t.getCause(); cause != null && cause != t; cause = cause.getCause()) {
            if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
                sb.append("\n").append(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return sb.toString();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
