package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * No inline code, so the site works under a Content-Security-Policy without 'unsafe-inline': no script
 * element without src (JSON-LD, type="application/ld+json", is data and allowed), no event-handler attribute,
 * no javascript: URL, no style attribute and no style element.
 */
public final class InlineCodeCheck {

    private InlineCodeCheck() {
    }

    public static List<Fault> check(GeneratedSite site) {
        List<Fault> faults = new ArrayList<>();
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            String rel = page.getKey();
            for (Element el : page.getValue().getAllElements()) {
                int line = el.sourceRange().start().lineNumber();
                String tag = el.normalName();
                if (tag.equals("script") && !el.hasAttr("src")
                        && !el.attr("type").strip().toLowerCase(Locale.ROOT).equals("application/ld+json")) {
                    faults.add(new Fault(rel, line, "Eingebettetes Skript (<script> ohne src). Legen Sie das Skript "
                            + "als Datei unter assets/js/ ab und binden Sie es mit <script src=\"/js/…\" defer> ein."));
                }
                if (tag.equals("style")) {
                    faults.add(new Fault(rel, line, "Eingebettetes <style>-Element. Schreiben Sie die Regeln in "
                            + "assets/css/site.css."));
                }
                for (Attribute a : el.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (key.equals("style")) {
                        faults.add(new Fault(rel, line, "style-Attribut an <" + tag + "> (\"" + a.getValue()
                                + "\"). Verwenden Sie eine Klasse aus assets/css/site.css."));
                    } else if (key.startsWith("on") && key.length() > 2) {
                        faults.add(new Fault(rel, line, "Ereignis-Attribut " + key + " an <" + tag + "> ist "
                                + "eingebetteter Code. Binden Sie das Verhalten in einer Skriptdatei an."));
                    } else if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction"))
                            && a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                        faults.add(new Fault(rel, line, "javascript:-Adresse an <" + tag + ">. Verwenden Sie einen "
                                + "echten Link oder eine Schaltfläche mit Skriptdatei."));
                    }
                }
            }
        }
        return faults;
    }
}
