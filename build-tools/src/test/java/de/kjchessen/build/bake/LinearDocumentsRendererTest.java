package de.kjchessen.build.bake;

import de.kjchessen.build.TestProject;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DocumentList;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's renderer must bake exactly the site stock JBake bakes (same pages, same previous/next links,
 * same navigation model), and leave JBake's DocumentsRenderer nothing to do. Both bakes run through JBake's
 * real Oven; the list of RenderingTools that ServiceLoader sees differs.
 *
 * <p>One more difference, on the stock side only: JBake finds a page in its type list with
 * {@code LinkedList.indexOf}, i.e. {@code HashMap.equals} over all fields, and OrientDB returns a record's
 * {@code tags} sometimes as the String[] it was saved with (record still in the session cache) and sometimes
 * as a List (record re-read). Arrays compare by identity, so indexOf then returns -1 and stock JBake links the
 * page to the newest post and to no next one. That depends on garbage collection and happened in this test
 * under load. The stock bake therefore reads through {@link ValueEqualStore}, which hands out tags as a List
 * every time: JBake's algorithm exactly, without the cache accident. The project's renderer finds pages by
 * source URI and needs no such help.
 */
class LinearDocumentsRendererTest {

    static final String SERVICES = "META-INF/services/" + RenderingTool.class.getName();

    /** Runs after the project's renderer and before DocumentsRenderer: how much is left for JBake? */
    public static class UnrenderedProbe implements RenderingTool {
        static final AtomicInteger LEFT = new AtomicInteger(-1);

        @Override
        public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
            LEFT.set(db.getUnrenderedContent().size());
            return 0;
        }

        @Override
        @SuppressWarnings("deprecation")
        public int render(Renderer r, ContentStore db, File d, File t,
                          org.apache.commons.configuration2.CompositeConfiguration c) {
            return render(r, db, (JBakeConfiguration) null);
        }
    }

    @Test
    void bakesTheSamePagesAndNavigationAsStockJBakeAndLeavesDocumentsRendererNothing(@TempDir Path tmp)
            throws Exception {
        Path source = copyFixture(tmp.resolve("src"));
        URL probe = servicesFile(tmp.resolve("probe"), UnrenderedProbe.class.getName());

        Map<String, String> stock = bake(source, tmp.resolve("stock"), jbakeServicesOnly(), true);
        UnrenderedProbe.LEFT.set(-1);
        Map<String, String> ours = bake(source, tmp.resolve("ours"), projectFirst(probe), false);

        assertEquals(0, UnrenderedProbe.LEFT.get(), "DocumentsRenderer fand noch ungerenderte Seiten vor");
        assertEquals(stock.keySet(), ours.keySet(), "andere Seitenmenge als JBake");
        assertEquals(7, stock.size(), "Fixture: 7 Seiten (eine davon Entwurf) erwartet: " + stock.keySet());
        stock.forEach((page, html) -> assertEquals(html, ours.get(page), page));

        // The fixture exercises what matters: skip the draft, same-day neighbours, per-type lists, ends.
        String januar = ours.get("aktuelles/januar.html");
        assertFalse(januar.contains("rel=\"prev\""), januar);
        assertTrue(januar.contains("rel=\"next\" href=\"/aktuelles/maerz-"), januar);
        assertTrue(januar.contains("data-keys=\"noExtensionUri,title,uri\""), januar);
        String april = ours.get("aktuelles/april.html");
        assertFalse(april.contains("rel=\"next\""), april);
        assertTrue(april.contains("rel=\"prev\" href=\"/aktuelles/maerz-"), april);
        String draft = ours.get("aktuelles/februar-entwurf-draft.html");
        assertTrue(draft.contains("href=\"/aktuelles/januar.html\""), draft);
        String alt = ours.get("seiten/alt.html");
        assertTrue(alt.contains("rel=\"next\" href=\"/seiten/neu.html\"") && alt.contains(">Neue Seite</a>"), alt);
        assertFalse(ours.values().stream().anyMatch(h -> h.contains("Entwurf)</a>")), "Entwurf als Nachbar verlinkt");

        // JBake's own per-page marking (benchmark lever) gives the same site and leaves nothing either.
        System.setProperty(LinearDocumentsRenderer.PER_PAGE_MARK, "true");
        try {
            UnrenderedProbe.LEFT.set(-1);
            assertEquals(ours, bake(source, tmp.resolve("perpage"), projectFirst(probe), false));
            assertEquals(0, UnrenderedProbe.LEFT.get());
        } finally {
            System.clearProperty(LinearDocumentsRenderer.PER_PAGE_MARK);
        }
    }

    /** Bakes source into out with the given RenderingTool service files; returns page path → HTML. */
    static Map<String, String> bake(Path source, Path out, List<URL> services, boolean valueEqualStore)
            throws Exception {
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        ClassLoader only = new URLClassLoader(new URL[0], parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return SERVICES.equals(name) ? Collections.enumeration(services) : super.getResources(name);
            }
        };
        Thread.currentThread().setContextClassLoader(only);
        try {
            JBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), out.toFile(), true);
            Oven oven;
            if (valueEqualStore) {
                Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
                ContentStore store = new ValueEqualStore(config.getDatabaseStore(), config.getDatabasePath());
                utensils.setContentStore(store);
                utensils.setCrawler(new Crawler(store, config));
                utensils.setRenderer(new Renderer(store, config));
                oven = new Oven(utensils);
            } else {
                oven = ProjectFreemarkerEngine.oven(config);
            }
            oven.bake();
            assertTrue(oven.getErrors().isEmpty(), oven.getErrors().toString());
        } finally {
            Thread.currentThread().setContextClassLoader(parent);
        }
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(out.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return pages;
    }

    /** JBake's ContentStore, except that documents always carry their tags as a List (see class comment). */
    static final class ValueEqualStore extends ContentStore {
        ValueEqualStore(String type, String name) {
            super(type, name);
        }

        @Override
        public DocumentList<DocumentModel> getUnrenderedContent() {
            return tagsAsList(super.getUnrenderedContent());
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String docType) {
            return tagsAsList(super.getAllContent(docType));
        }

        private static DocumentList<DocumentModel> tagsAsList(DocumentList<DocumentModel> documents) {
            for (DocumentModel d : documents) {
                Object tags = d.get("tags");
                if (tags instanceof String[] array) {
                    d.put("tags", List.of(array));
                } else if (tags instanceof List<?> list) {
                    d.put("tags", List.copyOf(list));
                }
            }
            return documents;
        }
    }

    /** Stock JBake: only jbake-core's own service file (DocumentsRenderer and friends). */
    static List<URL> jbakeServicesOnly() throws IOException {
        List<URL> urls = Collections.list(ClassLoader.getSystemClassLoader().getResources(SERVICES));
        List<URL> jbake = urls.stream().filter(u -> u.toString().contains("jbake-core")).toList();
        assertEquals(1, jbake.size(), urls.toString());
        return jbake;
    }

    /** The order the site build uses: the project's file, then (here) the probe, then jbake-core's. */
    static List<URL> projectFirst(URL probe) throws IOException {
        List<URL> urls = Collections.list(ClassLoader.getSystemClassLoader().getResources(SERVICES));
        List<URL> project = urls.stream().filter(u -> !u.toString().contains("jbake-core")).toList();
        assertFalse(project.isEmpty(), "META-INF/services der build-tools fehlt: " + urls);
        List<URL> ordered = new ArrayList<>(project);
        ordered.add(probe);
        ordered.addAll(jbakeServicesOnly());
        return ordered;
    }

    static URL servicesFile(Path dir, String className) throws IOException {
        Path f = dir.resolve(SERVICES);
        Files.createDirectories(f.getParent());
        Files.writeString(f, className + "\n");
        return f.toUri().toURL();
    }

    static Path copyFixture(Path target) throws Exception {
        Path fixture = Path.of(LinearDocumentsRendererTest.class.getResource("/prevnext/jbake.properties").toURI())
                .getParent();
        TestProject.copyTree(fixture, target);
        return target;
    }
}
