package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.ProjectFiles;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.MarkdownSyntax;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the Markdown body of a page with the parser the bake uses: links must lead to a page of the site,
 * images must exist and have alt text, and raw HTML must not bring script, frames, styles or event handlers.
 */
public final class MarkdownBodyChecker {

    /** Elements that would run code, embed other sites or restyle the page. */
    private static final List<String> FORBIDDEN_ELEMENTS = List.of("script", "iframe", "style", "object", "embed", "frame");
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("(?i)^\\s*javascript:");

    private final ContentFile page;
    private final SiteUrls urls;
    private final Path root;
    private final List<Problem> out;
    /** Offsets at which each line of the body starts: flexmark's own getStartLineNumber() scans from the
     *  document start on every call, which made checking a long page quadratic. */
    private final int[] lineStarts;

    private MarkdownBodyChecker(Path root, ContentFile page, SiteUrls urls, List<Problem> out, String body) {
        this.root = root;
        this.page = page;
        this.urls = urls;
        this.out = out;
        this.lineStarts = lineStarts(body);
    }

    public static void check(Path root, ContentFile page, SiteUrls urls, List<Problem> out) {
        if (page.header() == null || !page.isMarkdown()) {
            return;
        }
        String body = page.body();
        com.vladsch.flexmark.util.ast.Document document = MarkdownSyntax.PARSER.parse(body);
        MarkdownBodyChecker checker = new MarkdownBodyChecker(root, page, urls, out, body);
        checker.walk(document);
        AccessibilityChecker.check(page, document, checker::lineOf, out);
    }

    private static int[] lineStarts(String body) {
        int[] starts = new int[16];
        int count = 1; // line 0 starts at offset 0
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** The file's line number of a node (the body starts at the header's bodyStartLine). */
    private int lineOf(Node node) {
        int at = java.util.Arrays.binarySearch(lineStarts, node.getStartOffset());
        int zeroBasedLine = at >= 0 ? at : -at - 2;
        return page.header().bodyStartLine() + zeroBasedLine;
    }

    private void walk(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
            walk(child);
        }
    }

    private void visit(Node node) {
        if (node instanceof Image image) {
            // An empty alt text is right for a decorative image, which must say so: ![](/bilder/x.svg "dekorativ")
            String alt = image.getTitle().toString().equals(MarkdownSyntax.DECORATIVE) && image.getText().isBlank()
                    ? MarkdownSyntax.DECORATIVE : image.getText().toString();
            checkImage(lineOf(node), image.getUrl().toString(), alt);
            PictureChecker.checkBody(root, page, lineOf(node), image.getUrl().toString(), image.getTitle().toString(), out);
        } else if (node instanceof ImageRef ref) {
            if (ref.getText().isBlank()) {
                missingAlt(lineOf(node), ref.getReference().toString());
            }
        } else if (node instanceof Link link) {
            checkLink(lineOf(node), link.getUrl().toString());
        } else if (node instanceof Reference ref) {
            checkLink(lineOf(node), ref.getUrl().toString());
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            checkHtml(lineOf(node), node.getChars().toString());
        }
    }

    private void checkLink(int line, String url) {
        if (JAVASCRIPT_URL.matcher(url).find()) {
            out.add(Problem.error(page.file(), line, "Der Link \u201E" + url + "\u201C führt JavaScript aus und ist "
                    + "nicht erlaubt. Verlinken Sie eine Seite der Website (z. B. /kontakt/) oder eine Adresse, die mit "
                    + "https:// beginnt."));
            return;
        }
        Optional<String> target = SiteUrls.resolve(page.url(), url);
        if (target.isEmpty() || urls.exists(target.get())) {
            return;
        }
        String path = target.get();
        Optional<String> sourceFile = linkedSourceFile(url);
        if (sourceFile.isPresent()) {
            out.add(Problem.error(page.file(), line, "Der Link \u201E" + url + "\u201C zeigt auf die Quelldatei "
                    + sourceFile.get() + ". Verlinken Sie die Adresse der Seite: " + SiteUrls.urlOf(sourceFile.get())));
            return;
        }
        if (AttachmentChecker.isAttachment(url)) {
            out.add(AttachmentChecker.missing(page.file(), line, url, urls.closest(path)));
            return;
        }
        String hint = urls.closest(path).map(s -> " Meinten Sie \u201E" + s + "\u201C?").orElse(
                " Prüfen Sie die Adresse: content/x/index.md hat die Adresse /x/, content/a/b.md die Adresse /a/b.html.");
        out.add(Problem.error(page.file(), line, "Der Link \u201E" + url + "\u201C führt zu keiner Seite dieser "
                + "Website." + hint));
    }

    /** A link written as a path to a Markdown file ("../kontakt/index.md"): editors think in files. */
    private Optional<String> linkedSourceFile(String url) {
        String path = url.replaceAll("[?#].*$", "");
        if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return Optional.empty();
        }
        Path dir = root.resolve(page.file()).getParent();
        Path file = path.startsWith("/") ? root.resolve("content").resolve(path.substring(1)) : dir.resolve(path);
        file = file.normalize();
        if (Files.isRegularFile(file) && file.startsWith(root.resolve("content"))) {
            return Optional.of(ProjectFiles.relative(root, file));
        }
        return Optional.empty();
    }

    private void checkImage(int line, String url, String alt) {
        Optional<String> target = SiteUrls.resolve(page.url(), url);
        if (target.isPresent() && !urls.exists(target.get())) {
            String hint = urls.closest(target.get()).map(s -> " Meinten Sie \u201E" + s + "\u201C?").orElse("");
            out.add(Problem.error(page.file(), line, "Das Bild \u201E" + url + "\u201C gibt es nicht." + hint
                    + " Legen Sie die Bilddatei in assets/bilder/ ab und schreiben Sie ![Beschreibung](/bilder/name.jpg)."));
        }
        if (alt.isBlank()) {
            missingAlt(line, url);
        }
    }

    private void missingAlt(int line, String url) {
        out.add(Problem.error(page.file(), line, "Das Bild \u201E" + url + "\u201C hat keinen Alternativtext. Schreiben "
                + "Sie in die eckigen Klammern, was auf dem Bild zu sehen ist, zum Beispiel: "
                + "![Drei Beschäftigte im Beratungsgespräch](" + url + ")"));
    }

    /**
     * Raw HTML in Markdown as jsoup reads it, tag by tag as written (jsoup's XML reading: the HTML reading would drop
     * a &lt;frame&gt; outside a frameset, and the bake writes the HTML as it stands).
     */
    private void checkHtml(int startLine, String html) {
        Document fragment = Jsoup.parse(html, "", Parser.xmlParser().setTrackPosition(true));
        for (Element tag : fragment.getAllElements()) {
            if (tag == fragment) {
                continue;
            }
            int line = startLine + tag.sourceRange().start().lineNumber() - 1;
            String element = tag.tagName().toLowerCase(Locale.ROOT);
            if (FORBIDDEN_ELEMENTS.contains(element)) {
                out.add(Problem.error(page.file(), line, "Das HTML-Element <" + element + "> ist in Inhalten nicht "
                        + "erlaubt: Es könnte Code ausführen, fremde Inhalte laden oder die Gestaltung ändern. Entfernen "
                        + "Sie es. Für Videos, Karten oder Formulare wenden Sie sich an die Technik."));
                continue;
            }
            for (Attribute attribute : tag.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on")) {
                    out.add(Problem.error(page.file(), line, "Das HTML-Attribut " + name + " im Element <" + element
                            + "> startet JavaScript und ist nicht erlaubt. Entfernen Sie " + name + "=\u2026"));
                } else if (name.equals("style")) {
                    out.add(Problem.error(page.file(), line, "Das HTML-Attribut style im Element <" + element
                            + "> ist nicht erlaubt: Die Gestaltung kommt nur aus dem Stylesheet. Entfernen Sie "
                            + "style=\u2026; zum Hervorheben schreiben Sie **fett**."));
                } else if (name.equals("href") || name.equals("src")) {
                    if (element.equals("img")) {
                        checkImage(line, value, altOf(tag));
                    } else {
                        checkLink(line, value);
                    }
                }
            }
        }
    }

    private static String altOf(Element img) {
        for (Attribute attribute : img.attributes()) {
            if (attribute.getKey().equalsIgnoreCase("alt")) {
                return attribute.getValue();
            }
        }
        return "";
    }
}
