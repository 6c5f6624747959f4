package de.kjchessen.build.content;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The Markdown dialect of the site, in one place: the bake ({@link ProjectMarkdownEngine}) renders with it
 * and the validator ({@link MarkdownBodyChecker}) reads links, images and HTML with the same parser, so
 * both always agree on what a page contains. Free of JBake classes: the validator runs without JBake.
 */
public final class MarkdownSyntax {

    /** The title that marks an image as decorative: {@code ![](/bilder/linie.svg "dekorativ")} (alt="" in the page). */
    public static final String DECORATIVE = "dekorativ";

    public static final DataHolder OPTIONS = new MutableDataSet()
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

    public static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer PLAIN_RENDERER = HtmlRenderer.builder(OPTIONS).build();

    /**
     * Renders a document in this dialect without the site's link attributes, for documents that are not pages
     * (the handbook in the preview). Pages are rendered by {@link ProjectMarkdownEngine#toHtml(String)}.
     */
    public static String renderDocument(String markdown) {
        return PLAIN_RENDERER.render(PARSER.parse(markdown));
    }

    private MarkdownSyntax() {
    }
}
