package de.kjchessen.build.preview;

import de.kjchessen.build.Problem;
import de.kjchessen.build.content.MarkdownSyntax;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * docs/redaktion.md as the preview serves it ({@link #PATH}): rendered with the site's Markdown engine, every
 * heading with an id. Each message of the validator is linked to the section of the handbook whose quoted
 * example it resembles most (the handbook quotes every message; HandbookTest keeps them in step).
 */
public final class Handbook {

    public static final String PATH = PreviewServer.PREFIX + "handbuch/";
    static final String FILE = "docs/redaktion.md";
    /** Where a message without a close example is sent: the start of the list of all messages. */
    static final String ALL_MESSAGES = "alle-fehlermeldungen";
    /** Fewer shared words than this (share of the larger word set) and a message is not taken for an example. */
    private static final double MIN_SIMILARITY = 0.35;

    /** One explained message: the heading above it and the words of its example. */
    public record Entry(String id, String title, String example, Set<String> words) {
    }

    private final String html;
    private final List<Entry> entries;

    private Handbook(String html, List<Entry> entries) {
        this.html = html;
        this.entries = entries;
    }

    /** Reads the handbook of the project (empty if the file is missing: the links then lead to a short note). */
    public static Handbook read(Path root) {
        Path file = root.resolve(FILE);
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Handbook("", List.of());
        }
    }

    public static Handbook of(String markdown) {
        String html = MarkdownSyntax.renderDocument(markdown);
        Document doc = Jsoup.parseBodyFragment(html);
        List<Entry> entries = new ArrayList<>();
        Element heading = null;
        for (Element e : doc.body().children()) {
            if (e.normalName().matches("h[1-6]")) {
                heading = e;
            } else if (heading != null && !heading.id().isEmpty() && e.normalName().equals("pre")) {
                entries.add(new Entry(heading.id(), heading.text(), e.text().strip(), words(stripLocation(e.text()))));
            }
        }
        return new Handbook(html, entries);
    }

    /** Every quoted example under its heading, in the handbook's order. */
    public List<Entry> entries() {
        return entries;
    }

    boolean exists() {
        return !html.isEmpty();
    }

    /** The whole preview page of the handbook, in the site's look. */
    public String page() {
        return PreviewPage.render("Redaktionshandbuch (Vorschau)", exists() ? html
                : "<h1>Redaktionshandbuch</h1>\n<p>Die Datei " + FILE + " fehlt.</p>\n");
    }

    /** The rendered handbook (HTML of its body). */
    String html() {
        return html;
    }

    /** The handbook section explaining this message, if one is close enough. */
    public Optional<Entry> entryFor(Problem problem) {
        Set<String> words = words(problem.message());
        Entry best = null;
        double bestScore = 0;
        for (Entry entry : entries) {
            // a tie between a page's and a data file's message of the same kind goes to the same kind of file
            double score = similarity(words, entry.words())
                    + (entry.example().startsWith(folderOf(problem.file())) ? 0.001 : 0);
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        return bestScore >= MIN_SIMILARITY ? Optional.of(best) : Optional.empty();
    }

    /** The link to the explanation of a message: its section, or the list of all messages. */
    public String linkFor(Problem problem) {
        return PATH + "#" + entryFor(problem).map(Entry::id).orElse(ALL_MESSAGES);
    }

    private static String folderOf(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? file : file.substring(0, slash + 1);
    }

    private static String stripLocation(String example) {
        // "content/x.md, Zeile 3: message" → "message"
        return example.replaceFirst("^\\S+?(, Zeile \\d+)?: ", "");
    }

    /** Words of a message without quoted values (file names, addresses, the editor's own text). */
    static Set<String> words(String message) {
        String withoutQuotes = message.replaceAll("\u201E[^\u201C]*\u201C", " ");
        Set<String> words = new HashSet<>();
        for (String w : withoutQuotes.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.max(a.size(), b.size());
    }
}
