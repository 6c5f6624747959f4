package de.kjchessen.build;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.util.List;

/**
 * The project's Markdown engine for content/*.md.
 *
 * <p>JBake's own engine builds a new Flexmark parser for every page and only knows the pegdown flag set,
 * where heading ids come either with an empty link (EXTANCHORLINKS, an axe "link-name" fault) or with the
 * heading text wrapped in a link (ANCHORLINKS). Here the extensions are fixed in code, one parser and one
 * renderer are shared by the whole build, and headings get a plain {@code id} attribute. Soft line breaks
 * stay soft (no HARDWRAPS).
 */
public class ProjectMarkdownEngine extends MarkupEngine {

    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create()))
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(TablesExtension.CLASS_NAME, "tabelle")
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    /** Links to other sites get rel="external"; the stylesheet then marks them "(externer Link)". */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        if (node instanceof Link link && part == AttributablePart.LINK
                                && link.getUrl().toString().matches("(?i)https?://.*")) {
                            attributes.addValue("rel", "external");
                        }
                    };
                }
            })
            .build();

    /** Renders Markdown to HTML exactly as pages are rendered (also used by tests and generators). */
    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(toHtml(context.getBody()));
        if ("termin".equals(context.getType())) {
            TerminFields.add(context.getDocumentModel());
        }
    }
}
