package de.kjchessen.build.bake;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import de.kjchessen.build.data.DataFiles;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.SimpleSequence;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.ModelAttributes;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.jbake.util.DataFileUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's Freemarker engine for templates/*.ftl: JBake's own, except that pages can be rendered on
 * several threads ({@link LinearDocumentsRenderer}). JBake's content store is one OrientDB session, which
 * must not be used by two threads at once, and its template model reads it on every {@code data.get(...)}.
 * Here each data file is read from the store once per bake and then served from memory, and every other
 * lookup that reaches the store (published_posts, tags, the project's extractors) holds {@link #STORE}.
 * {@code db} (the raw store) is not offered: templates read lists through the model, never by query.
 */
public class ProjectFreemarkerEngine extends AbstractTemplateEngine {

    /** Held by every thread that touches JBake's content store while pages are rendered in parallel. */
    public static final Object STORE = new Object();

    private final Configuration templates;
    private final BeansWrapper dataWrapper = new BeansWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS).build();
    private final DataFiles data;

    /**
     * The keys of our own model extractors (build-tools' META-INF/org.jbake.template.ModelExtractors.properties):
     * each gives every page of a bake the same value, so it runs once per bake, not once per page (JBake makes a
     * new engine for every bake). At 4000 pages, per page readings of content/ had made rendering quadratic.
     */
    static final Set<String> PROJECT_EXTRACTOR_KEYS = projectExtractorKeys();

    private final Map<String, freemarker.template.TemplateModel> perBake = new ConcurrentHashMap<>();

    /** tag_posts and tags of this bake, from one reading of the store (guarded by {@link #STORE}). */
    private final TagLists tagLists;

    public ProjectFreemarkerEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        // JBake builds its engines before it opens the store. Documents in one OrientDB cluster: records then come
        // back in insertion (crawl) order wherever dates tie; with OrientDB's default of one cluster per core, the
        // order of two Meldungen of the same day depended on the cluster each landed in, so adding an unrelated file
        // could swap them (found by the warm-rebuild work, issue 21).
        OGlobalConfiguration.CLASS_MINIMUM_CLUSTERS.setValue(1);
        // The in-memory store's pages (off-heap, about 40 MB at 4000 Pressemitteilungen) go back to the system when the
        // store closes. OrientDB's default keeps every released page in a pool for reuse, so they stayed in the Maven
        // JVM for the rest of the build, where its peak memory is (post-bake, test compilation). Read when OrientDB
        // creates its pool, that is at the first store of a JVM; later bakes (the preview) reuse what the first left.
        OGlobalConfiguration.DIRECT_MEMORY_POOL_LIMIT.setValue(0);
        // Built with the Oven, before JBake opens its store: warm or cold is decided here.
        WarmStore.prepare(config);
        // The same settings as JBake's FreemarkerTemplateEngine.
        templates = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        // FreeMarker 2.3.33+: a record's components read like properties (${s.code}), so records go to the
        // templates as they are, without a map made for them.
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        templates.setObjectWrapper(wrapper.build());
        templates.setDefaultEncoding(config.getRenderEncoding());
        templates.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            templates.setTimeZone(config.getFreemarkerTimeZone());
            templates.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            templates.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("Vorlagenordner nicht lesbar: " + config.getTemplateFolder(), e);
        }
        // Set once for every template instead of in each: German dates and the libraries (imported when first used).
        if (config.getJvmLocale() != null) {
            templates.setLocale(Locale.forLanguageTag(config.getJvmLocale().replace('_', '-')));
        }
        templates.addAutoImport("layout", "lib/layout.ftl");
        templates.addAutoImport("c", "lib/components.ftl");
        templates.addAutoImport("finder", "lib/finder.ftl");
        templates.addAutoImport("liste", "lib/seitenliste.ftl");
        templates.setLazyAutoImports(true);
        TemplateFunctions.register(templates);
        data = new DataFiles(db, config.getDataFileDocType());
        tagLists = new TagLists(db);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        ProjectMarkdownEngine.crawlFinished(); // pages render only after the crawl: the prefetched bodies can go
        try {
            Template template = templates.getTemplate(templateName);
            TemplateHashModel jbake = new FreemarkerTemplateEngine.LazyLoadingModel(templates.getObjectWrapper(), model, db, config);
            template.process(new TemplateHashModel() {
                @Override
                public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
                    if (ModelAttributes.DATA.equals(key)) {
                        return dataWrapper.wrap(data);
                    }
                    if (ModelAttributes.DB.equals(key)) {
                        throw new TemplateModelException("\"db\" ist in den Vorlagen dieses Projekts nicht verfügbar: "
                                + "Listen kommen aus dem Modell (z. B. published_posts), nie aus einer Abfrage.");
                    }
                    if (model.containsKey(key)) {
                        return jbake.get(key); // content, config, …: no store access
                    }
                    synchronized (STORE) {
                        if (TagLists.KEYS.contains(key)) {
                            var list = tagLists.get(key, model);
                            if (list != null) { // wrapped as JBake's LazyLoadingModel wraps its lists
                                return new SimpleSequence(list, templates.getObjectWrapper());
                            }
                        }
                        if (!PROJECT_EXTRACTOR_KEYS.contains(key)) {
                            return jbake.get(key); // JBake's extractor: reads the store and returns a finished list
                        }
                        freemarker.template.TemplateModel value = perBake.get(key);
                        if (value == null) {
                            value = jbake.get(key);
                            perBake.put(key, value);
                        }
                        return value;
                    }
                }

                @Override
                public boolean isEmpty() {
                    return false;
                }
            }, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /**
     * An Oven whose .ftl templates render with this engine whatever the classpath order: JBake registers template
     * engines in classpath order and the last one wins. The Maven bake orders its plugin classpath (pom.xml); the
     * preview and the tests bake through this, since the templates rely on the engine's imports and functions.
     */
    public static Oven oven(JBakeConfiguration config) {
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        ContentStore db = utensils.getContentStore();
        utensils.setRenderer(new Renderer(db, config, new Templates(db, config)));
        return new Oven(utensils);
    }

    /** JBake's engine dispatch, with .ftl always going to the project's engine. */
    private static final class Templates extends DelegatingTemplateEngine {
        private final ProjectFreemarkerEngine ftl;

        Templates(ContentStore db, JBakeConfiguration config) {
            super(db, config);
            ftl = new ProjectFreemarkerEngine(config, db);
        }

        @Override
        public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
            if (!templateName.endsWith(".ftl")) {
                super.renderDocument(model, templateName, writer);
                return;
            }
            model.setVersion(config.getVersion()); // as DelegatingTemplateEngine does
            model.setConfig(config.asHashMap());
            ftl.renderDocument(model, templateName, writer);
        }
    }

    private static Set<String> projectExtractorKeys() {
        Set<String> keys = new TreeSet<>();
        try {
            var files = ProjectFreemarkerEngine.class.getClassLoader()
                    .getResources("META-INF/org.jbake.template.ModelExtractors.properties");
            while (files.hasMoreElements()) {
                Properties extractors = new Properties();
                try (var in = files.nextElement().openStream()) {
                    extractors.load(in);
                }
                extractors.forEach((type, names) -> {
                    if (type.toString().startsWith("de.kjchessen.build.")) {
                        for (String name : names.toString().split(",")) {
                            keys.add(name.strip());
                        }
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(keys);
    }

    /** {@code data.get('site.yaml')} as in JBake, each file read from the store once per bake. */
    public static final class DataFiles {
        private final DataFileUtil store;
        private final Map<String, Map<String, Object>> read = new ConcurrentHashMap<>();

        DataFiles(ContentStore db, String docType) {
            this.store = new DataFileUtil(db, docType);
        }

        public Map<String, Object> get(String ref) {
            Map<String, Object> cached = read.get(ref);
            if (cached != null) {
                return cached;
            }
            synchronized (STORE) {
                return read.computeIfAbsent(ref, store::get);
            }
        }
    }
}
