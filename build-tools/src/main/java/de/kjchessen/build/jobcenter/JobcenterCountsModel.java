package de.kjchessen.build.jobcenter;

import de.kjchessen.build.content.FactDates;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Gives every template the counts of the Jobcenter ({@code jobcenter_zahlen[0]}: gesamt, kommunal,
 * gemeinsame_einrichtungen, landkreise, kreisfreie_staedte), computed from the one reading of data/jobcenter.yaml,
 * so no template counts. JBake hands extractor results to Freemarker as a sequence, hence the one-element list.
 */
public class JobcenterCountsModel implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        File dataFolder = (File) ((Map<?, ?>) model.get("config")).get("dataFolder");
        if (!JobCentreFile.exists(dataFolder.toPath())) {
            return List.of();
        }
        JobCentreFile file = JobCentreFile.load(dataFolder.toPath());
        Map<String, Object> zahlen = new java.util.LinkedHashMap<>(HessenCounts.of(file).model());
        zahlen.put("stand", file.stand() == null ? "" : file.stand().format(FactDates.GERMAN));
        return List.of(zahlen);
    }
}
