package de.kjchessen.build.hosting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostingConfigTest {

    private final List<Redirect> redirects = List.of(
            new Redirect("/alt/seite(1).html", null, "/neu/", 2, 3),
            new Redirect("/index.php", "id=12&L=0", "/ueber-uns/#gremien", 4, 5),
            new Redirect("/presse/", null, "https://example.org/pr%C3%BCfen?a=1", 6, 7),
            new Redirect("/über", null, "/über-uns/", 8, 9));

    @Test
    void apacheRulesEscapeRegexAndKeepTargetsLiteral() {
        String out = HostingConfig.htaccess("A\n# @REDIRECTS@\nB\n", redirects);
        assertTrue(out.startsWith("A\n# 4 Weiterleitung(en)"), out);
        assertTrue(out.endsWith("B\n"), out);
        assertTrue(out.contains("RewriteRule ^alt/seite\\(1\\)\\.html$ /neu/ [R=301,L,QSD,NE]\n"), out);
        assertTrue(out.contains("RewriteCond %{QUERY_STRING} ^id=12&L=0$\nRewriteRule ^index\\.php$ /ueber-uns/#gremien [R=301,L,QSD,NE]\n"), out);
        assertTrue(out.contains("RewriteRule ^presse/?$ https://example.org/pr\\%C3\\%BCfen?a=1 [R=301,L,QSD,NE]\n"), out);
        assertTrue(out.contains("RewriteRule ^über$ /%C3%BCber-uns/ [R=301,L,QSD,NE]".replace("%", "\\%")), out);
    }

    @Test
    void templateWithoutMarkerIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> HostingConfig.htaccess("no marker", redirects));
    }

    @Test
    void nginxGetsExactLocations() {
        String out = HostingConfig.nginx(redirects);
        assertTrue(out.contains("location = \"/index.php\" {\n    if ($args = \"id=12&L=0\") { return 301 /ueber-uns/#gremien; }\n    return 404;\n}\n"), out);
        assertTrue(out.contains("location = \"/presse\" {\n    return 301 https://example.org/pr%C3%BCfen?a=1;\n}\n"), out);
        assertEquals(5, out.split("location = ").length - 1, out);
    }
}
