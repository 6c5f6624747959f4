package de.kjchessen.build.jobcenter;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.Problem;
import de.kjchessen.build.ProjectFiles;
import de.kjchessen.build.data.YamlFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Joins data/gemeinden.csv with the Jobcenter of data/jobcenter.yaml for the build day. Used by the validator
 * (all problems, German; with the Jobcenter file it has parsed already) and by the bake (template model and
 * search index), which reads the files once per change, not once per page.
 */
public final class ResponsibilityReader {

    private static Cached cache;

    private record Cached(Path dataDir, LocalDate day, FileTime csvTime, long csvSize, JobCentreFile jobcentre,
                          Responsibilities value) {
    }

    private ResponsibilityReader() {
    }

    /**
     * For the validator: reads data/gemeinden.csv under {@code root} and joins it with the parsed Jobcenter file
     * (absent if it is missing or has a syntax error, which is reported elsewhere); problems go to {@code out}.
     */
    public static Optional<Responsibilities> check(Path root, Optional<YamlFile> jobcenterYaml, List<Problem> out) {
        if (jobcenterYaml.isEmpty()) {
            if (!Files.isRegularFile(root.resolve(JobCentre.FILE))) {
                out.add(Problem.error(JobCentre.FILE, 0, "Die Datei fehlt. Sie enthält die Jobcenter für den Jobcenter-Finder."));
            }
            return Optional.empty();
        }
        int before = out.size();
        List<JobCentre> jobcentre = JobCentre.from(jobcenterYaml.get(), out);
        return read(root.resolve(GemeindenCsv.FILE), jobcentre, BuildClock.today(), before, out);
    }

    /** Both files from disk under the project directory {@code root} (tests, tools). */
    public static Optional<Responsibilities> check(Path root, List<Problem> out) {
        return read(root.resolve(GemeindenCsv.FILE), root.resolve(JobCentre.FILE), BuildClock.today(), out);
    }

    /** Both files from disk. */
    static Optional<Responsibilities> read(Path csv, Path yaml, LocalDate day, List<Problem> out) {
        int before = out.size();
        List<JobCentre> jobcentre = text(yaml, JobCentre.FILE, "die Jobcenter", out)
                .flatMap(t -> YamlFile.parse(JobCentre.FILE, t, out)).map(y -> JobCentre.from(y, out)).orElse(List.of());
        return read(csv, jobcentre, day, before, out);
    }

    private static Optional<Responsibilities> read(Path csv, List<JobCentre> jobcentre, LocalDate day, int before,
                                                   List<Problem> out) {
        Optional<String> csvText = text(csv, GemeindenCsv.FILE, "die Gemeinden Hessens mit Kreis und Postleitzahlen", out);
        if (csvText.isEmpty()) {
            return Optional.empty();
        }
        List<Gemeinde> gemeinden = GemeindenCsv.read(GemeindenCsv.FILE, csvText.get(), out);
        if (out.size() > before) {
            return Optional.empty(); // a join over broken rows would only add misleading orphan messages
        }
        Responsibilities z = Responsibilities.join(gemeinden, GemeindenCsv.FILE, jobcentre, JobCentre.FILE, day, out);
        return out.size() > before ? Optional.empty() : Optional.of(z);
    }

    /**
     * For the bake: the joined data of the data folder for the build day, cached while the files are unchanged
     * (the preview re-bakes on every save). Fails with every problem if the data are broken; the validator has
     * normally reported them already.
     */
    public static synchronized Responsibilities fromDataFolder(Path dataDir) {
        Path csv = dataDir.resolve(Path.of(GemeindenCsv.FILE).getFileName());
        try {
            JobCentreFile jobcentre = JobCentreFile.load(dataDir);
            FileTime csvTime = Files.getLastModifiedTime(csv);
            long csvSize = Files.size(csv);
            LocalDate day = BuildClock.today();
            Cached c = cache;
            if (c != null && c.dataDir.equals(dataDir) && c.day.equals(day) && c.csvTime.equals(csvTime)
                    && c.csvSize == csvSize && c.jobcentre == jobcentre) {
                return c.value;
            }
            List<Problem> problems = new ArrayList<>();
            Responsibilities z = read(csv, jobcentre.all(), day, 0, problems).orElseThrow(() -> new IllegalStateException(
                    "Jobcenter-Finder: Die Daten sind fehlerhaft:\n" + problems.stream().map(Problem::format)
                            .collect(Collectors.joining("\n"))));
            cache = new Cached(dataDir, day, csvTime, csvSize, jobcentre, z);
            return z;
        } catch (IOException e) {
            throw new UncheckedIOException("Jobcenter-Finder: " + csv + " ist nicht lesbar.", e);
        }
    }

    private static Optional<String> text(Path file, String name, String what, List<Problem> out) {
        if (!Files.isRegularFile(file)) {
            out.add(Problem.error(name, 0, "Die Datei fehlt. Sie enthält " + what + " für den Jobcenter-Finder."));
            return Optional.empty();
        }
        try {
            return Optional.of(ProjectFiles.decodeUtf8(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            out.add(Problem.error(name, 0, "Die Datei ist nicht in UTF-8 gespeichert (Umlaute würden falsch "
                    + "angezeigt). Speichern Sie sie mit der Kodierung \u201EUTF-8\u201C."));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
