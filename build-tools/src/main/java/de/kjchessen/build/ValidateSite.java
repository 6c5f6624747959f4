package de.kjchessen.build;

import de.kjchessen.build.finder.FinderDaten;
import de.kjchessen.build.finder.GemeindenCsv;
import de.kjchessen.build.finder.JobcenterListe;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs before the bake (exec-maven-plugin, phase process-sources): reads every file under content/ and data/
 * and fails the build with all problems at once, each as "file, Zeile n: what is wrong. How to fix it."
 *
 * <p>Arguments: project root, mode ("preview" or "publish").
 */
public final class ValidateSite {

    private ValidateSite() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        SiteMode mode = SiteMode.parse(args.length > 1 ? args[1] : "preview");
        Report report = validate(root);
        for (Problem warning : report.warnings(mode)) {
            System.out.println("[HINWEIS] " + warning.format());
        }
        List<Problem> errors = report.errors(mode);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        System.out.println("Prüfung der Inhalte: keine Fehler (" + mode.name().toLowerCase() + ").");
    }

    /** Validates the whole project; never stops at the first problem. */
    public static Report validate(Path root) throws IOException {
        Report report = new Report();
        List<Problem> out = new ArrayList<>();
        for (Path file : files(root.resolve("content"), ".md")) {
            checkMarkdown(root, file, out);
        }
        Path site = root.resolve(SiteDataChecker.FILE);
        if (Files.exists(site)) {
            readUtf8(root, site, out).flatMap(text -> YamlFile.parse(SiteDataChecker.FILE, text, out))
                    .ifPresent(yaml -> SiteDataChecker.check(yaml, out));
        } else {
            out.add(Problem.error(SiteDataChecker.FILE, 0, "Die Datei fehlt. Sie enthält Name und Betreiberangaben der Website."));
        }
        // Jobcenter-Finder: every Gemeinde must reach exactly one Jobcenter (data/gemeinden.csv ⋈ data/jobcenter.yaml)
        if (Files.exists(root.resolve(GemeindenCsv.FILE)) || Files.exists(root.resolve(JobcenterListe.FILE))) {
            FinderDaten.check(root, out);
        }
        report.addAll(out);
        return report;
    }

    static void checkMarkdown(Path root, Path file, List<Problem> out) throws IOException {
        readUtf8(root, file, out).ifPresent(text -> ContentHeaderChecker.check(relative(root, file), text, out));
    }

    static java.util.Optional<String> readUtf8(Path root, Path file, List<Problem> out) throws IOException {
        try {
            return java.util.Optional.of(ContentHeaderChecker.decodeUtf8(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            out.add(Problem.error(relative(root, file), 0, "Die Datei ist nicht in UTF-8 gespeichert (Umlaute würden "
                    + "falsch angezeigt). Speichern Sie sie in Ihrem Editor mit der Kodierung \u201EUTF-8\u201C."));
            return java.util.Optional.empty();
        }
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
