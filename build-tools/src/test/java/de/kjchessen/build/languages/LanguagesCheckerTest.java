package de.kjchessen.build.languages;

import de.kjchessen.build.Problem;
import de.kjchessen.build.TestProject;
import de.kjchessen.build.data.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's language files pass their schema and each other; a broken copy is reported with file and line. */
class LanguagesCheckerTest {

    static final Path PROJECT = TestProject.ROOT;

    static List<Problem> check(Path root) throws Exception {
        List<Problem> out = new ArrayList<>();
        LanguagesChecker.check(root, DataFiles.read(root, out), List.of(), out);
        return out;
    }

    static Path copy(Path root) throws Exception {
        for (Path p : Files.list(PROJECT.resolve("data/sprachen")).toList()) {
            Files.createDirectories(root.resolve("data/sprachen"));
            Files.copy(p, root.resolve("data/sprachen").resolve(p.getFileName()));
        }
        Files.createDirectories(root.resolve("data/schemas/sprachen"));
        Files.copy(PROJECT.resolve(LanguagesChecker.SCHEMA), root.resolve(LanguagesChecker.SCHEMA));
        return root;
    }

    @Test
    void theProjectsLanguagesAreCompleteAndValid(@TempDir Path root) throws Exception {
        assertEquals(List.of(), check(copy(root)).stream().map(Problem::format).toList());
        List<Language> sprachen = Language.read(root.resolve("data"));
        assertTrue(sprachen.size() > 1, "mindestens eine Sprache außer Deutsch");
        assertEquals("de", sprachen.get(0).code(), "Deutsch steht in der Sprachauswahl zuerst");
    }

    @Test
    void aWrongDirectionIsReportedWithItsLine(@TempDir Path root) throws Exception {
        copy(root);
        Path en = root.resolve("data/sprachen/en.yaml");
        List<String> lines = Files.readAllLines(en);
        int line = lines.indexOf("  richtung: ltr") + 1;
        Files.writeString(en, Files.readString(en).replace("  richtung: ltr", "  richtung: rechts"));
        List<String> problems = check(root).stream().map(Problem::format).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("data/sprachen/en.yaml, Zeile " + line + ": Feld \"richtung\" hat den Wert \"rechts\""),
                problems.get(0));
    }

    @Test
    void aMissingFinderAnswerIsReportedInTheLanguageThatLacksIt(@TempDir Path root) throws Exception {
        copy(root);
        Path uk = root.resolve("data/sprachen/uk.yaml");
        String text = Files.readString(uk);
        String removed = text.lines().filter(l -> l.startsWith("    eins:")).findFirst().orElseThrow();
        Files.writeString(uk, text.replace(removed + "\n", ""));
        List<String> problems = check(root).stream().map(Problem::format).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("data/sprachen/uk.yaml, Zeile "), problems.get(0));
        assertTrue(problems.get(0).contains("\u201Efinder.skript.eins\u201C fehlt in dieser Sprache"), problems.get(0));
    }
}
