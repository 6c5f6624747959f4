package de.kjchessen.site.support;

/**
 * One defect found in the generated site, reported with the source file the editor can fix where known.
 *
 * @param file page in the output (relative to the site root) or source file under content/
 * @param line 1-based line in that file, or 0
 * @param message German description of the defect and its fix
 */
public record Fault(String file, int line, String message) {

    /** Fails with every fault listed, one per line, so the build log names each file to fix. */
    public static void assertNone(java.util.List<Fault> faults) {
        org.junit.jupiter.api.Assertions.assertTrue(faults.isEmpty(), () -> faults.size() + " Fehler:\n"
                + faults.stream().map(Fault::toString).collect(java.util.stream.Collectors.joining("\n")));
    }

    @Override
    public String toString() {
        return line > 0 ? file + ", Zeile " + line + ": " + message : file + ": " + message;
    }
}
