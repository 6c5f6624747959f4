package de.kjchessen.build.bake;

import com.orientechnologies.orient.core.db.ODatabaseDocumentInternal;
import com.orientechnologies.orient.core.db.ODatabaseRecordThreadLocal;
import com.orientechnologies.orient.core.sql.executor.OResultSet;
import de.kjchessen.build.content.RenderingStep;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders every document of the bake in linear time, in place of JBake's own DocumentsRenderer.
 *
 * <p>JBake 2.7's DocumentsRenderer queries, copies and sorts all documents of a type once <em>per page</em>
 * just to find the previous/next neighbour, and then issues one UPDATE per page: quadratic in the size of
 * the press archive (161 s for 4000 pages). This tool reads each type's list once, indexes it by source URI
 * and gives every page the same {@code previousContent}/{@code nextContent} model as JBake: the nearest
 * <em>published</em> neighbour in "newest first" order (next = newer, previous = older), carrying only
 * title, uri and noExtensionUri.
 *
 * <p>It is registered through {@code META-INF/services/org.jbake.render.RenderingTool} and must be loaded
 * before jbake-core's DocumentsRenderer (see the jbake-maven-plugin dependencies in pom.xml); every document
 * it renders is marked rendered, so DocumentsRenderer then finds nothing left to do. Pages render on up to
 * two threads; {@link ProjectFreemarkerEngine} keeps them from using the content store at the same time.
 */
public class LinearDocumentsRenderer extends RenderingStep {

    /** JBake's record class for content documents (ContentStore.Schema.DOCUMENTS, protected there). */
    static final String DOCUMENTS_CLASS = "Documents";
    private static final Logger LOG = LoggerFactory.getLogger(LinearDocumentsRenderer.class);
    /** Benchmark lever (bench/, never set in the build): leave every page to JBake's DocumentsRenderer. */
    static final String STOCK = "kjc.bake.stock";
    /** Benchmark lever: mark pages one by one through JBake's API, to measure what the bulk update saves. */
    static final String PER_PAGE_MARK = "kjc.bake.perPageMark";

    /** Benchmark lever (bench/, never set in the build): how many threads render pages (default: 2 at most). */
    static final String THREADS = "kjc.bake.threads";

    /** Two threads at most: the build machines have two cores, and Maven's own thread needs little. */
    static int threads() {
        return Math.max(1, Integer.getInteger(THREADS, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (Boolean.getBoolean(STOCK)) {
            return 0;
        }
        long start = System.nanoTime();
        List<DocumentModel> documents = db.getUnrenderedContent();
        Map<String, Neighbours> neighboursByType = new HashMap<>();
        // Store reads first, on this thread; the pages then render on up to two threads (ProjectFreemarkerEngine
        // serves data files from memory and serialises every other store access).
        for (DocumentModel document : documents) {
            Neighbours neighbours = neighboursByType.computeIfAbsent(document.getType(),
                    type -> Neighbours.of(db.getAllContent(type)));
            document.setPreviousContent(neighbours.previous(document.getSourceuri()));
            document.setNextContent(neighbours.next(document.getSourceuri()));
        }
        List<String> errors = new ArrayList<>();
        int rendered = 0;
        long markTime = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads());
        try {
            // Pressemitteilungen (which read no lists) render on two threads; while they do, this thread marks all
            // documents rendered (one UPDATE, about 0.5 ms per page in OrientDB; failed pages are marked too,
            // DocumentsRenderer would only fail on them a second time), after the first page, so the templates' data
            // files are read from the store before the UPDATE holds it. The other pages (lists, start page, Termine,
            // a few dozen) render afterwards one at a time: rendered beside other pages, a list page now and then got
            // a record without its fields from published_content, or failed (WarmRebuildTest, about one bake in
            // forty with two threads, never with one).
            Map<DocumentModel, Future<String>> results = new java.util.IdentityHashMap<>();
            List<DocumentModel> alone = new ArrayList<>();
            for (DocumentModel document : documents) {
                if (WarmStore.LEAF_TYPE.equals(document.getType())) {
                    results.put(document, pool.submit(() -> render(renderer, document)));
                } else {
                    alone.add(document);
                }
            }
            if (!results.isEmpty()) {
                results.values().iterator().next().get();
            }
            long markStart = System.nanoTime();
            synchronized (ProjectFreemarkerEngine.STORE) {
                markRendered(db, documents);
            }
            markTime = System.nanoTime() - markStart;
            for (Future<String> result : results.values()) {
                result.get();
            }
            for (DocumentModel document : alone) {
                Future<String> result = pool.submit(() -> render(renderer, document));
                result.get();
                results.put(document, result);
            }
            for (DocumentModel document : documents) { // in the documents' order, so errors read the same every time
                String error = results.get(document).get();
                if (error == null) {
                    rendered++;
                } else {
                    errors.add(error);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderingException("Rendering interrupted");
        } catch (ExecutionException e) {
            throw new RenderingException("Failed to render documents: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        LOG.info("LinearDocumentsRenderer: {} documents of {} types rendered on {} threads in {} ms, {} failed; marked rendered in {} ms meanwhile",
                rendered, neighboursByType.size(), threads(), (System.nanoTime() - start) / 1_000_000, errors.size(),
                markTime / 1_000_000);
        if (!errors.isEmpty()) {
            WarmStore.renderFailed(); // the failed pages are marked rendered: the next build must not trust them
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return rendered;
    }

    private static String render(Renderer renderer, DocumentModel document) {
        try {
            renderer.render(document);
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /**
     * One UPDATE for the whole bake instead of one per page (JBake's markContentAsRendered). JBake offers no
     * bulk call, so this uses OrientDB's public API on the session ContentStore has just activated on this
     * thread; if there is none (another store), it falls back to JBake's per-page call.
     */
    static void markRendered(ContentStore db, List<DocumentModel> documents) {
        if (documents.isEmpty()) {
            return;
        }
        ODatabaseDocumentInternal session = ODatabaseRecordThreadLocal.instance().getIfDefined();
        if (session == null || session.isClosed() || Boolean.getBoolean(PER_PAGE_MARK)) {
            documents.forEach(db::markContentAsRendered);
            return;
        }
        // By source URI (indexed): at 4000 pages 1.6-1.7 s, against 2.3-3.3 s for "where rendered = false"
        // (BENCHMARKS.md), which changes the indexed flag it filters on.
        List<String> uris = documents.stream().map(DocumentModel::getSourceuri).toList();
        // In one transaction: OrientDB otherwise commits every record on its own (index changes included); at 4000
        // pages 1.4-1.6 s → 0.6-1.0 s, on the core the render threads share (BENCHMARKS.md, issue 21).
        session.begin();
        try (OResultSet ignored = session.command(
                "update " + DOCUMENTS_CLASS + " set rendered = true where sourceuri in ?", uris)) {
            // the statement's result (a count) is not needed
        } catch (RuntimeException e) {
            session.rollback();
            throw e;
        }
        session.commit();
    }

    /**
     * A type's documents in JBake's order (date desc), with each source URI's position. Only what the navigation
     * needs is kept (source URI, status, title, uri, noExtensionUri), not JBake's full documents: at 4000 pages
     * holding the query's result during the render kept a second copy of every body on the heap.
     */
    record Neighbours(List<Entry> ordered, Map<String, Integer> position) {

        /** One document as the navigation sees it. */
        record Entry(String sourceUri, boolean published, String title, String uri, String noExtensionUri) {
        }

        static Neighbours of(List<DocumentModel> ordered) {
            List<Entry> list = new ArrayList<>(ordered.size()); // random access; JBake hands out a LinkedList
            Map<String, Integer> position = new HashMap<>();
            for (DocumentModel document : ordered) {
                position.putIfAbsent(document.getSourceuri(), list.size());
                list.add(new Entry(document.getSourceuri(), isPublished(document), document.getTitle(),
                        document.getUri(), document.getNoExtensionUri()));
            }
            return new Neighbours(list, position);
        }

        /** The nearest published document that is newer (earlier in the list), or null. */
        DocumentModel next(String sourceUri) {
            Integer at = position.get(sourceUri);
            if (at == null) {
                return null;
            }
            for (int i = at - 1; i >= 0; i--) {
                if (ordered.get(i).published()) {
                    return navigationModel(ordered.get(i));
                }
            }
            return null;
        }

        /** The nearest published document that is older (later in the list), or null. */
        DocumentModel previous(String sourceUri) {
            Integer at = position.get(sourceUri);
            if (at == null) {
                return null;
            }
            for (int i = at + 1; i < ordered.size(); i++) {
                if (ordered.get(i).published()) {
                    return navigationModel(ordered.get(i));
                }
            }
            return null;
        }

        private static boolean isPublished(DocumentModel document) {
            return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
        }

        /** The same three keys JBake puts into previousContent/nextContent, nothing else (no body). */
        private static DocumentModel navigationModel(Entry entry) {
            DocumentModel nav = new DocumentModel();
            nav.setNoExtensionUri(entry.noExtensionUri());
            nav.setUri(entry.uri());
            nav.setTitle(entry.title());
            return nav;
        }
    }
}
