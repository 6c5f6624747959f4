package de.kjchessen.build.news;

import de.kjchessen.build.content.GeneratedPage;
import de.kjchessen.build.content.RenderingStep;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One archive page per year with a Pressemitteilung: /aktuelles/archiv/JJJJ/, newest first. The archive grows
 * for years, so no list page holds all of it: /aktuelles/ shows the newest, /aktuelles/archiv/ the years.
 *
 * <p>Reads the published posts once per bake and renders each year with the template named by
 * template.archivjahr.file. Runs before LinearDocumentsRenderer (see META-INF/services) and records each page
 * in the content store as rendered (with "year" and "anzahl"), so the archive page lists the years from
 * published_archivjahrs and the sitemaps, which that renderer and SiteGenerators write, list them.
 */
public class ArchiveYears extends RenderingStep {

    public static final String TYPE = "archivjahr";
    /** Where the year pages live: under the archive page content/aktuelles/archiv/index.md. */
    public static final String PATH = "aktuelles/archiv/";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (config.getTemplateByDocType(TYPE) == null) {
            return 0; // a site without the archive (test fixtures)
        }
        Map<Integer, List<DocumentModel>> byYear = byYear(db.getPublishedPosts());
        int rendered = 0;
        try {
            for (Map.Entry<Integer, List<DocumentModel>> year : byYear.entrySet()) {
                renderer.render(GeneratedPage.record(db, page(year.getKey(), year.getValue()), "jahr", "anzahl"));
                rendered++;
            }
        } catch (Exception e) {
            throw new RenderingException("Das Archiv der Pressemitteilungen konnte nicht erzeugt werden: " + e.getMessage());
        }
        return rendered;
    }

    /** Years newest first, each with its posts in the store's order (date descending). */
    static Map<Integer, List<DocumentModel>> byYear(List<DocumentModel> postsNewestFirst) {
        Map<Integer, List<DocumentModel>> years = new LinkedHashMap<>();
        for (DocumentModel post : postsNewestFirst) {
            years.computeIfAbsent(year(post.getDate()), y -> new ArrayList<>()).add(post);
        }
        return years;
    }

    /** The year of the header's date: JBake parsed it in the JVM's zone, and the templates print it in that zone. */
    public static int year(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).getYear();
    }

    static DocumentModel page(int year, List<DocumentModel> posts) {
        DocumentModel doc = GeneratedPage.model(TYPE, PATH + year + "/index.html", "Meldungen " + year,
                "Alle Meldungen aus dem Jahr " + year
                        + ", die neuesten zuerst.", posts.get(0).getDate()); // the newest post: sitemap.xml's lastmod
        doc.put("jahr", String.valueOf(year));
        doc.put("anzahl", posts.size());
        doc.put("posts", posts);
        return doc;
    }
}
