package de.kjchessen.build;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.nio.charset.Charset;


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
                                && image.getTitle().toString().equals(AccessibilityChecker.DECORATIVE)) {
                            attributes.remove("title");
                            attributes.replaceValue("alt", "");
                        }
                    };
                }
            })
            .build();

    /** Renders Markdown to HTML exactly as pages are rendered (also used by tests and generators). */
    public static String toHtml(String markdown) {
        return RENDERER.render(MarkdownSyntax.PARSER.parse(markdown));
    }

    /** The prefetch of the bake in progress, and the configuration (one per bake) it belongs to. */
    private static MarkdownPrefetch prefetch;
    private static Object prefetchFor;

    /** Benchmark lever (bench/, never set in the build): render every body on the crawler's thread. */
    static final String NO_PREFETCH = "kjc.bake.noPrefetch";

    @Override
    public void processBody(ParserContext context) {
        String html = Boolean.getBoolean(NO_PREFETCH) ? toHtml(context.getBody())
                : prefetchFor(context.getConfig()).html(context.getBody());
        // counts such as {{anzahl.jobcenter}} come from the data, never from the text
        context.setBody(Anzahlen.fill(html, context.getConfig().getDataFolder().toPath()));
        if ("termin".equals(context.getType())) {
            TerminFields.add(context.getDocumentModel());
        }
    }

    /** Starts rendering ahead of the crawler at the first page of each bake (a new Oven brings a new configuration). */
    private static synchronized MarkdownPrefetch prefetchFor(JBakeConfiguration config) {
        if (prefetch == null || prefetchFor != config) {
            if (prefetch != null) {
                prefetch.cancel();
            }
            prefetch = MarkdownPrefetch.start(config.getContentFolder().toPath(), config.getHeaderSeparator(),
                    Charset.forName(config.getRenderEncoding()), ProjectMarkdownEngine::toHtml);
            prefetchFor = config;
        }
        return prefetch;
    }
}
