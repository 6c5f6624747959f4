package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.MarkdownSyntax;
import de.kjchessen.build.data.DataFiles;
import de.kjchessen.build.data.YamlFile;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accessibility mistakes editors make most often (BITV 2.0 / WCAG 2.1 AA), found in the Markdown AST that
 * {@link MarkdownBodyChecker} parses and in link titles of the data files, so the editor sees file and line
 * before the bake. The browser gates of {@code mvn verify} (axe) stay as the second line on the built pages.
 */
public final class AccessibilityChecker {

    /** Link texts that say nothing about the target on their own (lower case, without punctuation). One list. */
    static final Set<String> VAGUE_LINK_TEXTS = Set.of(
            "hier", "hier klicken", "klicken sie hier", "bitte hier klicken", "mehr", "mehr dazu", "mehr lesen",
            "mehr erfahren", "mehr informationen", "mehr infos", "weiter", "weiterlesen", "weitere informationen",
            "link", "dieser link", "diesen link", "zum link", "webseite", "website", "seite", "diese seite",
            "details", "lesen", "zum artikel", "pdf", "download", "herunterladen", "datei", "dokument",
            "click here", "here", "more", "read more");
    /** Alt texts that only say that there is a picture. */
    static final Set<String> GENERIC_ALT_TEXTS = Set.of(
            "bild", "foto", "grafik", "abbildung", "symbolbild", "illustration", "image", "photo", "picture",
            "img", "logo", "icon", "bild des jobcenters", "platzhalter");
    public static final String DECORATIVE = MarkdownSyntax.DECORATIVE;
    /** Pages in Leichte Sprache: everything below this folder. */
    static final String LEICHTE_SPRACHE = "content/leichte-sprache/";
    static final int LEICHTE_SPRACHE_MAX_WORDS = 15;
    static final int LEICHTE_SPRACHE_LONG_WORD = 15;
    /** A raw URL as link text is fine up to a short domain ("www.hessen.de"). */
    static final int SHORT_DOMAIN = 30;

    private static final Set<String> LANDMARK_ELEMENTS = Set.of("header", "footer", "nav", "main", "aside", "form");
    private static final Set<String> LANDMARK_ROLES = Set.of("banner", "navigation", "main", "contentinfo",
            "complementary", "region", "search", "form");
    private static final String FOCUSABLE = "a[href], button, input, select, textarea, details, summary, iframe, "
            + "audio[controls], video[controls], [tabindex], [contenteditable]";
    private static final Pattern URL_TEXT = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    private static final Map<String, String> DOTTED_ABBREVIATIONS = dottedAbbreviations();
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}])(z\\. ?B\\.|d\\. ?h\\.|u\\. ?a\\.|bzw\\.|usw\\.|"
            + "ca\\.|ggf\\.|evtl\\.|inkl\\.|Nr\\.|Tel\\.|etc\\.|vgl\\.|s\\. ?o\\.|s\\. ?u\\.)");
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\d-])([A-ZÄÖÜ]{2,}[a-z]?)(?![\\p{L}\\d])");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");
    static final String Q = "\u201E";
    static final String E = "\u201C";

    private final ContentFile page;
    private final ToIntFunction<Node> lineOf;
    private final List<Problem> out;
    private final boolean leichteSprache;
    private int previousLevel = 1; // the page title is the h1
    /** Normalised link text → first target and line on this page. */
    private final Map<String, Target> targets = new HashMap<>();
    private final Set<String> explained = new HashSet<>();

    private record Target(String url, int line) {
    }

    private AccessibilityChecker(ContentFile page, ToIntFunction<Node> lineOf, List<Problem> out) {
        this.page = page;
        this.lineOf = lineOf;
        this.out = out;
        this.leichteSprache = page.file().startsWith(LEICHTE_SPRACHE);
    }

    /** Checks the body of one Markdown page, already parsed by the bake's parser. */
    static void check(ContentFile page, Node document, ToIntFunction<Node> lineOf, List<Problem> out) {
        new AccessibilityChecker(page, lineOf, out).walk(document);
    }

    private void walk(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
            walk(child);
        }
    }

    private void visit(Node node) {
        if (node instanceof Heading heading) {
            checkHeading(heading);
        } else if (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink) {
            checkLink(node);
        } else if (node instanceof Image image) {
            checkAlt(lineOf.applyAsInt(node), image.getUrl().toString(), text(image).strip());
        } else if (node instanceof TableBlock table) {
            checkTable(table);
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            checkHtml(lineOf.applyAsInt(node), node.getChars().toString());
        }
        if (leichteSprache && (node instanceof Paragraph || node instanceof Heading)) {
            checkLeichteSprache(lineOf.applyAsInt(node), text(node));
        }
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private void error(int line, String message) {
        out.add(Problem.error(page.file(), line, message));
    }

    private void note(int line, String message) {
        out.add(Problem.note(page.file(), line, message));
    }

    // --- headings -------------------------------------------------------------------------------------------

    private void checkHeading(Heading heading) {
        int line = lineOf.applyAsInt(heading);
        int level = heading.getLevel();
        String text = text(heading).strip();
        if (text.isEmpty()) {
            error(line, "Die Überschrift ist leer. Schreiben Sie nach den #-Zeichen den Text der Überschrift oder "
                    + "entfernen Sie die Zeile.");
        } else if (level == 1) {
            error(line, "Die Überschrift " + Q + text + E + " hat die Ebene 1 (#). Die Überschrift der Ebene 1 ist der "
                    + "Titel der Seite (title=\u2026) und steht nur einmal auf der Seite. Schreiben Sie: ## " + text);
        } else if (level > previousLevel + 1) {
            String fixed = "#".repeat(previousLevel + 1);
            error(line, "Die Überschrift " + Q + text + E + " hat die Ebene " + level + ", die Überschrift davor die Ebene "
                    + previousLevel + ": Ebene " + (previousLevel + 1) + " fehlt dazwischen. Wer mit Vorlesesoftware von "
                    + "Überschrift zu Überschrift springt, vermisst sonst einen Abschnitt. Schreiben Sie: " + fixed + " "
                    + text);
        }
        previousLevel = Math.max(level, 1);
    }

    // --- links ----------------------------------------------------------------------------------------------

    private void checkLink(Node link) {
        int line = lineOf.applyAsInt(link);
        String url = link instanceof Link l ? l.getUrl().toString()
                : link instanceof AutoLink a ? a.getUrl().toString()
                : "[" + ((LinkRef) link).getReference() + "]";
        String text = text(link).strip();
        if (text.isEmpty()) {
            error(line, "Der Link zu " + Q + url + E + " hat keinen Text: Vorlesesoftware liest dann nichts oder nur die "
                    + "Adresse vor. Schreiben Sie in die eckigen Klammern, wohin er führt, z. B. [Anschrift und "
                    + "Öffnungszeiten](" + url + ")");
            return;
        }
        if (!linkText(line, text, url, "[", "](" + url + ")")) {
            return;
        }
        String key = normalise(text);
        Target first = targets.putIfAbsent(key, new Target(url, line));
        if (first != null && !sameTarget(first.url(), url)) {
            error(line, "Der Linktext " + Q + text + E + " führt hier zu " + Q + url + E + ", in Zeile " + first.line()
                    + " aber zu " + Q + first.url() + E + ". Vorlesesoftware listet Links nach ihrem Text: Gleiche Texte "
                    + "für verschiedene Ziele sind nicht zu unterscheiden. Geben Sie jedem Link einen eigenen Text, der "
                    + "sein Ziel beschreibt.");
        }
    }

    /**
     * The checks shared by pages and data files: vague link text (error) and a long raw URL as text (note).
     *
     * @return true if the text describes its target (further checks make sense)
     */
    private boolean linkText(int line, String text, String url, String before, String after) {
        return linkText(page.file(), line, text, before, after, out);
    }

    static boolean linkText(String file, int line, String text, String before, String after, List<Problem> out) {
        if (VAGUE_LINK_TEXTS.contains(normalise(text))) {
            out.add(Problem.error(file, line, "Der Linktext " + Q + text + E + " sagt allein nicht, wohin der Link "
                    + "führt (Vorlesesoftware liest Links auch als Liste vor). Beschreiben Sie das Ziel, z. B. " + before
                    + "Anschrift und Öffnungszeiten" + after));
            return false;
        }
        if (URL_TEXT.matcher(text).matches() && !isShortDomain(text)) {
            out.add(Problem.note(file, line, "Der Linktext ist die Adresse " + Q + text + E + ": Vorlesesoftware "
                    + "liest sie Zeichen für Zeichen vor. Beschreiben Sie das Ziel in Worten, z. B. " + before
                    + "Name der Seite oder des Angebots" + after));
            return false;
        }
        return true;
    }

    private static boolean isShortDomain(String text) {
        String host = text.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
        return !host.contains("/") && !host.contains("?") && host.length() <= SHORT_DOMAIN;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean sameTarget(String a, String b) {
        return a.replaceFirst("/$", "").equalsIgnoreCase(b.replaceFirst("/$", ""));
    }

    // --- images ---------------------------------------------------------------------------------------------

    private void checkAlt(int line, String url, String alt) {
        if (alt.isEmpty()) {
            return; // missing alt text: MarkdownBodyChecker; decorative images are marked with the title
        }
        String fileName = url.replaceFirst("[?#].*$", "").replaceFirst("^.*/", "");
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        String example = "z. B. ![Drei Beschäftigte im Beratungsgespräch](" + url + ")";
        if (alt.equalsIgnoreCase(fileName) || alt.equalsIgnoreCase(stem) || normalise(alt).equals(normalise(stem))) {
            error(line, "Der Alternativtext des Bildes " + Q + url + E + " ist sein Dateiname. Beschreiben Sie in den "
                    + "eckigen Klammern, was auf dem Bild zu sehen ist, " + example);
        } else if (GENERIC_ALT_TEXTS.contains(normalise(alt).replaceAll("\\s*\\d+$", ""))) {
            error(line, "Der Alternativtext " + Q + alt + E + " sagt nicht, was auf dem Bild " + Q + url + E + " zu "
                    + "sehen ist. Beschreiben Sie es, " + example + ". Ein Bild, das nur schmückt, markieren Sie so: "
                    + "![](" + url + " \"" + DECORATIVE + "\")");
        }
    }

    // --- tables ---------------------------------------------------------------------------------------------

    private void checkTable(TableBlock table) {
        int line = lineOf.applyAsInt(table);
        List<TableRow> head = rows(table, TableHead.class);
        List<TableRow> body = rows(table, TableBody.class);
        boolean headerText = head.stream().anyMatch(row -> !text(row).isBlank());
        if (!headerText) {
            error(line, "Die Tabelle hat keine Kopfzeile. Vorlesesoftware kann die Werte sonst keiner Spalte zuordnen. "
                    + "Schreiben Sie in die erste Zeile die Spaltenüberschriften (| Jobcenter | Telefon |) und darunter "
                    + "die Trennzeile (|---|---|).");
            return;
        }
        int columns = 0;
        for (TableRow row : head) {
            int cells = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    cells++;
                }
            }
            columns = Math.max(columns, cells);
        }
        if (columns <= 1 || body.size() <= 1) {
            note(line, "Die Tabelle hat nur " + (columns <= 1 ? "eine Spalte" : "eine Zeile unter der Kopfzeile")
                    + " und ordnet damit keine Werte zu. Tabellen sind für Werte in Zeilen und Spalten; für "
                    + "Aufzählungen schreiben Sie eine Liste (- am Zeilenanfang), für Gestaltung gar keine Tabelle.");
        }
    }

    private static List<TableRow> rows(TableBlock table, Class<? extends Node> section) {
        java.util.ArrayList<TableRow> rows = new java.util.ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (section.isInstance(part)) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r) {
                        rows.add(r);
                    }
                }
            }
        }
        return rows;
    }

    // --- raw HTML -------------------------------------------------------------------------------------------

    private void checkHtml(int startLine, String html) {
        int from = 0;
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String name = element.normalName();
            if (name.equals("body")) {
                continue;
            }
            int at = html.toLowerCase(Locale.ROOT).indexOf("<" + name, from);
            if (at >= 0) {
                from = at + 1;
            }
            int line = startLine + (at < 0 ? 0 : (int) html.substring(0, at).chars().filter(c -> c == '\n').count());
            String role = element.attr("role").toLowerCase(Locale.ROOT).strip();
            if (name.matches("h[1-6]")) {
                error(line, "Die Überschrift <" + name + "> ist in HTML geschrieben; so prüft niemand, ob ihre Ebene "
                        + "passt. Schreiben Sie Überschriften in Markdown: " + "#".repeat(Math.max(2, name.charAt(1) - '0'))
                        + " " + element.text().strip());
            } else if (LANDMARK_ELEMENTS.contains(name) || LANDMARK_ROLES.contains(role)) {
                String what = LANDMARK_ELEMENTS.contains(name) ? "<" + name + ">" : "role=\"" + role + "\"";
                error(line, "Das HTML " + what + " legt einen Seitenbereich an (Kopf, Navigation, Hauptinhalt, Fuß "
                        + "und Formulare kommen nur aus der Vorlage, jeder einmal). Entfernen Sie " + what
                        + " und schreiben Sie den Inhalt als Markdown.");
            }
            if (element.hasAttr("tabindex")) {
                error(line, "Das HTML-Attribut tabindex im Element <" + name + "> ändert, was die Tabulatortaste "
                        + "erreicht und in welcher Reihenfolge. Entfernen Sie tabindex=\u2026: Links und Schaltflächen "
                        + "sind von selbst mit der Tastatur erreichbar.");
            }
            if (element.attr("aria-hidden").equalsIgnoreCase("true")
                    && (element.is(FOCUSABLE) || !element.select(FOCUSABLE).isEmpty())) {
                error(line, "Das Element <" + name + "> mit aria-hidden=\"true\" ist oder enthält einen Link oder ein "
                        + "Bedienelement: mit der Tastatur erreichbar, für Vorlesesoftware aber unsichtbar. Entfernen "
                        + "Sie aria-hidden=\"true\".");
            }
        }
    }

    // --- Leichte Sprache (notes) ----------------------------------------------------------------------------

    private void checkLeichteSprache(int line, String text) {
        // "z. B." must not end a sentence: abbreviations lose their inner space before splitting.
        String joined = DOTTED.matcher(text.strip()).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace(" ", "")));
        for (String sentence : joined.split("(?<=[.!?:])\\s+")) {
            String[] words = java.util.Arrays.stream(sentence.split("\\s+"))
                    .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).toArray(String[]::new);
            if (words.length > LEICHTE_SPRACHE_MAX_WORDS) {
                note(line, "Der Satz " + Q + String.join(" ", java.util.Arrays.copyOf(words, 6)) + " \u2026" + E + " hat "
                        + words.length + " Wörter. In Leichter Sprache hat ein Satz höchstens " + LEICHTE_SPRACHE_MAX_WORDS
                        + " Wörter. Teilen Sie ihn in kürzere Sätze.");
            }
        }
        for (String token : text.split("[\\s/]+")) {
            String word = token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (word.length() >= LEICHTE_SPRACHE_LONG_WORD && word.chars().allMatch(Character::isLetter)
                    && !URL_TEXT.matcher(token).find() && explained.add(word)) {
                note(line, "Das Wort " + Q + word + E + " ist lang und schwer zu lesen. In Leichter Sprache trennen Sie "
                        + "zusammengesetzte Wörter mit Bindestrich oder Mediopunkt, z. B. Arbeits-Vermittlung oder "
                        + "Arbeits\u00B7vermittlung.");
            }
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            String abbreviation = dotted.group(1);
            if (explained.add(abbreviation.replace(" ", ""))) {
                note(line, Q + abbreviation + E + " ist eine Abkürzung. In Leichter Sprache schreiben Sie Wörter aus: "
                        + DOTTED_ABBREVIATIONS.getOrDefault(abbreviation.replace(" ", ""), "das ganze Wort") + ".");
            }
        }
        Matcher capitals = CAPITALS.matcher(text);
        while (capitals.find()) {
            String abbreviation = capitals.group(1);
            if (!ROMAN.matcher(abbreviation).matches() && explained.add(abbreviation)) {
                note(line, Q + abbreviation + E + " ist eine Abkürzung. In Leichter Sprache schreiben Sie das Wort aus "
                        + "oder erklären die Abkürzung, wo sie zum ersten Mal steht.");
            }
        }
    }

    private static Map<String, String> dottedAbbreviations() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("z.B.", "zum Beispiel");
        m.put("d.h.", "das heißt");
        m.put("u.a.", "unter anderem");
        m.put("bzw.", "oder");
        m.put("usw.", "und so weiter");
        m.put("ca.", "ungefähr");
        m.put("ggf.", "wenn nötig");
        m.put("evtl.", "vielleicht");
        m.put("inkl.", "mit");
        m.put("Nr.", "Nummer");
        m.put("Tel.", "Telefon");
        m.put("etc.", "und so weiter");
        m.put("vgl.", "siehe auch");
        m.put("s.o.", "siehe oben");
        m.put("s.u.", "siehe unten");
        return m;
    }

    // --- data files -----------------------------------------------------------------------------------------

    /**
     * Link titles in data files (navigation, sources of the Jobcenter pages, the source of the key figures): every
     * mapping with {@code titel} and {@code url} becomes a link on a page. The same rules as for link texts in pages;
     * in one list (one page section), one title must not lead to two targets. Notes such as {@code hinweise} are
     * printed as escaped plain text, so no link, heading or image rule applies to them.
     */
    static void checkData(DataFiles data, List<Problem> out) {
        data.all().forEach((file, yaml) -> visitData(file, yaml.root(), out));
    }

    private static void visitData(String file, org.yaml.snakeyaml.nodes.Node node, List<Problem> out) {
        if (node instanceof MappingNode m) {
            linkTitle(file, m, out);
            for (NodeTuple t : m.getValue()) {
                visitData(file, t.getValueNode(), out);
            }
        } else if (node instanceof SequenceNode s) {
            Map<String, Target> seen = new HashMap<>();
            for (org.yaml.snakeyaml.nodes.Node item : s.getValue()) {
                String titel = YamlFile.get(item, "titel").map(YamlFile::text).orElse(null);
                String url = YamlFile.get(item, "url").map(YamlFile::text).orElse(null);
                if (titel != null && url != null && !titel.isBlank()) {
                    int line = YamlFile.line(YamlFile.get(item, "titel").orElseThrow());
                    Target first = seen.putIfAbsent(normalise(titel), new Target(url, line));
                    if (first != null && !sameTarget(first.url(), url)) {
                        out.add(Problem.error(file, line, "Der Linktext " + Q + titel + E + " führt hier zu " + Q + url
                                + E + ", in Zeile " + first.line() + " aber zu " + Q + first.url() + E + ". Vorlesesoftware "
                                + "listet Links nach ihrem Text: Gleiche Texte für verschiedene Ziele sind nicht zu "
                                + "unterscheiden. Geben Sie jedem Link einen eigenen Text, der sein Ziel beschreibt."));
                    }
                }
                visitData(file, item, out);
            }
        }
    }

    private static void linkTitle(String file, MappingNode mapping, List<Problem> out) {
        var titelNode = YamlFile.get(mapping, "titel");
        String url = YamlFile.get(mapping, "url").map(YamlFile::text).orElse(null);
        if (titelNode.isEmpty() || url == null) {
            return;
        }
        String titel = YamlFile.text(titelNode.get());
        if (titel != null && !titel.isBlank()) {
            linkText(file, YamlFile.line(titelNode.get()), titel.strip(), "titel: ", "", out);
        }
    }
}
