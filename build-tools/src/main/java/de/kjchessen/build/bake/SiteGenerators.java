package de.kjchessen.build.bake;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.SiteConfig;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.content.RenderingStep;
import de.kjchessen.build.events.Event;
import de.kjchessen.build.events.EventCalendar;
import de.kjchessen.build.languages.Language;
import de.kjchessen.build.languages.LanguagesModel;
import de.kjchessen.build.news.AtomFeed;
import de.kjchessen.build.news.Post;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.RenderingException;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JBake extension (ServiceLoader: META-INF/services/org.jbake.render.RenderingTool) that writes the
 * machine-readable files of the site once per bake: the Atom feed, one .ics per Termin, sitemap.xml
 * and robots.txt. All URLs come from the one setting site.host in jbake.properties. Runs only when
 * jbake.properties says {@code site.generators=true}.
 */
public class SiteGenerators extends RenderingStep {

    /** Page types that list other documents: their lastmod is that of their newest entry. */
    static final Set<String> LIST_TYPES = Set.of("pressemitteilungen", "archiv", "termine", "sitemap", "suche", "home");
    /** Pages that are no destination of their own (the 404 page) stay out of sitemap.xml. */
    static final Set<String> NOT_IN_SITEMAP = Set.of("404.html");

    /** jbake.properties switch: only a site that asks for these files gets them (test fixtures do not). */
    static final String SWITCH = "site.generators";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!"true".equals(String.valueOf(config.get(SWITCH)))) {
            return 0;
        }
        try {
            String host = SiteConfig.host(config.getSiteHost());
            Path out = config.getDestinationFolder().toPath();
            String siteName = siteName(config.getDataFolder().toPath());
            int written = 0;

            List<DocumentModel> posts = db.getPublishedPosts();
            write(out.resolve(AtomFeed.PATH.substring(1)), AtomFeed.write(posts.stream().map(SiteGenerators::post).toList(), host, siteName));
            written++;

            for (DocumentModel doc : db.getPublishedContent("termin")) {
                Event termin = Event.of(doc);
                write(out.resolve(termin.icsPath()), EventCalendar.write(termin, host, siteName,
                        day(doc.getDate()).atStartOfDay(BuildClock.BERLIN).toInstant()));
                written++;
            }

            write(out.resolve("sitemap.xml"), SitemapXml.write(sitemapEntries(db, config, host)));
            write(out.resolve("robots.txt"), robots(host));
            return written + 2;
        } catch (IOException | RuntimeException e) {
            throw new RenderingException("Feed, Kalenderdateien oder sitemap.xml konnten nicht geschrieben werden: " + e.getMessage());
        }
    }

    static List<SitemapXml.Entry> sitemapEntries(ContentStore db, JBakeConfiguration config, String host) {
        List<DocumentModel> docs = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel doc : db.getPublishedContent(type)) {
                if (doc.getUri() != null && doc.getUri().endsWith(".html") && doc.getDate() != null) {
                    docs.add(doc);
                }
            }
        }
        LocalDate newest = docs.stream().map(d -> day(d.getDate())).max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
        List<SitemapXml.Entry> entries = new ArrayList<>();
        var versions = LanguagesModel.of(config.getContentFolder().toPath(),
                Language.read(config.getDataFolder().toPath()));
        for (DocumentModel doc : docs) {
            if (NOT_IN_SITEMAP.contains(doc.getUri())) {
                continue;
            }
            LocalDate lastmod = LIST_TYPES.contains(doc.getType()) ? newest : day(doc.getDate());
            String url = SiteUrls.ofUri(doc.getUri());
            java.util.Map<String, String> alternates = new java.util.LinkedHashMap<>();
            for (var v : versions.getOrDefault(url, List.of())) {
                alternates.put(v.lang(), host + encode(v.url()));
            }
            if (!alternates.isEmpty()) {
                alternates.put("x-default", host + encode(versions.get(url).get(0).url()));
            }
            entries.add(new SitemapXml.Entry(host + encode(url), lastmod, alternates));
        }
        if (config.getRenderTags()) {
            String tagPath = "/" + config.getTagPathName().replaceAll("^/|/$", "") + "/";
            LocalDate newestTagged = LocalDate.EPOCH;
            for (String tag : db.getAllTags()) {
                LocalDate lastmod = db.getPublishedDocumentsByTag(tag).stream().map(d -> day(d.getDate()))
                        .max(Comparator.naturalOrder()).orElse(newest);
                newestTagged = lastmod.isAfter(newestTagged) ? lastmod : newestTagged;
                entries.add(new SitemapXml.Entry(host + encode(tagPath + tag + config.getOutputExtension()), lastmod));
            }
            if (config.getRenderTagsIndex()) {
                entries.add(new SitemapXml.Entry(host + tagPath, newestTagged.equals(LocalDate.EPOCH) ? newest : newestTagged));
            }
        }
        return entries;
    }

    static Post post(DocumentModel doc) {
        return new Post(SiteUrls.ofUri(doc.getUri()), string(doc.getTitle()), string(doc.get("description")),
                day(doc.getDate()), doc.getTags() == null ? List.of() : Arrays.asList(doc.getTags()), string(doc.getBody()));
    }

    static String robots(String host) {
        return "# Alle Seiten dürfen von Suchmaschinen gelesen werden.\n"
                + "User-agent: *\n"
                + "Disallow:\n\n"
                + "Sitemap: " + host + "/sitemap.xml\n";
    }

    /** Percent-encodes what a URL may not contain (e.g. umlauts in a tag) and keeps the rest as it is. */
    static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /** JBake parses header dates in the JVM's default zone; read them back in the same zone. */
    static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static String siteName(Path dataFolder) throws IOException {
        Path file = dataFolder.resolve("site.yaml");
        Map<String, Object> site = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        return Optional.ofNullable(site).map(m -> m.get("name")).map(Object::toString)
                .orElseThrow(() -> new IllegalArgumentException("data/site.yaml: name fehlt"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }
}
