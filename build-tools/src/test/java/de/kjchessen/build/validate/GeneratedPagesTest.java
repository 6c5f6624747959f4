package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links to pages and files made at bake time (feed, Schlagwort and archive year pages, .ics) are valid; others still fail. */
class GeneratedPagesTest {

    static final String PROPERTIES = "site.generators=true\nrender.tags=true\nrender.tagsindex=true\n"
            + "tag.path=aktuelles/schlagworte\ntag.sanitize=true\ntemplate.archivjahr.file=archiv-jahr.ftl\n";

    @Test
    void linksToGeneratedAddressesAreValidAndATyposIsStillReported(@TempDir Path root) throws Exception {
        ValidateSiteTest.write(root, "data/site.yaml", ValidateSiteTest.GOOD_SITE);
        ValidateSiteTest.write(root, "jbake.properties", PROPERTIES);
        ValidateSiteTest.write(root, "content/aktuelles/2018/meldung.md", "title=M\ndescription=D\ndate=2018-11-26\n"
                + "type=post\nstatus=published\ntags=Kampagne,Soziale Arbeit\n~~~~~~\nText\n");
        ValidateSiteTest.write(root, "content/termine/tag.md", "title=T\ndescription=D\ndate=2026-11-25\ntype=termin\n"
                + "status=published\nstart=2018-11-26\nlocation=Berlin\n~~~~~~\nText\n");
        ValidateSiteTest.write(root, "content/index.md", "title=Start\ndescription=D\ndate=2026-11-25\ntype=home\n"
                + "status=published\n~~~~~~\n[Feed](/aktuelles/feed.xml), [Kalender](/termine/tag.ics), "
                + "[Kampagne](/aktuelles/schlagworte/Kampagne.html), [Soziales](/aktuelles/schlagworte/Soziale-Arbeit.html), "
                + "[Schlagworte](/aktuelles/schlagworte/), [Sitemap](/sitemap.xml), [2018](/aktuelles/archiv/2018/)\n\n"
                + "[Tippfehler](/aktuelles/schlagworte/Kampagnen.html)\n\n"
                + "[Kein Jahr mit Meldungen](/aktuelles/archiv/2017/)\n");

        List<String> messages = ValidateSite.validate(root).problems().stream().map(Problem::format).toList();

        assertEquals(List.of("content/index.md, Zeile 9: Der Link \u201E/aktuelles/schlagworte/Kampagnen.html\u201C führt "
                + "zu keiner Seite dieser Website. Meinten Sie \u201E/aktuelles/schlagworte/Kampagne.html\u201C?",
                "content/index.md, Zeile 11: Der Link \u201E/aktuelles/archiv/2017/\u201C führt zu keiner Seite dieser "
                + "Website. Meinten Sie \u201E/aktuelles/archiv/2018/\u201C?"), messages);
    }
}
