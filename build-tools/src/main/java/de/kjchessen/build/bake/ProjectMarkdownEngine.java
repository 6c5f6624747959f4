package de.kjchessen.build.bake;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import de.kjchessen.build.BuildClock;
import de.kjchessen.build.content.Embargo;
import de.kjchessen.build.content.MarkdownSyntax;
import de.kjchessen.build.events.EventFields;
import de.kjchessen.build.jobcenter.CountPlaceholders;
import de.kjchessen.build.pictures.PictureNodeRenderer;
import de.kjchessen.build.pictures.Pictures;
import de.kjchessen.build.pictures.PostPicture;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import com.vladsch.flexmark.util.ast.Document;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's Markdown engine for content/*.md.
 *
 * <p>JBake's own engine builds a new Flexmark parser for every page and only knows the pegdown flag set,
 * where heading ids come either with an empty link (EXTANCHORLINKS, an axe "link-name" fault) or with the
 * heading text wrapped in a link (ANCHORLINKS). Here the extensions are fixed in code ({@link MarkdownSyntax}), one parser and one
 * renderer are shared by the whole build, and headings get a plain {@code id} attribute. Soft line breaks
 * stay soft (no HARDWRAPS). Bodies are rendered ahead of the crawler on a second thread ({@link MarkdownPrefetch}).
 */
public class ProjectMarkdownEngine extends MarkupEngine {

    /** Links to other sites get rel="external"; the stylesheet then marks them "(externer Link)". */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(MarkdownSyntax.OPTIONS)
            .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        if (node instanceof Link link && part == AttributablePart.LINK
                                && link.getUrl().toString().matches("(?i)https?://.*")) {
                            attributes.addValue("rel", "external");
                        }
                        // ![](x.svg "dekorativ") marks a decorative image: alt="" and no tooltip saying "dekorativ"
                        if (node instanceof com.vladsch.flexmark.ast.Image image && image.getText().isBlank()
                                && image.getTitle().toString().equals(MarkdownSyntax.DECORATIVE)) {
                            attributes.remove("title");
                            attributes.replaceValue("alt", "");
                        }
                    };
                }
            })
            .nodeRendererFactory(PictureNodeRenderer::create)
            .build();

    /** Renders Markdown to HTML as pages are rendered, without looking at the site's files (tests, generators). */
    public static String toHtml(String markdown) {
        return RENDERER.render(MarkdownSyntax.PARSER.parse(markdown));
    }

    /** What rendering a page body needs from the bake: the site's files and the picture variants. */
    record Bake(Attachments attachments, Pictures pictures) {
    }

    /** Renders a page body: links to documents get their type and size, pictures their variants. */
    static String toHtml(String markdown, Bake bake) {
        Document document = MarkdownSyntax.PARSER.parse(markdown);
        bake.attachments().annotate(document);
        document.set(PictureNodeRenderer.PICTURES, bake.pictures());
        return RENDERER.render(document);
    }

    /** Test and benchmark lever: where encoded picture variants are cached (default: target/bild-cache of the project). */
    static final String PICTURE_CACHE = "kjc.bild.cache";

    /** The site's files as the bake copies them (assets/ first, then content/), and the pictures of this bake. */
    static Bake bake(JBakeConfiguration config) {
        List<Path> folders = List.of(config.getAssetFolder().toPath().toAbsolutePath().normalize(),
                config.getContentFolder().toPath().toAbsolutePath().normalize());
        String cache = System.getProperty(PICTURE_CACHE);
        Path cacheDir = cache != null ? Path.of(cache)
                : config.getSourceFolder().toPath().toAbsolutePath().resolve("target/bild-cache");
        return new Bake(new Attachments(folders),
                new Pictures(folders, config.getDestinationFolder().toPath().toAbsolutePath(), cacheDir));
    }

    /** The bake of the configuration in progress (one per Oven), shared by the prefetch and the crawler thread. */
    private static Bake bake;
    private static Object bakeFor;

    private static synchronized Bake bakeFor(JBakeConfiguration config) {
        if (bake == null || bakeFor != config) {
            bake = bake(config);
            bakeFor = config;
        }
        return bake;
    }

    /** The prefetch of the bake in progress, and the configuration (one per bake) it belongs to. */
    private static MarkdownPrefetch prefetch;
    private static Object prefetchFor;

    /** Benchmark lever (bench/, never set in the build): render every body on the crawler's thread. */
    static final String NO_PREFETCH = "kjc.bake.noPrefetch";

    @Override
    public void processBody(ParserContext context) {
        Bake bake = bakeFor(context.getConfig());
        // A warm bake (WarmStore) parses only the files that changed: rendering all of content/ ahead would be waste.
        String html = Boolean.getBoolean(NO_PREFETCH) || WarmStore.parsesOnlyChanges(context.getConfig())
                ? toHtml(context.getBody(), bake)
                : prefetchFor(context.getConfig()).html(context.getBody());
        // counts such as {{anzahl.jobcenter}} come from the data, never from the text
        context.setBody(CountPlaceholders.fill(html, context.getConfig().getDataFolder().toPath()));
        if ("termin".equals(context.getType())) {
            EventFields.add(context.getDocumentModel());
        }
        if ("post".equals(context.getType()) && context.getDocumentModel().getDate() != null) {
            // a Meldung older than a year says so on its page, so nobody takes it for today's news
            java.time.LocalDate day = context.getDocumentModel().getDate().toInstant().atZone(BuildClock.BERLIN).toLocalDate();
            context.getDocumentModel().put("meldung_aelter", day.plusYears(1).isBefore(BuildClock.today()));
        }
        Embargo.apply(context.getDocumentModel(), BuildClock.now());
        PostPicture.add(context.getDocumentModel(), bake.pictures());
    }

    /**
     * Called when pages render, i.e. JBake's crawl is over (Oven: crawl, data files, then rendering): the prefetch of
     * this bake lets go of what it holds. Cheap after the first call of a bake.
     */
    static void crawlFinished() {
        if (prefetchReleased) {
            return;
        }
        synchronized (ProjectMarkdownEngine.class) {
            if (prefetch != null) {
                prefetch.release();
            }
            prefetchReleased = true;
        }
    }

    private static volatile boolean prefetchReleased;

    /** Starts rendering ahead of the crawler at the first page of each bake (a new Oven brings a new configuration). */
    private static synchronized MarkdownPrefetch prefetchFor(JBakeConfiguration config) {
        if (prefetch == null || prefetchFor != config) {
            if (prefetch != null) {
                prefetch.cancel();
            }
            Bake bake = bakeFor(config);
            prefetch = MarkdownPrefetch.start(config.getContentFolder().toPath(), config.getHeaderSeparator(),
                    Charset.forName(config.getRenderEncoding()), markdown -> toHtml(markdown, bake));
            prefetchFor = config;
            prefetchReleased = false;
        }
        return prefetch;
    }
}
