package de.kjchessen.build.validate;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteConfig;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.Embargo;
import de.kjchessen.build.content.Header;
import de.kjchessen.build.data.DataFiles;
import de.kjchessen.build.finder.SearchIndexRenderer;
import de.kjchessen.build.jobcenter.GemeindenCsv;
import de.kjchessen.build.jobcenter.JobCentre;
import de.kjchessen.build.jobcenter.JobcenterPages;
import de.kjchessen.build.news.ArchiveYears;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Addresses that the bake produces from data and headers rather than from one file in content/: links to them
 * are valid, and a content file must not take one of them. Mirrors jbake.properties (Schlagwort pages) and the
 * generators in build-tools (Jobcenter pages, archive years, feed, sitemap.xml, robots.txt, one .ics per Termin).
 */
public final class GeneratedPages {

    private GeneratedPages() {
    }

    public static void register(Path root, DataFiles data, List<ContentFile> pages, SiteUrls urls, List<Problem> out)
            throws IOException {
        SiteConfig config = SiteConfig.of(root);
        if (data.get(JobCentre.FILE).isPresent()) {
            urls.add(new SiteUrls.Origin("/jobcenter/", JobCentre.FILE, 0), out);
            List<JobCentre> jobcentre = JobCentre.from(data.get(JobCentre.FILE).get(), new java.util.ArrayList<>());
            for (Map.Entry<String, Integer> id : JobCentre.ids(jobcentre).entrySet()) {
                urls.add(new SiteUrls.Origin(JobCentre.path(id.getKey()), JobCentre.FILE, id.getValue()), out);
            }
            // the open-data downloads written by JobcenterPages
            urls.add(new SiteUrls.Origin("/" + JobcenterPages.CSV, JobCentre.FILE, 0), out);
            urls.add(new SiteUrls.Origin("/" + JobcenterPages.JSON, JobCentre.FILE, 0), out);
            // the Jobcenter-Finder's search index, written at every bake from the same data
            urls.add(new SiteUrls.Origin("/" + SearchIndexRenderer.PATH, GemeindenCsv.FILE, 0), out);
        }
        if (config.get("template." + ArchiveYears.TYPE + ".file", null) != null) {
            // generate.ArchivJahre: one archive page per year with a published Pressemitteilung (not one under Sperrfrist)
            for (ContentFile page : pages) {
                Header h = page.header();
                if (h != null && "post".equals(h.get("type")) && "published".equals(h.get("status"))
                        && h.get("date") != null && h.get("date").matches("\\d{4}-.*")
                        && !Embargo.embargoed(h, BuildClock.now())) {
                    String url = "/" + ArchiveYears.PATH + h.get("date").substring(0, 4) + "/";
                    if (!urls.exists(url)) {
                        urls.add(new SiteUrls.Origin(url, page.file(), h.lines().get("date")), out);
                    }
                }
            }
        }
        if (config.flag("render.tags")) {
            String tagPath = "/" + config.get("tag.path", "tags").replaceAll("^/+|/+$", "") + "/";
            boolean sanitize = config.flag("tag.sanitize");
            if (config.flag("render.tagsindex")) {
                urls.add(new SiteUrls.Origin(tagPath, SiteConfig.FILE, 0), out);
            }
            Map<String, ContentFile> tags = new LinkedHashMap<>();
            for (ContentFile page : pages) {
                if (page.header() != null && page.header().get("tags") != null) {
                    Header.tags(page.header().get("tags")).forEach(t -> tags.putIfAbsent(t, page));
                }
            }
            // Several pages share a Schlagwort page; spelling clashes are TagChecker's job, so no clash check here.
            tags.forEach((tag, page) -> {
                String url = tagPath + (sanitize ? tag.replace(" ", "-") : tag) + ".html";
                if (!urls.exists(url)) {
                    urls.add(new SiteUrls.Origin(url, page.file(), page.header().lines().get("tags")), out);
                }
            });
        }
        if (config.flag("site.generators")) {
            for (String path : List.of("/aktuelles/feed.xml", "/sitemap.xml", "/robots.txt")) {
                urls.add(new SiteUrls.Origin(path, SiteConfig.FILE, 0), out);
            }
            for (ContentFile page : pages) {
                if (page.header() != null && "termin".equals(page.header().get("type"))) {
                    String url = page.url().endsWith("/") ? page.url() + "index.ics"
                            : page.url().replaceAll("\\.html$", ".ics");
                    urls.add(new SiteUrls.Origin(url, page.file(), 0), out);
                }
            }
        }
    }
}
