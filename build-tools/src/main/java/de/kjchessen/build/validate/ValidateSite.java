package de.kjchessen.build.validate;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.DatedFact;
import de.kjchessen.build.Problem;
import de.kjchessen.build.ProjectFiles;
import de.kjchessen.build.Report;
import de.kjchessen.build.SiteMode;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.ValidationFailedException;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.FactDates;
import de.kjchessen.build.data.DataFiles;
import de.kjchessen.build.data.DataSchemaValidator;
import de.kjchessen.build.data.YamlFile;
import de.kjchessen.build.hosting.RedirectsFile;
import de.kjchessen.build.jobcenter.ContactChecker;
import de.kjchessen.build.jobcenter.CountPlaceholders;
import de.kjchessen.build.jobcenter.JobCentre;
import de.kjchessen.build.jobcenter.JobcenterDataChecker;
import de.kjchessen.build.jobcenter.ResponsibilityReader;
import de.kjchessen.build.languages.LanguagesChecker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
        // Reading and the header check are independent per file: both cores share them (thousands of
        // Pressemitteilungen); the results are joined in the files' order, so the messages keep their order.
        List<ContentEntry> entries;
        try {
            entries = ProjectFiles.files(root.resolve("content")).parallelStream()
                    .map(path -> ContentEntry.read(root, path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (ContentEntry entry : entries) {
            out.addAll(entry.problems());
            if (entry.page() != null) {
                pages.add(entry.page());
            } else if (entry.copied()) {
                copied.add(entry.file());
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
        for (Path path : ProjectFiles.files(root.resolve("assets"))) {
            String file = ProjectFiles.relative(root, path);
            urls.add(new SiteUrls.Origin("/" + file.substring("assets/".length()), file, 0), out);
        }

        // The body check parses every page with Flexmark: the largest share of the validator's time. Pages are
        // independent, so both cores share them; the problems keep the files' order.
        pages.parallelStream().map(page -> {
            List<Problem> found = new ArrayList<>();
            MarkdownBodyChecker.check(root, page, urls, found);
            PictureChecker.checkHeader(root, page, found);
            CountPlaceholders.check(page, found);
            return found;
        }).forEachOrdered(out::addAll);
        EmbargoChecker.checkLinks(pages, BuildClock.now(), out);
        data.checkLinks(urls, out);
        AccessibilityChecker.checkData(data, out);
        TagChecker.check(pages, out);
        List<DatedFact> facts = FactDates.collect(pages, data);
        FactDates.check(facts, BuildClock.today(), out);
        Optional<YamlFile> jobcenter = data.get(JobCentre.FILE);
        BausteinChecker.check(root, pages, out);
        new DataSchemaValidator().check(root, data, out);
        LanguagesChecker.check(root, data, pages, out);
        if (jobcenter.isPresent()) {
            JobcenterDataChecker.check(root, jobcenter.get(), out);
            ContactChecker.check(jobcenter.get(), out);
        }

        RedirectsFile.validate(data.get(RedirectsFile.FILE), urls, out);
        // Jobcenter-Finder: every Gemeinde must reach exactly one Jobcenter (data/gemeinden.csv ⋈ data/jobcenter.yaml)
        // (only where the finder page exists: fixture sites may hold just a few Jobcenter)
        if (Files.isDirectory(root.resolve("content/jobcenter-finden"))) {
            ResponsibilityReader.check(root, jobcenter, out);
        }

        Report report = new Report();
        report.addAll(out);
        report.facts(facts);
        return report;
    }

    /** One file of content/: a page (with its header's problems), a file copied as it is, or a rejected one. */
    private record ContentEntry(String file, ContentFile page, boolean copied, List<Problem> problems) {

        static ContentEntry read(Path root, Path path) {
            String file = ProjectFiles.relative(root, path);
            String ext = extension(file);
            List<Problem> problems = new ArrayList<>();
            if (DOCUMENT_EXTENSIONS.contains(ext)) {
                Optional<String> text;
                try {
                    text = ProjectFiles.readUtf8(root, path, problems);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                ContentFile page = text.map(t -> new ContentFile(file, SiteUrls.urlOf(file), t,
                                ContentHeaderChecker.check(file, t, problems)))
                        .orElseGet(() -> new ContentFile(file, SiteUrls.urlOf(file), "", null));
                return new ContentEntry(file, page, false, problems);
            }
            if (UNSUPPORTED_DOCUMENTS.contains(ext)) {
                problems.add(Problem.error(file, 0, "Dateien vom Typ ." + ext + " werden in content/ nicht als Seite "
                        + "verarbeitet. Schreiben Sie Seiten als Markdown-Datei (.md); Daten gehören nach data/."));
                return new ContentEntry(file, null, false, problems);
            }
            return new ContentEntry(file, null, true, problems);
        }
    }

    private static String extension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

}
