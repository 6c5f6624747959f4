package de.kjchessen.build.finder;

import de.kjchessen.build.BuildDay;
import de.kjchessen.build.ContentHeaderChecker;
import de.kjchessen.build.Problem;
import de.kjchessen.build.YamlFile;

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
 * Loads data/gemeinden.csv and data/jobcenter.yaml and joins them. Used by the validator (all problems, German)
 * and by the bake (template model and search index), which reads the files once per change, not once per page.
 */
public final class FinderDaten {

    private static Cached cache;

    private record Cached(Path dataDir, LocalDate day, FileTime csvTime, long csvSize, FileTime yamlTime, long yamlSize,
                          Zustaendigkeiten value) {
    }

    private FinderDaten() {
    }

    /** Reads and checks both files under {@code root} (the project directory); problems go to {@code out}. */
    public static Optional<Zustaendigkeiten> check(Path root, List<Problem> out) {
        return read(root.resolve(GemeindenCsv.FILE), root.resolve(JobcenterListe.FILE), BuildDay.today(), out);
    }

    static Optional<Zustaendigkeiten> read(Path csv, Path yaml, LocalDate day, List<Problem> out) {
        int before = out.size();
        Optional<String> csvText = text(csv, GemeindenCsv.FILE, "die Gemeinden Hessens mit Kreis und Postleitzahlen", out);
        Optional<String> yamlText = text(yaml, JobcenterListe.FILE, "die Jobcenter", out);
        if (csvText.isEmpty() || yamlText.isEmpty()) {
            return Optional.empty();
        }
        List<Gemeinde> gemeinden = GemeindenCsv.read(GemeindenCsv.FILE, csvText.get(), out);
        List<Jobcenter> jobcenter = YamlFile.parse(JobcenterListe.FILE, yamlText.get(), out)
                .map(y -> JobcenterListe.read(y, out)).orElse(List.of());
        if (out.size() > before) {
            return Optional.empty(); // a join over broken rows would only add misleading orphan messages
        }
        Zustaendigkeiten z = Zustaendigkeiten.join(gemeinden, GemeindenCsv.FILE, jobcenter, JobcenterListe.FILE, day, out);
        return out.size() > before ? Optional.empty() : Optional.of(z);
    }

    /**
     * For the bake: the joined data of the data folder, cached while the files are unchanged (the preview
     * re-bakes on every save). Fails with every problem if the data are broken; the validator has normally
     * reported them already.
     */
    public static synchronized Zustaendigkeiten fromDataFolder(Path dataDir) {
        Path csv = dataDir.resolve(Path.of(GemeindenCsv.FILE).getFileName());
        Path yaml = dataDir.resolve(Path.of(JobcenterListe.FILE).getFileName());
        try {
            FileTime csvTime = Files.getLastModifiedTime(csv);
            FileTime yamlTime = Files.getLastModifiedTime(yaml);
            long csvSize = Files.size(csv);
            long yamlSize = Files.size(yaml);
            LocalDate day = BuildDay.today();
            Cached c = cache;
            if (c != null && c.dataDir.equals(dataDir) && c.day.equals(day) && c.csvTime.equals(csvTime) && c.csvSize == csvSize
                    && c.yamlTime.equals(yamlTime) && c.yamlSize == yamlSize) {
                return c.value;
            }
            List<Problem> problems = new ArrayList<>();
            Zustaendigkeiten z = read(csv, yaml, day, problems).orElseThrow(() -> new IllegalStateException(
                    "Jobcenter-Finder: Die Daten sind fehlerhaft:\n" + problems.stream().map(Problem::format)
                            .collect(Collectors.joining("\n"))));
            cache = new Cached(dataDir, day, csvTime, csvSize, yamlTime, yamlSize, z);
            return z;
        } catch (IOException e) {
            throw new UncheckedIOException("Jobcenter-Finder: " + csv + " oder " + yaml + " ist nicht lesbar.", e);
        }
    }

    private static Optional<String> text(Path file, String name, String what, List<Problem> out) {
        if (!Files.isRegularFile(file)) {
            out.add(Problem.error(name, 0, "Die Datei fehlt. Sie enthält " + what + " für den Jobcenter-Finder."));
            return Optional.empty();
        }
        try {
            return Optional.of(ContentHeaderChecker.decodeUtf8(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            out.add(Problem.error(name, 0, "Die Datei ist nicht in UTF-8 gespeichert (Umlaute würden falsch "
                    + "angezeigt). Speichern Sie sie mit der Kodierung \u201EUTF-8\u201C."));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
