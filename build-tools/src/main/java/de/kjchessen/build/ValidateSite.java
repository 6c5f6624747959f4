package de.kjchessen.build;

import de.kjchessen.build.finder.FinderDaten;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs before the bake (exec-maven-plugin, phase process-sources): reads every file under content/ and data/
 * and fails the build with all problems at once, each as "file, Zeile n: what is wrong. How to fix it."
 *
 * <p>Arguments: project root, mode ("preview" or "publish").
 */
public final class ValidateSite {

    /** Files in content/ that JBake reads as pages (everything else is copied as it is). */
    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("md", "html");
    /** Files JBake would also read as pages, in formats the Redaktion does not use. */
    static final Set<String> UNSUPPORTED_DOCUMENTS = Set.of("yaml", "yml", "adoc", "ad", "asciidoc", "htm");

    private ValidateSite() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        SiteMode mode = SiteMode.parse(args.length > 1 ? args[1] : "preview");
        Report report = validate(root);
        for (Problem warning : report.warnings(mode)) { // publish-only problems in the preview; notes always
            System.out.println("[HINWEIS] " + warning.format());
        }
        List<Problem> errors = report.errors(mode);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        System.out.println("Prüfung der Inhalte: keine Fehler (" + mode.name().toLowerCase(Locale.ROOT) + ").");
    }

    /** Validates the whole project; never stops at the first problem. */
    public static Report validate(Path root) throws IOException {
        List<Problem> out = new ArrayList<>();

        DataFiles data = DataFiles.read(root, out);
        // A missing data file is reported by DataSchemaValidator (every data file has a schema).
        data.get(SiteDataChecker.FILE).ifPresent(site -> SiteDataChecker.check(site, out));

        List<ContentFile> pages = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        for (Path path : files(root.resolve("content"))) {
            String file = relative(root, path);
            String ext = extension(file);
            if (DOCUMENT_EXTENSIONS.contains(ext)) {
                readUtf8(root, path, out).ifPresentOrElse(
                        text -> pages.add(new ContentFile(file, SiteUrls.urlOf(file), text,
                                ContentHeaderChecker.check(file, text, out))),
                        () -> pages.add(new ContentFile(file, SiteUrls.urlOf(file), "", null)));
            } else if (UNSUPPORTED_DOCUMENTS.contains(ext)) {
                out.add(Problem.error(file, 0, "Dateien vom Typ ." + ext + " werden in content/ nicht als Seite "
                        + "verarbeitet. Schreiben Sie Seiten als Markdown-Datei (.md); Daten gehören nach data/."));
            } else {
                copied.add(file);
            }
        }

        SiteUrls urls = new SiteUrls();
        // Generated pages first: a content file that takes one of their addresses is the one reported.
        GeneratedPages.register(root, data, pages, urls, out);
        for (ContentFile page : pages) {
            urls.add(new SiteUrls.Origin(page.url(), page.file(), 0), out);
        }
        for (String file : copied) {
            urls.add(new SiteUrls.Origin("/" + file.substring("content/".length()), file, 0), out);
        }
        for (Path path : files(root.resolve("assets"))) {
            String file = relative(root, path);
            urls.add(new SiteUrls.Origin("/" + file.substring("assets/".length()), file, 0), out);
        }

        // The body check parses every page with Flexmark: the largest share of the validator's time. Pages are
        // independent, so both cores share them; the problems keep the files' order.
        pages.parallelStream().map(page -> {
            List<Problem> found = new ArrayList<>();
            MarkdownBodyChecker.check(root, page, urls, found);
            PictureChecker.checkHeader(root, page, found);
            Anzahlen.check(page, found);
            return found;
        }).forEachOrdered(out::addAll);
        SperrfristChecker.checkLinks(pages, BuildClock.now(), out);
        data.checkLinks(urls, out);
        AccessibilityChecker.checkData(data, out);
        TagChecker.check(pages, out);
        List<FactDates.Fact> facts = FactDates.collect(pages, data);
        FactDates.check(facts, BuildClock.today(), out);
        Optional<YamlFile> jobcenter = data.get(JobCentre.FILE);
        BausteinChecker.check(root, pages, out);
        new DataSchemaValidator().check(root, data, out);
        de.kjchessen.build.sprachen.SprachenChecker.check(root, data, pages, out);
        if (jobcenter.isPresent()) {
            JobcenterDataChecker.check(root, jobcenter.get(), out);
            KontaktChecker.check(jobcenter.get(), out);
        }

        de.kjchessen.build.hosting.RedirectsFile.validate(data.get(de.kjchessen.build.hosting.RedirectsFile.FILE), urls, out);
        // Jobcenter-Finder: every Gemeinde must reach exactly one Jobcenter (data/gemeinden.csv ⋈ data/jobcenter.yaml)
        // (only where the finder page exists: fixture sites may hold just a few Jobcenter)
        if (Files.isDirectory(root.resolve("content/jobcenter-finden"))) {
            FinderDaten.check(root, jobcenter, out);
        }

        Report report = new Report();
        report.addAll(out);
        report.facts(facts);
        return report;
    }

    static Optional<String> readUtf8(Path root, Path file, List<Problem> out) throws IOException {
        try {
            return Optional.of(ContentHeaderChecker.decodeUtf8(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            out.add(Problem.error(relative(root, file), 0, "Die Datei ist nicht in UTF-8 gespeichert (Umlaute würden "
                    + "falsch angezeigt). Speichern Sie sie in Ihrem Editor mit der Kodierung \u201EUTF-8\u201C."));
            return Optional.empty();
        }
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String extension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Regular files below {@code dir} with one of the suffixes (all files if none), sorted; hidden files skipped. */
    static List<Path> files(Path dir, String... suffixes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> suffixes.length == 0 || Stream.of(suffixes).anyMatch(x -> p.toString().endsWith(x)))
                    .sorted().toList();
        }
    }
}
