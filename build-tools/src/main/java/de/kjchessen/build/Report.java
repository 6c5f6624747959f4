package de.kjchessen.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a run so editors see all of them at once, not only the first. */
public final class Report {

    private final List<Problem> problems = new ArrayList<>();
    private List<DatedFact> facts = List.of();

    /** Every dated fact (stand, gueltig_bis) of pages and data files, for the preview's review page. */
    public List<DatedFact> facts() {
        return facts;
    }

    public void facts(List<DatedFact> all) {
        facts = List.copyOf(all);
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public List<Problem> problems() {
        // distinct: two checkers reading the same file (e.g. a YAML syntax error) must not say it twice
        return problems.stream().distinct()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .toList();
    }

    /** Problems that stop the build in the given mode. */
    public List<Problem> errors(SiteMode mode) {
        return problems().stream().filter(p -> !p.note() && (mode == SiteMode.PUBLISH || !p.warningInPreview()))
                .toList();
    }

    /** Notices: publish-only problems in the preview, and notes (advice) in every mode. */
    public List<Problem> warnings(SiteMode mode) {
        return problems().stream().filter(p -> p.note() || (mode == SiteMode.PREVIEW && p.warningInPreview()))
                .toList();
    }

    /** Advice that never stops a build (Problem#note). */
    public List<Problem> notes() {
        return problems().stream().filter(Problem::note).toList();
    }
}
