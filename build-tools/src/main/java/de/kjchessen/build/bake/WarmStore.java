package de.kjchessen.build.bake;

import com.orientechnologies.orient.core.db.ODatabaseDocumentInternal;
import com.orientechnologies.orient.core.db.ODatabaseRecordThreadLocal;
import com.orientechnologies.orient.core.sql.executor.OResult;
import com.orientechnologies.orient.core.sql.executor.OResultSet;
import de.kjchessen.build.BuildClock;
import de.kjchessen.build.content.Embargo;
import de.kjchessen.build.content.RenderingStep;
import de.kjchessen.build.languages.Language;
import de.kjchessen.build.languages.LanguagesModel;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Warm rebuilds on JBake's persistent content store ({@code db.store=plocal}): JBake keeps every parsed document
 * between builds and re-parses only files whose SHA-1 changed (its document status NEW/UPDATED/IDENTICAL); JBake
 * clears the store itself when a template changes. What JBake 2.7 does not know, this class decides, always on the
 * safe side (a cold build whenever a warm one could differ from it):
 * <ul>
 *   <li>Before the bake ({@link #prepare}): the store and the baked site are dropped (a cold build) unless the last
 *   build ended well and nothing changed that parsed documents depend on: data/, templates/, assets/, files in
 *   content/ other than Markdown, the configuration, build-tools itself, the build day, a Sperrfrist that has ended
 *   since, a clock set back, a Markdown file deleted or renamed (JBake would keep its document).</li>
 *   <li>After the crawl ({@link Before}, the first rendering tool): when a changed document shares its date with
 *   another one of its type (the store orders such ties by insertion, which a re-parsed document changes) or a
 *   translation link (original=) changed, the whole content is crawled again, in place. Otherwise every page that
 *   can show a changed document is rendered again: all pages that are not Pressemitteilungen (lists, start page,
 *   Termine, archive; a few dozen), the changed Pressemitteilungen and those whose previous/next link changed. Of the
 *   old output only the unchanged Pressemitteilungen and picture variants are kept; generators write the rest.</li>
 *   <li>At the end ({@link After}, the last of the project's rendering tools): what the next build compares with.</li>
 * </ul>
 * With the in-memory store (publishing, preview, tests) it does nothing.
 */
public final class WarmStore {

    private static final Logger LOG = LoggerFactory.getLogger(WarmStore.class);
    /** The one type whose unchanged pages are kept: every other page may list other documents. */
    static final String LEAF_TYPE = "post";
    static final String PICTURE_DIR = "varianten";
    /** A name the post-bake step fingerprinted (hosting.Fingerprinter): "foto-960" + ".1a2b3c4d5e" + ".webp". */
    private static final java.util.regex.Pattern FINGERPRINTED = java.util.regex.Pattern.compile("(.*)\\.[0-9a-f]{10}(\\.[a-z0-9]+)");

    /** The build in progress (one Oven at a time in a JVM), or null when the store is not persistent. */
    private static volatile WarmStore current;
    /** Set by a rendering tool whose pages failed: the next build must then be cold. */
    private static volatile boolean failed;
    /** How the last bake ran (tests and the log): "kalt", "warm" or "kalt (…)". */
    private static volatile String lastMode = "";
    private static volatile int lastKept;

    private final JBakeConfiguration config;
    private final Path stateFile;
    private final Path site;
    private final String inputs;
    private final ZonedDateTime now;
    private final Properties previous;
    private volatile boolean cold;
    private volatile String translations;
    private volatile List<String[]> navigation;
    private volatile String mode;

    private WarmStore(JBakeConfiguration config, Path stateFile, String inputs, ZonedDateTime now, Properties previous) {
        this.config = config;
        this.stateFile = stateFile;
        this.site = config.getDestinationFolder().toPath().toAbsolutePath().normalize();
        this.inputs = inputs;
        this.now = now;
        this.previous = previous;
    }

    public static String lastMode() {
        return lastMode;
    }

    /** How many unchanged Pressemitteilungen the last warm bake kept (tests: a warm bake really was one). */
    static int lastKept() {
        return lastKept;
    }

    /**
     * True while the crawler of a warm bake runs: it parses only new and changed files (JBake skips files whose SHA-1
     * it has). A bake that turns cold after the crawl (recrawl) parses everything again and is false from then on.
     */
    static boolean parsesOnlyChanges(JBakeConfiguration config) {
        WarmStore warm = current;
        return warm != null && warm.config == config && !warm.cold;
    }

    static void renderFailed() {
        failed = true;
    }

    /**
     * Called when the Oven is built (ProjectFreemarkerEngine's constructor), before JBake opens its store: decides
     * warm or cold and, for cold, drops the store and the baked site.
     */
    public static synchronized void prepare(JBakeConfiguration config) {
        WarmStore same = current;
        if (same != null && same.config == config) {
            return; // one template engine per file extension: decided once per Oven
        }
        failed = false;
        lastKept = 0;
        if (!"plocal".equalsIgnoreCase(config.getDatabaseStore())) {
            current = null;
            lastMode = "kalt (Speicher im Arbeitsspeicher)";
            forgetIfSameSite(config);
            return;
        }
        try {
            // JBake opens OrientDB as "plocal:NAME" with database NAME: the files are in NAME/NAME below the working
            // directory (OrientDB refuses a path as a database name).
            Path base = Path.of(config.getDatabasePath()).toAbsolutePath().normalize();
            Path store = base.resolve(config.getDatabasePath());
            Path stateFile = base.resolve("jbake-warm.properties");
            ZonedDateTime now = BuildClock.now();
            String inputs = inputs(config);
            Properties previous = new Properties();
            if (Files.isRegularFile(stateFile)) {
                try (Reader r = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
                    previous.load(r);
                }
            }
            // Until this build has ended well, the next one is cold.
            Files.deleteIfExists(stateFile);
            WarmStore warm = new WarmStore(config, stateFile, inputs, now, previous);
            String reason = warm.coldReason();
            if (reason != null) {
                warm.cold = true;
                warm.mode = "kalt (" + reason + ")";
                // Deleted rather than emptied by JBake's clearCache: clearing deletes record by record, which at 4000
                // Pressemitteilungen made a cold build 5 s slower (29.0 against 23.8 s) than a new database on disk.
                deleteTree(store);
                if (warm.site.startsWith(config.getSourceFolder().toPath().toAbsolutePath().normalize().resolve("target"))) {
                    deleteTree(warm.site);
                }
            } else {
                warm.mode = "warm";
            }
            LOG.info("Inhaltsspeicher: {}", warm.mode);
            lastMode = warm.mode;
            current = warm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A bake with the in-memory store (the preview) writes into the site the persistent store describes: the next
     * build with that store must then be cold.
     */
    private static void forgetIfSameSite(JBakeConfiguration config) {
        try {
            Properties p = new Properties();
            for (String name : List.of("jbake.properties", "custom.properties")) { // JBake reads custom.properties first
                Path file = config.getSourceFolder().toPath().resolve(name);
                if (Files.isRegularFile(file)) {
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        p.load(r);
                    }
                }
            }
            Path stateFile = Path.of(p.getProperty("db.path", "cache")).toAbsolutePath().normalize().resolve("jbake-warm.properties");
            if (!Files.isRegularFile(stateFile)) {
                return;
            }
            Properties state = new Properties();
            try (Reader r = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
                state.load(r);
            }
            Path site = config.getDestinationFolder().toPath().toAbsolutePath().normalize();
            if (site.toString().equals(state.getProperty("site"))) {
                Files.deleteIfExists(stateFile);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Inhaltsspeicher: Stand nicht lesbar ({}), der nächste Bau ist kalt", e.toString());
        }
    }

    private String coldReason() throws IOException {
        if (config.getClearCache()) {
            return "kalter Bau verlangt";
        }
        if (previous.isEmpty()) {
            return "kein vollständiger Bau zuvor";
        }
        if (!site.toString().equals(previous.getProperty("site"))) {
            return "anderes Ausgabeverzeichnis";
        }
        if (!Files.isDirectory(site)) {
            return "keine gebaute Website";
        }
        if (!inputs.equals(previous.getProperty("inputs"))) {
            return "Daten, Vorlagen, Assets, Konfiguration oder Programm geändert";
        }
        if (!now.toLocalDate().toString().equals(previous.getProperty("day"))) {
            return "neuer Bautag";
        }
        long last = Long.parseLong(previous.getProperty("now", "0"));
        if (now.toInstant().toEpochMilli() < last) {
            return "Uhr zurückgestellt";
        }
        long next = Long.parseLong(previous.getProperty("nextEvent", String.valueOf(Long.MAX_VALUE)));
        if (now.toInstant().toEpochMilli() >= next) {
            return "eine Sperrfrist ist abgelaufen";
        }
        Set<String> files = new HashSet<>(markdownFiles(config));
        for (String before : previous.getProperty("markdown", "").split("\n")) {
            if (!before.isEmpty() && !files.contains(before)) {
                return "Datei gelöscht oder umbenannt: " + before;
            }
        }
        return null;
    }

    /** Everything a parsed document or a rendered page depends on, besides its own Markdown file. */
    static String inputs(JBakeConfiguration config) throws IOException {
        MessageDigest digest = sha256();
        Path source = config.getSourceFolder().toPath();
        for (Path dir : List.of(config.getDataFolder().toPath(), config.getTemplateFolder().toPath(),
                config.getAssetFolder().toPath(), config.getContentFolder().toPath())) {
            boolean content = dir.equals(config.getContentFolder().toPath());
            for (Path f : files(dir)) {
                if (content && f.toString().endsWith(".md")) {
                    continue;
                }
                update(digest, source.relativize(f).toString());
                digest.update(Files.readAllBytes(f));
            }
        }
        for (String name : List.of("jbake.properties", "custom.properties")) {
            Path properties = source.resolve(name);
            if (Files.isRegularFile(properties)) {
                digest.update(Files.readAllBytes(properties));
            }
        }
        for (Map.Entry<String, Object> e : new TreeMap<>(config.asHashMap()).entrySet()) {
            // JBake's configuration includes the JVM's system properties: those named kjc.* are taken below (the build
            // clock is checked on its own), the JVM's own say nothing about the pages.
            // (asHashMap() names "a.b" also "a_b", as templates read it)
            String key = e.getKey();
            if (!System.getProperties().containsKey(key) && !System.getProperties().containsKey(key.replace('_', '.'))
                    && !key.equals("clearCache")) {
                update(digest, e.getKey() + "=" + e.getValue());
            }
        }
        for (Map.Entry<Object, Object> e : new TreeMap<>(System.getProperties()).entrySet()) {
            if (e.getKey().toString().startsWith("kjc.") && !e.getKey().equals(BuildClock.PROPERTY)) {
                update(digest, e.getKey() + "=" + e.getValue()); // levers that change pages
            }
        }
        update(digest, codeVersion());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** build-tools as loaded: its jar's bytes, or (tests) its class files' names, sizes and times. */
    private static String codeVersion() throws IOException {
        try {
            Path code = Path.of(WarmStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = sha256();
            if (Files.isRegularFile(code)) {
                digest.update(Files.readAllBytes(code));
            } else {
                for (Path f : files(code)) {
                    update(digest, code.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (URISyntaxException | RuntimeException e) {
            return "unbekannt " + System.nanoTime(); // never warm on an unknown version
        }
    }

    private static List<String> markdownFiles(JBakeConfiguration config) throws IOException {
        Path content = config.getContentFolder().toPath();
        return files(content).stream().filter(f -> f.toString().endsWith(".md"))
                .map(f -> content.relativize(f).toString().replace('\\', '/')).toList();
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The translation links of content/ (original= headers), as the templates get them; read once per bake. */
    private String translations() {
        if (translations == null) {
            List<Language> sprachen = Language.read(config.getDataFolder().toPath());
            translations = hash(String.valueOf(new TreeMap<>(LanguagesModel.of(config.getContentFolder().toPath(), sprachen))));
        }
        return translations;
    }

    /** After the crawl, before any page is rendered. */
    void afterCrawl(ContentStore db) throws IOException {
        ODatabaseDocumentInternal session = ODatabaseRecordThreadLocal.instance().getIfDefined();
        if (cold) {
            emptied(session);
            return; // an empty store before the crawl: every document is new and will be rendered
        }
        // Pages made from data (Jobcenter, archive years: GeneratedPage) have no file; their generators record them
        // again in this bake.
        session.command("delete from " + LinearDocumentsRenderer.DOCUMENTS_CLASS + " where file is null").close();
        String reason = null;
        if (!translations().equals(previous.getProperty("translations"))) {
            reason = "Sprachfassungen geändert";
        }
        if (reason == null) {
            reason = tie(session);
        }
        if (reason != null) {
            recrawl(db, session, reason);
            return;
        }
        // Pressemitteilungen whose previous/next link changed, and all pages of other types, are rendered again.
        List<String[]> posts = navigationList();
        Map<String, String> before = navigation(parse(previous.getProperty("posts", "")));
        Map<String, String> after = navigation(posts);
        List<String> again = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        for (String[] p : posts) {
            if (!Objects.equals(before.get(p[0]), after.get(p[0]))) {
                again.add(p[0]);
            }
        }
        boolean missing = false;
        try (OResultSet rs = session.query("select sourceuri, uri, status from " + LinearDocumentsRenderer.DOCUMENTS_CLASS
                + " where type = ? and rendered = true", LEAF_TYPE)) {
            Set<String> redo = new HashSet<>(again);
            for (OResult r : rs.stream().filter(r -> !redo.contains(r.<String>getProperty("sourceuri"))).toList()) {
                String uri = r.getProperty("uri");
                keep.add(uri);
                // a page someone deleted from the site (or never written): the store cannot vouch for it
                missing |= "published".equals(r.getProperty("status")) && !Files.isRegularFile(site.resolve(uri));
            }
        }
        if (missing) {
            recrawl(db, session, "eine unveränderte Seite fehlt in der Website");
            return;
        }
        if (!again.isEmpty()) {
            session.command("update " + LinearDocumentsRenderer.DOCUMENTS_CLASS + " set rendered = false where sourceuri in ?",
                    again).close();
        }
        session.command("update " + LinearDocumentsRenderer.DOCUMENTS_CLASS
                + " set rendered = false where type <> ? and type <> ?", LEAF_TYPE, config.getDataFileDocType()).close();
        cleanSite(keep);
        lastKept = keep.size();
        LOG.info("Inhaltsspeicher warm: {} Pressemitteilungen unverändert behalten, {} wegen geänderter Nachbarn neu",
                keep.size(), again.size());
    }

    /**
     * A cold bake (a new store, see prepare, or clearCache set when publishing): documents of types the configuration
     * no longer names are dropped too (JBake deletes type by type), and the templates' signature is recorded, which
     * JBake skips when told to clear (else the next build would find it changed and clear the store again).
     */
    private void emptied(ODatabaseDocumentInternal session) {
        session.command("delete from " + LinearDocumentsRenderer.DOCUMENTS_CLASS + " where type not in ?",
                List.of(DocumentTypes.getDocumentTypes())).close();
        String signature;
        try {
            signature = FileUtil.sha1(config.getTemplateFolder());
        } catch (Exception e) {
            signature = ""; // as JBake's ContentStore does
        }
        session.command("delete from Signatures where key = 'templates'").close();
        session.command("insert into Signatures(key, sha1) values('templates', ?)", signature).close();
    }

    /** Cold after all: every document out of the store, the content crawled again in JBake's order. */
    private void recrawl(ContentStore db, ODatabaseDocumentInternal session, String reason) throws IOException {
        mode = "kalt im Speicher (" + reason + ")";
        LOG.info("Inhaltsspeicher: {}", mode);
        lastMode = mode;
        cold = true;
        navigation = null; // crawled again: a new store order
        cleanSite(Set.of());
        session.command("delete from " + LinearDocumentsRenderer.DOCUMENTS_CLASS).close();
        Crawler crawler = new Crawler(db, config);
        crawler.crawl();
        crawler.crawlDataFiles();
    }

    /** A changed document whose date another document of its type shares (its order among them would change). */
    private static String tie(ODatabaseDocumentInternal session) {
        List<OResult> changed;
        try (OResultSet rs = session.query("select sourceuri, type, date from " + LinearDocumentsRenderer.DOCUMENTS_CLASS
                + " where rendered = false")) {
            changed = rs.stream().toList();
        }
        for (OResult doc : changed) {
            Object date = doc.getProperty("date");
            String sql = "select count(*) as n from " + LinearDocumentsRenderer.DOCUMENTS_CLASS + " where type = ? and "
                    + (date == null ? "date is null" : "date = ?") + " and sourceuri <> ?";
            Object[] args = date == null ? new Object[]{doc.getProperty("type"), doc.getProperty("sourceuri")}
                    : new Object[]{doc.getProperty("type"), date, doc.getProperty("sourceuri")};
            try (OResultSet rs = session.query(sql, args)) {
                Number n = rs.next().getProperty("n");
                if (n.longValue() > 0) {
                    return "gleiches Datum wie ein anderes Dokument: " + doc.getProperty("sourceuri");
                }
            }
        }
        return null;
    }

    /**
     * Deletes the baked site except picture variants (written while parsing, which a warm build skips), the search
     * index (rebuilt after the post-bake step) and the pages in {@code keep}; the bake and the generators write the rest.
     */
    private void cleanSite(Set<String> keep) throws IOException {
        if (!Files.isDirectory(site)) {
            return;
        }
        Set<Path> kept = new HashSet<>();
        for (String uri : keep) {
            kept.add(site.resolve(uri).normalize());
        }
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path rel = site.relativize(f);
                boolean picture = false;
                for (Path part : rel) {
                    picture |= part.toString().equals(PICTURE_DIR);
                }
                if (picture) {
                    // The post-bake step gave the variant a fingerprinted name, which kept pages use; pages rendered
                    // again from the store name the original, as after parsing. Both stay until the post-bake step
                    // drops the unused one and fingerprints the original again (same bytes, same name).
                    java.util.regex.Matcher m = FINGERPRINTED.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        Files.copy(f, f.resolveSibling(m.group(1) + m.group(2)), StandardCopyOption.REPLACE_EXISTING);
                    }
                } else if (!rel.getName(0).toString().equals("pagefind") && !kept.contains(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * The Pressemitteilungen in the order the renderer uses (JBake's getAllContent: date descending, ties in store
     * order), newest first: source URI, status, uri, title, noExtensionUri. Only these fields are read (JBake's query
     * would load every body); the list does not change between the crawl and the end of the bake, so it is read once.
     */
    private List<String[]> navigationList() {
        if (navigation == null) {
            List<String[]> list = new ArrayList<>();
            ODatabaseDocumentInternal session = ODatabaseRecordThreadLocal.instance().getIfDefined();
            try (OResultSet rs = session.query("select sourceuri, status, uri, title, noExtensionUri from "
                    + LinearDocumentsRenderer.DOCUMENTS_CLASS + " where type = ? order by date desc", LEAF_TYPE)) {
                rs.forEachRemaining(r -> list.add(new String[]{r.getProperty("sourceuri"),
                        String.valueOf((Object) r.getProperty("status")), String.valueOf((Object) r.getProperty("uri")),
                        String.valueOf((Object) r.getProperty("title")), String.valueOf((Object) r.getProperty("noExtensionUri"))}));
            }
            navigation = list;
        }
        return navigation;
    }

    /** Source URI → the previous/next links its page shows (as LinearDocumentsRenderer.Neighbours computes them). */
    private static Map<String, String> navigation(List<String[]> ordered) {
        List<DocumentModel> docs = new ArrayList<>();
        for (String[] p : ordered) {
            DocumentModel d = new DocumentModel();
            d.setSourceUri(p[0]);
            d.setStatus(p[1]);
            d.setUri(p[2]);
            d.setTitle(p[3]);
            d.setNoExtensionUri(p[4]);
            docs.add(d);
        }
        LinearDocumentsRenderer.Neighbours n = LinearDocumentsRenderer.Neighbours.of(docs);
        Map<String, String> nav = new java.util.HashMap<>();
        for (DocumentModel d : docs) {
            nav.put(d.getSourceuri(), describe(n.previous(d.getSourceuri())) + "|" + describe(n.next(d.getSourceuri())));
        }
        return nav;
    }

    private static String describe(DocumentModel nav) {
        return nav == null ? "-" : nav.getUri() + "\t" + nav.getTitle() + "\t" + nav.getNoExtensionUri();
    }

    private static List<String[]> parse(String lines) {
        List<String[]> list = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (!line.isEmpty()) {
                list.add(line.split("\t", -1));
            }
        }
        return list;
    }

    /** At the end of the project's rendering tools: the state the next build compares with. */
    void afterRender(ContentStore db) throws IOException {
        if (failed) {
            LOG.warn("Inhaltsspeicher: Fehler beim Rendern, der nächste Bau ist kalt");
            return;
        }
        ODatabaseDocumentInternal session = ODatabaseRecordThreadLocal.instance().getIfDefined();
        long next = Long.MAX_VALUE;
        try (OResultSet rs = session.query("select type, sperrfrist, date from " + LinearDocumentsRenderer.DOCUMENTS_CLASS
                + " where " + Embargo.BANNER_FIELD + " is not null")) {
            for (OResult r : rs.stream().toList()) {
                Object date = r.getProperty("date");
                Object explicit = r.getProperty(Embargo.KEY);
                java.time.LocalDate day = date instanceof Date d
                        ? d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate() : null;
                Long until = Embargo.until(r.getProperty("type"), explicit == null ? null : explicit.toString(), day)
                        .map(z -> z.toInstant().toEpochMilli()).orElse(null);
                if (until != null && until < next) {
                    next = until;
                }
            }
        }
        StringBuilder posts = new StringBuilder();
        for (String[] p : navigationList()) {
            for (String field : p) {
                if (field.contains("\t") || field.contains("\n")) {
                    return; // a title the state cannot hold: stay cold
                }
            }
            posts.append(String.join("\t", p)).append('\n');
        }
        Properties state = new Properties();
        state.setProperty("inputs", inputs);
        state.setProperty("site", site.toString());
        state.setProperty("day", now.toLocalDate().toString());
        state.setProperty("now", String.valueOf(now.toInstant().toEpochMilli()));
        state.setProperty("nextEvent", String.valueOf(next));
        state.setProperty("markdown", String.join("\n", markdownFiles(config)));
        state.setProperty("translations", translations());
        state.setProperty("posts", posts.toString());
        Files.createDirectories(stateFile.getParent());
        try (Writer w = Files.newBufferedWriter(stateFile, StandardCharsets.UTF_8)) {
            state.store(w, "Stand des Inhaltsspeichers (build-tools WarmStore); löschen erzwingt einen kalten Bau");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first of the project's rendering tools: runs right after JBake's crawl. */
    public static final class Before extends RenderingStep {
        @Override
        public int render(org.jbake.app.Renderer renderer, ContentStore db, JBakeConfiguration config) {
            WarmStore warm = current;
            if ((warm == null || warm.config != config) && "plocal".equalsIgnoreCase(config.getDatabaseStore())) {
                // prepare() did not run (another engine renders .ftl): never trust the kept store, crawl it all again
                try {
                    Path base = Path.of(config.getDatabasePath()).toAbsolutePath().normalize();
                    Files.deleteIfExists(base.resolve("jbake-warm.properties"));
                    warm = new WarmStore(config, base.resolve("jbake-warm.properties"), inputs(config), BuildClock.now(),
                            new Properties());
                    current = warm;
                    warm.recrawl(db, ODatabaseRecordThreadLocal.instance().getIfDefined(), "Vorlagen-Engine ohne Vorbereitung");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return 0;
            }
            if (warm != null && warm.config == config) {
                try {
                    warm.afterCrawl(db);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return 0;
        }
    }

    /** The last of the project's rendering tools: records the state for the next build. */
    public static final class After extends RenderingStep {
        @Override
        public int render(org.jbake.app.Renderer renderer, ContentStore db, JBakeConfiguration config) {
            WarmStore warm = current;
            if (warm != null && warm.config == config) {
                try {
                    warm.afterRender(db);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return 0;
        }
    }
}
