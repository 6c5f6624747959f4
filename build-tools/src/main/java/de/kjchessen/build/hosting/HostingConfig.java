package de.kjchessen.build.hosting;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the redirects of data/redirects.yaml as Apache (.htaccess) and nginx configuration. */
public final class HostingConfig {

    /** The line in hosting/htaccess that the generated redirect rules replace. */
    public static final String MARKER = "# @REDIRECTS@";

    private HostingConfig() {
    }

    public static String htaccess(String template, List<Redirect> redirects) {
        if (!template.contains(MARKER)) {
            throw new IllegalArgumentException("hosting/htaccess lacks the line \"" + MARKER + "\"");
        }
        StringBuilder rules = new StringBuilder();
        rules.append("# ").append(redirects.size()).append(" Weiterleitung(en), erzeugt aus data/redirects.yaml\n");
        for (Redirect r : redirects) {
            rules.append("# data/redirects.yaml, Zeile ").append(r.line()).append('\n');
            if (r.query() != null) {
                rules.append("RewriteCond %{QUERY_STRING} ^").append(regex(r.query())).append("$\n");
            }
            // In .htaccess the pattern sees the path without its leading "/"; QSD drops the old query.
            rules.append("RewriteRule ^").append(pathPattern(r.path())).append("$ ")
                 .append(substitution(target(r.to()))).append(" [R=301,L,QSD,NE]\n");
        }
        return template.replace(MARKER, rules.toString().stripTrailing());
    }

    /** nginx: one exact location per old path; query-specific entries test $args inside it. */
    public static String nginx(List<Redirect> redirects) {
        Map<String, List<Redirect>> byPath = new LinkedHashMap<>();
        for (Redirect r : redirects) {
            byPath.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(r);
            if (r.path().endsWith("/") && r.path().length() > 1) {
                byPath.computeIfAbsent(r.path().substring(0, r.path().length() - 1), k -> new ArrayList<>()).add(r);
            }
        }
        StringBuilder sb = new StringBuilder("# Generated from data/redirects.yaml; include inside the server block.\n");
        byPath.forEach((path, list) -> {
            sb.append("location = \"").append(path).append("\" {\n");
            Redirect any = null;
            for (Redirect r : list) {
                if (r.query() == null) {
                    any = r;
                } else {
                    sb.append("    if ($args = \"").append(r.query()).append("\") { return 301 ")
                      .append(target(r.to())).append("; }\n");
                }
            }
            sb.append(any != null ? "    return 301 " + target(any.to()) + ";\n" : "    return 404;\n");
            sb.append("}\n");
        });
        return sb.toString();
    }

    /** Old path "/alt/seite.html" → "alt/seite\.html"; a trailing "/" is optional ("/presse/" also matches "/presse"). */
    static String pathPattern(String path) {
        String p = regex(path.substring(1));
        return path.endsWith("/") && path.length() > 1 ? p.substring(0, p.length() - 1) + "/?" : p;
    }

    static String regex(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Target as ASCII (umlauts percent-encoded), so the Location header is valid. */
    static String target(String to) {
        return URI.create(to.replace(" ", "%20")).toASCIIString();
    }

    private static String substitution(String to) {
        return to.replace("\\", "\\\\").replace("$", "\\$").replace("%", "\\%");
    }
}
