package de.kjchessen.build.bake;

import de.kjchessen.build.SiteUrls;
import freemarker.template.Configuration;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Functions every template may call, so URL rules and counting live in Java once, not in Freemarker:
 * {@code url(uri)} turns a JBake document address into the page's address ({@link SiteUrls.ofUri}), and
 * {@code anzahl(n, eins, viele)} counts (a number or a list) and picks the German form ("eine Meldung" /
 * "{n} Meldungen"), so no template chooses singular or plural.
 */
public final class TemplateFunctions {

    private TemplateFunctions() {
    }

    /** Registers the functions as shared variables of the project's Freemarker configuration. */
    public static void register(Configuration templates) {
        templates.setSharedVariable("url", (TemplateMethodModelEx) args -> SiteUrls.ofUri(text(args, 0, "url")));
        templates.setSharedVariable("anzahl", (TemplateMethodModelEx) args -> {
            if (args.size() < 2 || args.size() > 3) {
                throw new TemplateModelException("anzahl(n, eins, viele) braucht zwei oder drei Argumente.");
            }
            String one = text(args, 1, "anzahl");
            return count(count(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0))), one,
                    args.size() == 3 ? text(args, 2, "anzahl") : one);
        });
    }

    /** The text for {@code n}: {@code one} for exactly one, else {@code many}; "{n}" in either becomes the number. */
    static String count(int n, String one, String many) {
        return (n == 1 ? one : many).replace("{n}", Integer.toString(n));
    }

    static int count(Object value) throws TemplateModelException {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        throw new TemplateModelException("anzahl(n, …): n ist weder eine Zahl noch eine Liste: " + value);
    }

    private static String text(List<?> args, int i, String function) throws TemplateModelException {
        if (args.size() <= i || !(args.get(i) instanceof TemplateScalarModel s)) {
            throw new TemplateModelException(function + "(…): Argument " + (i + 1) + " muss ein Text sein.");
        }
        return s.getAsString();
    }
}
