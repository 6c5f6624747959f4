package de.kjchessen.build.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.model.TemplateModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lists behind JBake's {@code tag_posts} and {@code tags} (its TagPostsExtractor and TagsExtractor), with the same
 * content and order, read from the store once per bake. JBake's extractors run a full query per tag ({@code ? in tags}
 * has no index, and every match comes back with its body); {@code tags} runs one per tag and document type. At 4000
 * Pressemitteilungen the Schlagwort pages took about a second of queries for ten tags.
 *
 * <p>Filtering "published posts, newest first" by a tag keeps the order of JBake's per-tag query: both read the same
 * documents in the same order and sort them by date with the same stable sort, only one drops the other tags.
 */
final class TagLists {

    /** The template variables served here (JBake's names, ModelAttributes.TAG_POSTS and TAGS). */
    static final Set<String> KEYS = Set.of("tag_posts", "tags");

    private final ContentStore db;
    private Map<String, List<DocumentModel>> postsByTag;

    TagLists(ContentStore db) {
        this.db = db;
    }

    /** JBake's value for {@code key} on a page with this model; null where JBake's own extractor must answer. */
    DocumentList<?> get(String key, Map<String, Object> model) {
        if ("tag_posts".equals(key)) {
            Object tag = model.get("tag");
            return tag == null ? null : posts(tag.toString());
        }
        return tags(model);
    }

    /** As TagPostsExtractor: the published posts with the tag, newest first. */
    DocumentList<DocumentModel> posts(String tag) {
        if (postsByTag == null) {
            postsByTag = byTag(db.getPublishedPosts());
        }
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(postsByTag.getOrDefault(tag, List.of()));
        return list;
    }

    /** As TagsExtractor: every tag in JBake's order with its uri, its posts and its documents of every type. */
    private DocumentList<TemplateModel> tags(Map<String, Object> model) {
        Map<?, ?> config = (Map<?, ?>) model.get("config");
        String tagPath = config.get("tag_path").toString();
        String extension = config.get("output_extension").toString();
        List<Map<String, List<DocumentModel>>> byType = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            byType.add(byTag(db.getPublishedContent(type)));
        }
        DocumentList<TemplateModel> tags = new DocumentList<>();
        for (String tag : db.getAllTags()) {
            TemplateModel entry = new TemplateModel();
            entry.setName(tag);
            entry.setUri(tagPath + "/" + tag + extension);
            entry.setTaggedPosts(posts(tag));
            DocumentList<DocumentModel> documents = new DocumentList<>();
            for (Map<String, List<DocumentModel>> type : byType) {
                documents.addAll(type.getOrDefault(tag, List.of()));
            }
            entry.setTaggedDocuments(documents);
            tags.push(entry);
        }
        return tags;
    }

    private static Map<String, List<DocumentModel>> byTag(List<DocumentModel> documents) {
        Map<String, List<DocumentModel>> byTag = new HashMap<>();
        for (DocumentModel document : documents) {
            String[] tags = document.getTags();
            if (tags == null) {
                continue;
            }
            for (String tag : new LinkedHashSet<>(Arrays.asList(tags))) { // "? in tags" matches a document once, however often it names the tag
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(document);
            }
        }
        return byTag;
    }
}
