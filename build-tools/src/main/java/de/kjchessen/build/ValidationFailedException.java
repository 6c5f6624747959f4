package de.kjchessen.build;

import java.util.List;

/** Thrown (never System.exit: we run inside Maven's JVM) when content or data would publish something broken. */
public class ValidationFailedException extends RuntimeException {

    private final transient List<Problem> problems;

    public ValidationFailedException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size() == 1 ? "1 Fehler" : problems.size() + " Fehler")
          .append(" gefunden. Die Website wurde nicht erzeugt.\n");
        for (Problem p : problems) {
            sb.append("  ").append(p.format()).append('\n');
        }
        sb.append("Hilfe zu jeder Meldung: docs/redaktion.md");
        return sb.toString();
    }
}
