package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * No page may repeat a text of ../shared/seeds/ (the press release of the Hessischer Landkreistag the project
 * started from) word for word: facts carry over from a source, its sentences do not. A run of {@value #RUN} or more
 * consecutive words that also stands in a seed text is a fault, named with the page and the run.
 *
 * <p>Words are compared with case and punctuation folded (and the seed's hyphenated line breaks joined). Two
 * things are not counted as copying:
 * <ul>
 *   <li>Marked quotations: a {@code <blockquote>} or {@code <q>} with a {@code cite} attribute (the address of the
 *   source), or a {@code <blockquote>} that names its source in a {@code <cite>} element.</li>
 *   <li>Proper names and titles ({@link #PROPER_NAMES}): each counts as one word, so naming the campaign or the two
 *   associations does not by itself make a run, while a copied sentence around them still does.</li>
 * </ul>
 */
public final class SeedCopyCheck {

    /** The shortest run of words that counts as copied. */
    public static final int RUN = 8;

    /**
     * Proper names and titles that a page must be free to write exactly as the seed does, as patterns over the
     * folded words (lower case, single spaces), each replaced by one token. Order matters: longer names first.
     */
    static final Map<String, Pattern> PROPER_NAMES = properNames(
            "«Kampagnentitel»", "(kommunale jobcenter )?stark sozial vor ort",
            "«Tag-der-Kommunalen-Jobcenter»", "tage?s? der kommunalen jobcenter",
            "«Hessischer-Landkreistag»", "hessischer? landkreistag(e?s)?|hessischen landkreistag(e?s)?",
            "«Hessischer-Städtetag»", "hessischer? städtetag(e?s)?|hessischen städtetag(e?s)?",
            "«Bundesagentur-für-Arbeit»", "bundesagentur für arbeit",
            "«Grundsicherung-für-Arbeitsuchende»", "grundsicherung für arbeitsuchende",
            "«Kommunale-Jobcenter»", "kommunalen? jobcenter[ns]?");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A word split at the end of a line in the seed ("Arbeitsmarkt-\npolitik"). */
    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("-[ \\t]*\\R[ \\t]*");

    private SeedCopyCheck() {
    }

    /** Every run of {@value #RUN} or more words on any page of {@code site} that also stands in a file of {@code seedsDir}. */
    public static List<Fault> check(Path seedsDir, GeneratedSite site) {
        Map<String, String> seedRuns = seedRuns(seedsDir);
        List<Fault> faults = new ArrayList<>();
        site.pages().forEach((page, doc) -> {
            for (String run : new LinkedHashSet<>(copiedRuns(visibleText(doc), seedRuns.keySet()))) {
                String first = String.join(" ", Arrays.asList(run.split(" ")).subList(0, RUN));
                faults.add(new Fault(page, 0, "Diese Wörter stehen genauso in " + seedRuns.get(first)
                        + ": \u201E" + run + "\u201C. Schreiben Sie den Satz mit eigenen Worten neu (Fakten und Zahlen "
                        + "dürfen bleiben) oder kennzeichnen Sie ihn als Zitat mit Quelle: <blockquote cite=\"Adresse der "
                        + "Quelle\">…</blockquote>."));
            }
        });
        return faults;
    }

    /** Title, description and body text of a page, without marked quotations. */
    static String visibleText(Document doc) {
        Document copy = doc.clone();
        copy.select("blockquote[cite], q[cite], blockquote:has(cite)").remove();
        StringBuilder text = new StringBuilder(copy.title());
        copy.select("meta[name=description], meta[property=og:description]")
                .forEach(m -> text.append(" | ").append(m.attr("content")));
        copy.select("script[type=application/ld+json]").forEach(s -> text.append(" | ").append(s.data()));
        Element body = copy.body();
        return text.append(" | ").append(body == null ? "" : body.text()).toString();
    }

    /** The maximal runs of words in {@code text} whose every {@value #RUN}-word window is in {@code seed}. */
    static List<String> copiedRuns(String text, Set<String> seed) {
        List<String> words = words(text);
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i + RUN <= words.size()) {
            if (!seed.contains(window(words, i))) {
                i++;
                continue;
            }
            int end = i; // last window start of this run
            while (end + 1 + RUN <= words.size() && seed.contains(window(words, end + 1))) {
                end++;
            }
            runs.add(String.join(" ", words.subList(i, end + RUN)));
            i = end + RUN;
        }
        return runs;
    }

    /** Every {@value #RUN}-word window of every seed text → the seed file it came from. */
    static Map<String, String> seedRuns(Path seedsDir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(seedsDir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Die Vergleichstexte fehlen: " + seedsDir + " (../shared/seeds/)", e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("In " + seedsDir + " liegt kein Vergleichstext.");
        }
        Map<String, String> runs = new HashMap<>();
        for (Path f : files) {
            List<String> words;
            try {
                words = words(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i + RUN <= words.size(); i++) {
                runs.putIfAbsent(window(words, i), "../shared/seeds/" + f.getFileName());
            }
        }
        return runs;
    }

    /** Lower-case words without punctuation; each proper name of {@link #PROPER_NAMES} becomes one word. */
    static List<String> words(String text) {
        Matcher m = WORD.matcher(LINE_BREAK_HYPHEN.matcher(text).replaceAll("").toLowerCase(Locale.GERMAN));
        List<String> plain = new ArrayList<>();
        while (m.find()) {
            plain.add(m.group());
        }
        String joined = String.join(" ", plain);
        for (Map.Entry<String, Pattern> name : PROPER_NAMES.entrySet()) {
            joined = name.getValue().matcher(joined).replaceAll(name.getKey());
        }
        return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }

    private static String window(List<String> words, int start) {
        return String.join(" ", words.subList(start, start + RUN));
    }

    private static Map<String, Pattern> properNames(String... labelsAndPatterns) {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndPatterns.length; i += 2) {
            out.put(labelsAndPatterns[i], Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + labelsAndPatterns[i + 1]
                    + ")(?![\\p{L}\\p{N}])"));
        }
        return out;
    }
}
