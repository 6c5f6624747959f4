package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.content.Embargo;
import de.kjchessen.build.content.Header;
import de.kjchessen.build.content.MarkdownSyntax;
import de.kjchessen.build.events.PointInTime;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The header key {@code sperrfrist=}: a day and time in German local time, on a Pressemitteilung or Termin only. */
final class EmbargoChecker {

    private EmbargoChecker() {
    }

    static void check(String file, Header h, List<Problem> out) {
        String value = h.get(Embargo.KEY);
        if (value == null) {
            return;
        }
        int line = h.lines().get(Embargo.KEY);
        if (!Embargo.TYPES.contains(h.get("type"))) {
            out.add(Problem.error(file, line, "Eine Sperrfrist gibt es nur für Pressemitteilungen (type=post) und "
                    + "Termine (type=termin). Löschen Sie die Zeile sperrfrist=…; eine Seite, die noch nicht erscheinen "
                    + "soll, bekommt status=draft."));
        } else if (PointInTime.parse(value).isEmpty()) {
            out.add(Problem.error(file, line, "Die Sperrfrist \u201E" + value + "\u201C hat nicht die Form "
                    + "JJJJ-MM-TT HH:MM (deutsche Zeit). Schreiben Sie zum Beispiel: sperrfrist=2026-12-01 10:00"));
        }
    }

    /**
     * A published page must not link a page under Sperrfrist: the link would lead nowhere until the day (and the
     * built site's link check would stop every publication until then). Only runs when something is embargoed.
     */
    static void checkLinks(List<ContentFile> pages, ZonedDateTime now, List<Problem> out) {
        Map<String, String> embargoed = new LinkedHashMap<>();
        for (ContentFile page : pages) {
            if (page.header() != null) {
                Embargo.until(page.header()).filter(until -> until.isAfter(now))
                        .ifPresent(until -> embargoed.put(page.url(), Embargo.text(until)));
            }
        }
        if (embargoed.isEmpty()) {
            return;
        }
        for (ContentFile page : pages) {
            if (page.header() == null || !page.isMarkdown() || embargoed.containsKey(page.url())) {
                continue;
            }
            walk(MarkdownSyntax.PARSER.parse(page.body()), page, embargoed, out);
        }
    }

    private static void walk(Node node, ContentFile page, Map<String, String> embargoed, List<Problem> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                String url = link.getUrl().toString();
                Optional<String> target = SiteUrls.resolve(page.url(), url);
                if (target.isPresent() && embargoed.containsKey(target.get())) {
                    out.add(Problem.error(page.file(), page.header().bodyStartLine() + child.getStartLineNumber(),
                            "Der Link \u201E" + url + "\u201C führt zu einer Seite unter Sperrfrist bis "
                                    + embargoed.get(target.get()) + "; bis dahin ist sie nicht veröffentlicht. Nehmen Sie den "
                                    + "Link erst nach der Sperrfrist auf (oder geben Sie der Pressemitteilung mit dem Link "
                                    + "dieselbe Sperrfrist)."));
                }
            }
            walk(child, page, embargoed, out);
        }
    }
}
