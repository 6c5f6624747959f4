package de.kjchessen.build.content;

import de.kjchessen.build.DatedFact;
import de.kjchessen.build.Problem;
import de.kjchessen.build.data.DataFiles;
import de.kjchessen.build.data.YamlFile;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * When facts were last checked and until when they hold, one mechanism for page headers and data files: a page
 * header may carry {@code stand=JJJJ-MM-TT} and {@code gueltig_bis=JJJJ-MM-TT}, and any entry of a data/*.yaml file
 * {@code stand:} and {@code gueltig_bis:}. A check older than {@link #REVIEW_AFTER} is a note in the preview (and
 * on its review page), a validity that has ended is a note in the preview; both stop the publish build.
 */
public final class FactDates {

    public static final String STAND = "stand";
    public static final String GUELTIG_BIS = "gueltig_bis";
    static final java.time.Period REVIEW_AFTER = java.time.Period.ofMonths(12);
    public static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

    private FactDates() {
    }

    /** Every {@code stand} and {@code gueltig_bis} of pages and data files, in file order. */
    public static List<DatedFact> collect(List<ContentFile> pages, DataFiles data) {
        List<DatedFact> facts = new ArrayList<>();
        for (ContentFile page : pages) {
            if (page.header() == null) {
                continue;
            }
            for (String key : List.of(STAND, GUELTIG_BIS)) {
                String value = page.header().get(key);
                if (value != null) {
                    parse(value).ifPresent(d -> facts.add(new DatedFact(page.file(), page.header().lines().get(key), key, d)));
                }
            }
        }
        data.all().forEach((file, yaml) -> walk(file, yaml.root(), facts));
        return facts;
    }

    private static void walk(String file, Node node, List<DatedFact> facts) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && (k.getValue().equals(STAND) || k.getValue().equals(GUELTIG_BIS))
                        && t.getValueNode() instanceof ScalarNode v) {
                    // malformed dates are the schema's to report
                    parse(v.getValue()).ifPresent(d -> facts.add(new DatedFact(file, YamlFile.line(v), k.getValue(), d)));
                } else {
                    walk(file, t.getValueNode(), facts);
                }
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(n -> walk(file, n, facts));
        }
    }

    private static java.util.Optional<LocalDate> parse(String value) {
        try {
            return java.util.Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** A check that is due: older than twelve months on {@code day}. */
    public static boolean due(DatedFact f, LocalDate day) {
        return f.key().equals(STAND) && f.date().plus(REVIEW_AFTER).isBefore(day);
    }

    /** A validity that has ended before {@code day}. */
    public static boolean expired(DatedFact f, LocalDate day) {
        return f.key().equals(GUELTIG_BIS) && f.date().isBefore(day);
    }

    /**
     * A check older than twelve months is a note in every build (it must not stop the morning build that publishes a
     * Sperrfrist release); an ended validity is a note in the preview and stops the publish build.
     */
    public static void check(List<DatedFact> facts, LocalDate day, List<Problem> out) {
        for (DatedFact f : facts) {
            if (due(f, day)) {
                out.add(Problem.note(f.file(), f.line(), "Diese Angaben wurden zuletzt am " + f.date().format(GERMAN)
                        + " mit ihren Quellen abgeglichen, vor mehr als zwölf Monaten. Prüfen Sie sie erneut und schreiben "
                        + "Sie dann das Datum der Prüfung bei stand (JJJJ-MM-TT)."));
            } else if (expired(f, day)) {
                out.add(Problem.publishOnly(f.file(), f.line(), "Diese Angabe gilt nur bis " + f.date().format(GERMAN)
                        + " (gueltig_bis), dieser Tag ist vorbei. Aktualisieren Sie die Angabe mit einer neuen Quelle "
                        + "oder entfernen Sie sie."));
            }
        }
    }

    /** The review page the preview serves at {@code /__vorschau/pruefen/}: every dated fact, the due ones first. */
    public static String reviewPage(List<DatedFact> facts, LocalDate day) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Stand der Angaben "
                + "(Vorschau)</title></head><body><main><h1>Stand der Angaben</h1><p>Diese Seite gibt es nur in der "
                + "Vorschau. Sie listet jede Angabe mit <code>stand</code> (letzte Prüfung) oder <code>gueltig_bis</code>"
                + " (Ende der Gültigkeit), berechnet für den " + day.format(GERMAN) + ". Zu prüfen ist, was älter als "
                + "zwölf Monate oder abgelaufen ist.</p><table><thead><tr><th scope=\"col\">Datei, Zeile</th>"
                + "<th scope=\"col\">Angabe</th><th scope=\"col\">Datum</th><th scope=\"col\">Zu tun</th></tr></thead><tbody>");
        facts.stream().sorted(Comparator.comparing((DatedFact f) -> !(due(f, day) || expired(f, day)))
                .thenComparing(DatedFact::date)).forEach(f -> html.append("<tr><td>").append(escape(f.file())).append(", Zeile ")
                .append(f.line()).append("</td><td>").append(f.key()).append("</td><td>").append(f.date().format(GERMAN))
                .append("</td><td>").append(due(f, day) ? "erneut prüfen" : expired(f, day) ? "abgelaufen: aktualisieren"
                        : "–").append("</td></tr>"));
        return html.append("</tbody></table></main></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
