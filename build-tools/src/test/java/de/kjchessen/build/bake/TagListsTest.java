package de.kjchessen.build.bake;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.model.TagPostsExtractor;
import org.jbake.template.model.TagsExtractor;
import org.jbake.template.model.TemplateModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * {@link TagLists} must give the templates exactly what JBake's TagPostsExtractor and TagsExtractor give: the same
 * documents in the same order (drafts left out, date ties, a tag named twice, tags on pages as well as posts).
 */
class TagListsTest {

    private ContentStore db;

    @BeforeEach
    void store() {
        db = new ContentStore("memory", "taglists-" + System.nanoTime());
        db.startup();
        DocumentTypes.resetDocumentTypes();
        for (String type : List.of("post", "page", "termin")) {
            DocumentTypes.addDocumentType(type);
        }
        db.updateSchema();
        add("post", "a", 5, "published", "Familie", "Arbeit");
        add("post", "b", 5, "published", "Arbeit"); // same day as a
        add("post", "c", 7, "published", "Arbeit", "Arbeit"); // the tag twice
        add("post", "d", 9, "draft", "Arbeit", "Familie");
        add("post", "e", 3, "published", "Förderung");
        add("page", "f", 4, "published", "Familie");
        add("termin", "g", 8, "published", "Arbeit");
        add("post", "h", 5, "published", "Familie");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tagPostsAreJBakesForEveryTag() {
        TagLists lists = new TagLists(db);
        for (String tag : db.getAllTags()) {
            Map<String, Object> model = new HashMap<>(Map.of("tag", tag));
            List<String> ours = uris(lists.get("tag_posts", model));
            List<String> jbakes = uris(new TagPostsExtractor().get(db, model, "tag_posts"));
            assertEquals(jbakes, ours, tag);
        }
        List<String> arbeit = uris(lists.get("tag_posts", new HashMap<>(Map.of("tag", "Arbeit"))));
        assertEquals("c.html", arbeit.get(0)); // newest first
        assertFalse(arbeit.contains("d.html")); // a draft
        assertFalse(arbeit.contains("g.html")); // not a post
    }

    @Test
    void tagsAreJBakesIncludingEveryTypesDocuments() {
        Map<String, Object> model = new HashMap<>();
        model.put("config", Map.of("tag_path", "aktuelles/schlagworte", "output_extension", ".html"));
        List<?> ours = new TagLists(db).get("tags", model);
        List<?> jbakes = new TagsExtractor().get(db, model, "tags");
        assertEquals(describe(jbakes), describe(ours));
        assertFalse(describe(ours).isEmpty());
    }

    @Test
    void aBrokenListIsNoticed() {
        // the comparison above can fail: one document fewer makes a different list
        Map<String, Object> model = new HashMap<>(Map.of("tag", "Familie"));
        List<String> ours = new ArrayList<>(uris(new TagLists(db).get("tag_posts", model)));
        ours.remove(0);
        assertNotEquals(uris(new TagPostsExtractor().get(db, model, "tag_posts")), ours);
    }

    private void add(String type, String name, int day, String status, String... tags) {
        DocumentModel document = new DocumentModel();
        document.setType(type);
        document.setStatus(status);
        document.setTitle(name.toUpperCase());
        document.setUri(name + ".html");
        document.setSourceUri(name + ".md");
        document.setSha1(name);
        document.setRendered(false);
        document.setCached(true);
        document.setDate(new Date(1_700_000_000_000L + day * 86_400_000L));
        document.setTags(tags);
        db.addDocument(document);
    }

    private static List<String> uris(List<?> documents) {
        return documents.stream().map(d -> ((DocumentModel) d).getUri()).toList();
    }

    private static List<String> describe(List<?> tags) {
        List<String> out = new ArrayList<>();
        for (Object t : tags) {
            TemplateModel tag = (TemplateModel) t;
            out.add(tag.get("name") + " " + tag.get("uri") + " posts=" + uris((List<?>) tag.get("tagged_posts"))
                    + " documents=" + uris((List<?>) tag.get("tagged_documents")));
        }
        return out;
    }
}
