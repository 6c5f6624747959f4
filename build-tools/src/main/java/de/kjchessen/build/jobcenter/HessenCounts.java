package de.kjchessen.build.jobcenter;

import java.util.List;
import java.util.Map;

/** The figures the site shows about the Jobcenter in Hessen, computed from data/jobcenter.yaml (one source). */
public record HessenCounts(int gesamt, int kommunal, int gemeinsameEinrichtungen, int landkreise, int kreisfreieStaedte) {

    public static HessenCounts of(List<JobCentre> all) {
        int kommunal = (int) all.stream().filter(JobCentre::kommunal).count();
        int staedte = (int) all.stream().filter(j -> JobCentre.KREISFREIE_STADT.equals(j.art())).count();
        return new HessenCounts(all.size(), kommunal, all.size() - kommunal, all.size() - staedte, staedte);
    }

    public Map<String, Object> model() {
        return Map.of("gesamt", gesamt, "kommunal", kommunal, "gemeinsame_einrichtungen", gemeinsameEinrichtungen,
                "landkreise", landkreise, "kreisfreie_staedte", kreisfreieStaedte);
    }
}
