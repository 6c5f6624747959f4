package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import de.kjchessen.build.data.YamlFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * data/jobcenter.yaml read once: the validator passes the file it parsed with the other data files, the bake
 * loads it here, cached while the file is unchanged (once per build, once per preview re-bake after a change).
 *
 * @param all   the entries, in file order
 * @param stand the day the entries were last checked against their sources
 * @param jobcenterDigital the online channel of the gemeinsame Einrichtungen in general, with its source (or null)
 */
public record JobCentreFile(List<JobCentre> all, LocalDate stand, Contact.SourcedValue jobcenterDigital) {

    private static Cached cache;

    private record Cached(Path file, FileTime time, long size, JobCentreFile value) {
    }

    /** From the parsed file (validator); problems go to {@code out}. */
    public static JobCentreFile of(YamlFile yaml, List<Problem> out) {
        List<JobCentre> all = JobCentre.from(yaml, out);
        LocalDate stand = YamlFile.get(yaml.root(), "stand").map(YamlFile::text).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                return null; // the schema reports it
            }
        }).orElse(null);
        Contact.SourcedValue digital = YamlFile.get(yaml.root(), "jobcenter_digital")
                .flatMap(n -> Contact.sourcedValue("jobcenter_digital", n)).orElse(null);
        return new JobCentreFile(List.copyOf(all), stand, digital);
    }

    /** For the bake: the file in the data folder, parsed once while it is unchanged. Fails with every problem. */
    public static synchronized JobCentreFile load(Path dataDir) {
        Path file = dataDir.resolve(Path.of(JobCentre.FILE).getFileName());
        try {
            FileTime time = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached c = cache;
            if (c != null && c.file.equals(file) && c.time.equals(time) && c.size == size) {
                return c.value;
            }
            List<Problem> problems = new ArrayList<>();
            Optional<JobCentreFile> read = YamlFile.parse(JobCentre.FILE, Files.readString(file, StandardCharsets.UTF_8),
                    problems).map(y -> of(y, problems));
            if (read.isEmpty() || !problems.isEmpty()) {
                throw new IllegalStateException(JobCentre.FILE + " ist fehlerhaft:\n"
                        + problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
            }
            cache = new Cached(file, time, size, read.get());
            return read.get();
        } catch (IOException e) {
            throw new UncheckedIOException(JobCentre.FILE + " ist nicht lesbar.", e);
        }
    }

    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(Path.of(JobCentre.FILE).getFileName()));
    }
}
