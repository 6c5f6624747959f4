package de.kjchessen.build.content;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A page the build makes from data rather than from a file in content/ (Jobcenter pages, archive years): its
 * model for JBake's Renderer, and its record in the content store, so that once-per-build lists (sitemaps,
 * published_content) see it like any other page.
 */
public final class GeneratedPage {

    /** The fields every page record carries; lists and sitemaps read nothing else. */
    private static final List<String> RECORDED = List.of("type", "uri", "sourceuri", "noExtensionUri", "title",
            "description", "status", "date", "rendered", "cached");

    private GeneratedPage() {
    }

    /** A published page at {@code uri} ("jobcenter/kassel/index.html"), already rendered as far as JBake knows. */
    public static DocumentModel model(String type, String uri, String title, String description, Date date) {
        DocumentModel doc = new DocumentModel();
        doc.setType(type);
        doc.setUri(uri);
        doc.setSourceUri(uri);
        doc.setNoExtensionUri(uri.replace("index.html", ""));
        doc.setTitle(title);
        doc.put("description", description);
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.setDate(date);
        doc.setRendered(true);
        doc.setCached(true);
        return doc;
    }

    /**
     * Records the page in the content store with its scalar fields only (plus {@code extraKeys}), not the data
     * the template needs, and returns the model unchanged for rendering.
     */
    public static DocumentModel record(ContentStore db, DocumentModel doc, String... extraKeys) {
        List<String> keys = new ArrayList<>(RECORDED);
        keys.addAll(List.of(extraKeys));
        DocumentModel entry = new DocumentModel();
        for (String key : keys) {
            if (doc.get(key) != null) {
                entry.put(key, doc.get(key));
            }
        }
        db.addDocument(entry);
        return doc;
    }
}
