package de.kjchessen.build.pictures;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import de.kjchessen.build.content.MarkdownSyntax;

import java.util.Optional;
import java.util.Set;

/**
 * Renders Markdown pictures of this site through {@link Pictures}: a picture alone in its paragraph becomes a
 * {@code <figure>} with caption (the Markdown title, e.g. {@code ![Alt](/bilder/a.jpg "Anna Beispiel / CC BY 4.0")}),
 * a picture within text a {@code <picture>} with the credit after it. Without a {@link Pictures} on the document
 * (tests, generators, SVG, other sites) Flexmark's own rendering applies.
 */
public final class PictureNodeRenderer implements NodeRenderer {

    /** The bake's pictures, set on each parsed document before rendering. */
    public static final NullableDataKey<Pictures> PICTURES = new NullableDataKey<>("KJC_PICTURES");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(Image.class, this::image));
    }

    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        Node only = node.getFirstChild();
        if (only instanceof Image image && only.getNext() == null) {
            Optional<Picture> picture = picture(image, context);
            if (picture.isPresent()) {
                html.line();
                html.raw(PictureHtml.figure(picture.get(), image.getText().toString(), caption(image), true));
                html.line();
                return;
            }
        }
        context.delegateRender();
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        Optional<Picture> picture = picture(node, context);
        if (picture.isEmpty()) {
            context.delegateRender();
            return;
        }
        html.raw(PictureHtml.picture(picture.get(), node.getText().toString(), true));
        String caption = caption(node);
        if (!caption.isEmpty()) {
            html.raw(" <small class=\"bildnachweis\">" + PictureHtml.escape(caption) + "</small>");
        }
    }

    /** The Markdown title is the credit, except the marker of a decorative picture ("dekorativ"): no caption then. */
    private static String caption(Image image) {
        String title = image.getTitle().toString();
        return title.strip().equals(MarkdownSyntax.DECORATIVE) ? "" : PictureHtml.caption(title, null);
    }

    private static Optional<Picture> picture(Image image, NodeRendererContext context) {
        Pictures pictures = PICTURES.get(context.getDocument());
        return pictures == null ? Optional.empty() : pictures.picture(image.getUrl().toString());
    }

    /** Factory for {@code HtmlRenderer.builder().nodeRendererFactory(...)}. */
    public static NodeRenderer create(com.vladsch.flexmark.util.data.DataHolder options) {
        return new PictureNodeRenderer();
    }

}
