package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
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
public final class Responsibilities {

    /**
     * One Gemeinde with the Jobcenter responsible for it on the build day, and the change to announce or name
     * (null if none).
     */
    public record Entry(Gemeinde gemeinde, JobCentre jobcenter, ResponsibilityChange wechsel) {
        public Entry(Gemeinde gemeinde, JobCentre jobcenter) {
            this(gemeinde, jobcenter, null);
        }

        /** The announcement or "seit" sentence, or "" if there is none to show. */
        public String hinweis() {
            return wechsel == null ? "" : wechsel.sentence();
        }

        /** The same, short, for the lists of Gemeinden. */
        public String shortNote() {
            return wechsel == null ? "" : wechsel.shortForm();
        }
    }

    /** German sort order (DIN 5007-1: "Ä" sorts with "A"), as people expect it in a printed list. */
    static final Comparator<String> GERMAN = Collator.getInstance(Locale.GERMAN)::compare;

    private final List<Entry> entries;
    private final List<JobCentre> jobcenter;

    private Responsibilities(List<Entry> entries, List<JobCentre> jobcenter) {
        this.entries = entries;
        this.jobcenter = jobcenter;
    }

    /**
     * Joins on {@code day}: a Gemeinde belongs to its Kreis's Jobcenter unless another Jobcenter lists it under
     * zustaendig_fuer with a day that has come.
     */
    public static Responsibilities join(List<Gemeinde> gemeinden, String gemeindenFile, List<JobCentre> jobcenter,
                                        String jobcenterFile, LocalDate day, List<Problem> out) {
        // Duplicate Kreis keys and Jobcenter without any Gemeinde are reported by JobcenterDataChecker; the finder
        // adds the other direction: a Gemeinde whose Kreis has no Jobcenter would silently drop out of it.
        Map<String, JobCentre> byAgs = new HashMap<>();
        jobcenter.forEach(j -> byAgs.putIfAbsent(j.ags(), j));
        Map<String, JobCentre> ausnahmeVon = new HashMap<>();
        Map<String, JobCentre.Takeover> ausnahmen = new HashMap<>();
        Map<String, Gemeinde> gemeindeByAgs = new HashMap<>();
        gemeinden.forEach(g -> gemeindeByAgs.put(g.ags(), g));
        for (JobCentre j : jobcenter) {
            for (JobCentre.Takeover a : j.takeovers()) {
                if (!gemeindeByAgs.containsKey(a.gemeindeAgs())) {
                    out.add(Problem.error(jobcenterFile, a.line(), "Eine Gemeinde mit dem Schlüssel " + a.gemeindeAgs()
                            + " gibt es in " + gemeindenFile + " nicht. Schreiben Sie bei gemeinde: den achtstelligen "
                            + "Gemeindeschlüssel aus der Spalte ags."));
                } else if (ausnahmeVon.putIfAbsent(a.gemeindeAgs(), j) != null) {
                    out.add(Problem.error(jobcenterFile, a.line(), "Die Gemeinde " + gemeindeByAgs.get(a.gemeindeAgs()).name()
                            + " steht schon bei " + ausnahmeVon.get(a.gemeindeAgs()).id() + " unter zustaendig_fuer. "
                            + "Jede Gemeinde hat genau ein zuständiges Jobcenter: Löschen Sie einen der beiden Einträge."));
                } else {
                    ausnahmen.put(a.gemeindeAgs(), a);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Gemeinde g : gemeinden) {
            JobCentre j = byAgs.get(g.kreisAgs());
            JobCentre.Takeover a = ausnahmen.get(g.ags());
            if (a != null) {
                JobCentre neu = ausnahmeVon.get(g.ags());
                JobCentre bisher = j == null ? neu : j;
                ResponsibilityChange w = ResponsibilityChange.am(a.ab(), bisher, neu, day);
                entries.add(new Entry(g, a.ab().isAfter(day) ? bisher : neu, bisher == neu ? null : w));
                continue;
            }
            if (j == null) {
                out.add(Problem.error(gemeindenFile, g.line(), "Für die Gemeinde " + g.name() + " (Kreis " + g.kreisAgs()
                        + ") gibt es in " + jobcenterFile + " kein Jobcenter. Prüfen Sie den Kreisschlüssel oder "
                        + "ergänzen Sie das Jobcenter mit ags: \"" + g.kreisAgs() + "\"."));
                continue;
            }
            entries.add(new Entry(g, j));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.gemeinde().name(), GERMAN)
                .thenComparing(e -> e.gemeinde().ags()));
        List<JobCentre> sorted = jobcenter.stream().sorted(Comparator.comparing(JobCentre::ags)).toList();
        return new Responsibilities(List.copyOf(entries), sorted);
    }

    /** Every Gemeinde with its Jobcenter, in German alphabetical order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Jobcenter in order of their Kreis AGS. */
    public List<JobCentre> jobcenter() {
        return jobcenter;
    }

    /** The Gemeinden a Jobcenter serves on the build day, or will serve after an announced change. */
    public List<Entry> gemeindenOf(String jobcenterId) {
        return entries.stream().filter(e -> e.jobcenter().id().equals(jobcenterId)
                || e.wechsel() != null && e.wechsel().upcoming() && e.wechsel().neu().id().equals(jobcenterId)).toList();
    }

    /** Changes that concern a Jobcenter (to it or away from it) and are still to be shown. */
    public List<Entry> changesFor(String jobcenterId) {
        return entries.stream().filter(e -> e.wechsel() != null && (e.wechsel().neu().id().equals(jobcenterId)
                || e.wechsel().bisher().id().equals(jobcenterId))).toList();
    }

    /** The entry of one Gemeinde by its 8-digit key. */
    public java.util.Optional<Entry> gemeinde(String ags) {
        return entries.stream().filter(e -> e.gemeinde().ags().equals(ags)).findFirst();
    }

    /** Gemeinden grouped by first letter ("Ö" under "O"), letters in order. */
    public Map<String, List<Entry>> byLetter() {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(letter(e.gemeinde().name()), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** Postcode → the Gemeinden that use it (one postcode may span several Gemeinden and even Kreise). */
    public TreeMap<String, List<Entry>> byPostcode() {
        TreeMap<String, List<Entry>> byPlz = new TreeMap<>();
        for (Entry e : entries) {
            for (String plz : e.gemeinde().plz()) {
                byPlz.computeIfAbsent(plz, k -> new ArrayList<>()).add(e);
            }
        }
        return byPlz;
    }

    static String letter(String name) {
        String first = Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD).substring(0, 1);
        return first.toUpperCase(Locale.GERMAN);
    }
}
