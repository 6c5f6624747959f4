package de.kjchessen.build.finder;

import de.kjchessen.build.Problem;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which Jobcenter is responsible for which Gemeinde: every Gemeinde maps through its Kreis AGS to exactly
 * one Jobcenter. The join reports every Gemeinde without a Jobcenter, so none is silently left out of the finder.
 */
public final class Zustaendigkeiten {

    /** One Gemeinde with the Jobcenter responsible for it. */
    public record Eintrag(Gemeinde gemeinde, Jobcenter jobcenter) {
    }

    /** German sort order (DIN 5007-1: "Ä" sorts with "A"), as people expect it in a printed list. */
    static final Comparator<String> DEUTSCH = Collator.getInstance(Locale.GERMAN)::compare;

    private final List<Eintrag> eintraege;
    private final List<Jobcenter> jobcenter;

    private Zustaendigkeiten(List<Eintrag> eintraege, List<Jobcenter> jobcenter) {
        this.eintraege = eintraege;
        this.jobcenter = jobcenter;
    }

    public static Zustaendigkeiten join(List<Gemeinde> gemeinden, String gemeindenFile, List<Jobcenter> jobcenter,
                                        String jobcenterFile, List<Problem> out) {
        // Duplicate Kreis keys and Jobcenter without any Gemeinde are reported by JobcenterDataChecker; the finder
        // adds the other direction: a Gemeinde whose Kreis has no Jobcenter would silently drop out of it.
        Map<String, Jobcenter> byAgs = new HashMap<>();
        jobcenter.forEach(j -> byAgs.putIfAbsent(j.kreisAgs(), j));
        List<Eintrag> eintraege = new ArrayList<>();
        for (Gemeinde g : gemeinden) {
            Jobcenter j = byAgs.get(g.kreisAgs());
            if (j == null) {
                out.add(Problem.error(gemeindenFile, g.line(), "Für die Gemeinde " + g.name() + " (Kreis " + g.kreisAgs()
                        + ") gibt es in " + jobcenterFile + " kein Jobcenter. Prüfen Sie den Kreisschlüssel oder "
                        + "ergänzen Sie das Jobcenter mit ags: \"" + g.kreisAgs() + "\"."));
                continue;
            }
            eintraege.add(new Eintrag(g, j));
        }
        eintraege.sort(Comparator.comparing((Eintrag e) -> e.gemeinde().name(), DEUTSCH)
                .thenComparing(e -> e.gemeinde().ags()));
        List<Jobcenter> sorted = jobcenter.stream().sorted(Comparator.comparing(Jobcenter::kreisAgs)).toList();
        return new Zustaendigkeiten(List.copyOf(eintraege), sorted);
    }

    /** Every Gemeinde with its Jobcenter, in German alphabetical order. */
    public List<Eintrag> eintraege() {
        return eintraege;
    }

    /** Jobcenter in order of their Kreis AGS. */
    public List<Jobcenter> jobcenter() {
        return jobcenter;
    }

    public long gemeindenIn(Jobcenter j) {
        return eintraege.stream().filter(e -> e.jobcenter().equals(j)).count();
    }

    /** Gemeinden grouped by first letter ("Ö" under "O"), letters in order. */
    public Map<String, List<Eintrag>> nachBuchstabe() {
        Map<String, List<Eintrag>> groups = new LinkedHashMap<>();
        for (Eintrag e : eintraege) {
            groups.computeIfAbsent(buchstabe(e.gemeinde().name()), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** Postcode → the Gemeinden that use it (one postcode may span several Gemeinden and even Kreise). */
    public TreeMap<String, List<Eintrag>> nachPostleitzahl() {
        TreeMap<String, List<Eintrag>> byPlz = new TreeMap<>();
        for (Eintrag e : eintraege) {
            for (String plz : e.gemeinde().plz()) {
                byPlz.computeIfAbsent(plz, k -> new ArrayList<>()).add(e);
            }
        }
        return byPlz;
    }

    static String buchstabe(String name) {
        String first = Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD).substring(0, 1);
        return first.toUpperCase(Locale.GERMAN);
    }
}
