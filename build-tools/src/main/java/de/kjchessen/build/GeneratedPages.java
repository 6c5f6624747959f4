package de.kjchessen.build;

import de.kjchessen.build.finder.GemeindenCsv;
import de.kjchessen.build.finder.SuchindexRenderer;

import java.util.List;
import java.util.Map;

/**
 * Addresses that build-tools generates from data files rather than from a file in content/. Links to them
 * are valid, and a content file must not take one of them.
 */
public final class GeneratedPages {

    private GeneratedPages() {
    }

    public static void register(DataFiles data, SiteUrls urls, List<Problem> out) {
        if (data.get(JobcenterData.FILE).isPresent()) {
            urls.add(new SiteUrls.Origin("/jobcenter/", JobcenterData.FILE, 0), out);
            for (Map.Entry<String, Integer> id : JobcenterData.ids(data.get(JobcenterData.FILE)).entrySet()) {
                urls.add(new SiteUrls.Origin("/jobcenter/" + id.getKey() + "/", JobcenterData.FILE, id.getValue()), out);
            }
            // the Jobcenter-Finder's search index, written at every bake from the same data
            urls.add(new SiteUrls.Origin("/" + SuchindexRenderer.PFAD, GemeindenCsv.FILE, 0), out);
        }
    }
}
