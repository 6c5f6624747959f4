package de.kjchessen.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reading the project's files as editors saved them: strict UTF-8, paths relative to the project root. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** Decodes strictly as UTF-8, so a file saved as Windows-1252 is reported instead of showing "Ã¼". */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    public static Optional<String> readUtf8(Path root, Path file, List<Problem> out) throws IOException {
        try {
            return Optional.of(decodeUtf8(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            out.add(Problem.error(relative(root, file), 0, "Die Datei ist nicht in UTF-8 gespeichert (Umlaute würden "
                    + "falsch angezeigt). Speichern Sie sie in Ihrem Editor mit der Kodierung \u201EUTF-8\u201C."));
            return Optional.empty();
        }
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Regular files below {@code dir} with one of the suffixes (all files if none), sorted; hidden files skipped. */
    public static List<Path> files(Path dir, String... suffixes) throws IOException {
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
