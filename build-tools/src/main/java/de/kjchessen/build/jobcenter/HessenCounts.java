package de.kjchessen.build.jobcenter;

import java.util.List;
import java.util.Map;

/**
 * The figures the site shows about the Jobcenter in Hessen, computed from data/jobcenter.yaml (one source), once
 * per reading of the file: the templates ({@code jobcenter_zahlen}, the Jobcenter pages) and the count placeholders
 * of the pages ({@code {{anzahl.…}}}) all take them from here.
 */
public record HessenCounts(int total, int kommunal, int gemeinsameEinrichtungen, int landkreise, int kreisfreieStaedte) {

    private static volatile Map.Entry<JobCentreFile, HessenCounts> last;

    /** The counts of the file as {@link JobCentreFile#load} read it (the same reading gives the same object). */
    public static HessenCounts of(JobCentreFile file) {
        Map.Entry<JobCentreFile, HessenCounts> l = last;
        if (l != null && l.getKey() == file) {
            return l.getValue();
        }
        HessenCounts counts = of(file.all());
        last = Map.entry(file, counts);
        return counts;
    }

    public static HessenCounts of(List<JobCentre> all) {
        int kommunal = (int) all.stream().filter(JobCentre::kommunal).count();
        int staedte = (int) all.stream().filter(j -> JobCentre.KREISFREIE_STADT.equals(j.art())).count();
        return new HessenCounts(all.size(), kommunal, all.size() - kommunal, all.size() - staedte, staedte);
    }

    public Map<String, Object> model() {
        return Map.of("gesamt", total, "kommunal", kommunal, "gemeinsame_einrichtungen", gemeinsameEinrichtungen,
                "landkreise", landkreise, "kreisfreie_staedte", kreisfreieStaedte);
    }
}
