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
            // the open-data downloads written by JobcenterPages
            urls.add(new SiteUrls.Origin("/" + JobcenterPages.CSV, JobcenterData.FILE, 0), out);
            urls.add(new SiteUrls.Origin("/" + JobcenterPages.JSON, JobcenterData.FILE, 0), out);
            // the Jobcenter-Finder's search index, written at every bake from the same data
            urls.add(new SiteUrls.Origin("/" + SuchindexRenderer.PFAD, GemeindenCsv.FILE, 0), out);
        }
    }

    /**
     * Addresses written at bake time from the content itself (jbake.properties: tag.path, site.generators):
     * the feed, sitemap.xml, robots.txt, the Schlagwort pages and the .ics file of every Termin.
     */
    public static void registerAktuelles(java.nio.file.Path root, List<ContentFile> pages, SiteUrls urls, List<Problem> out)
            throws java.io.IOException {
        java.util.Properties props = new java.util.Properties();
        java.nio.file.Path file = root.resolve("jbake.properties");
        if (java.nio.file.Files.exists(file)) {
            try (var r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                props.load(r);
            }
        }
        if ("true".equals(props.getProperty("site.generators"))) {
            for (String url : List.of("/aktuelles/feed.xml", "/sitemap.xml", "/robots.txt")) {
                urls.add(new SiteUrls.Origin(url, "jbake.properties", 0), out);
            }
        }
        String tagPath = "/" + props.getProperty("tag.path", "tags").replaceAll("^/|/$", "") + "/";
        boolean sanitize = "true".equals(props.getProperty("tag.sanitize"));
        if (!"false".equals(props.getProperty("render.tagsindex", "false"))) {
            urls.add(new SiteUrls.Origin(tagPath, "jbake.properties", 0), out);
        }
        java.util.Set<String> tags = new java.util.TreeSet<>();
        for (ContentFile page : pages) {
            if (page.header() == null) {
                continue;
            }
            if (page.header().get("tags") != null && !"false".equals(props.getProperty("render.tags", "true"))) {
                for (String tag : TagChecker.tags(page.header().get("tags"))) {
                    tags.add(sanitize ? tag.replace(' ', '-') : tag);
                }
            }
            if ("termin".equals(page.header().get("type")) && page.url().endsWith(".html")) {
                urls.add(new SiteUrls.Origin(page.url().substring(0, page.url().length() - ".html".length()) + ".ics",
                        page.file(), 0), out);
            }
        }
        for (String tag : tags) {
            urls.add(new SiteUrls.Origin(tagPath + tag + ".html", "jbake.properties", 0), out);
        }
    }
}
