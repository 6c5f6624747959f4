package de.kjchessen.site.support;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.Collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Selections that a test loops over, asserted not to be empty first: a check run for each element of an empty
 * selection checks nothing and passes, so a renamed class or a template that stopped writing the element would go
 * unnoticed.
 */
public final class Selections {

    private Selections() {
    }

    /** The elements {@code css} selects under {@code root}; fails naming the selector and {@code where} if none. */
    public static Elements select(Element root, String css, String where) {
        return nonEmpty(root.select(css), where + ": nichts gefunden für „" + css + "“");
    }

    /** {@code items}, after failing with {@code what} when there is none. */
    public static <C extends Collection<?>> C nonEmpty(C items, String what) {
        assertFalse(items.isEmpty(), what + " (leer: die Prüfung hätte nichts geprüft)");
        return items;
    }

    /**
     * Every link to another site under {@code css} ("main a[href^=http]") carries rel="external" (the site marks them
     * with "(externer Link)"); fails when there is no such link, since then nothing was checked.
     */
    public static void assertExternalLinksMarked(Element root, String css, String where) {
        for (Element a : select(root, css, where)) {
            assertEquals("external", a.attr("rel"), where + ": " + a.outerHtml());
        }
    }
}
