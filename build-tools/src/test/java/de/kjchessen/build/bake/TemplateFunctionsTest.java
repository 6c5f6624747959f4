package de.kjchessen.build.bake;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** url() and anzahl() as the templates call them, through a real Freemarker configuration. */
class TemplateFunctionsTest {

    private static String render(String source, Map<String, Object> model) throws Exception {
        Configuration cfg = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        TemplateFunctions.register(cfg);
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(source), cfg).process(model, out);
        return out.toString();
    }

    @Test
    void urlGivesThePageAddressOfAJBakeDocument() throws Exception {
        assertEquals("/ | /ueber-uns/ | /aktuelles/2018/a.html | /404.html",
                render("${url('index.html')} | ${url('ueber-uns/index.html')} | ${url('/aktuelles/2018/a.html')} | ${url('404.html')}",
                        Map.of()));
    }

    @Test
    void anzahlCountsNumbersAndListsAndPicksTheForm() throws Exception {
        String t = "${anzahl(n, 'eine Meldung', '{n} Meldungen')}";
        assertEquals("eine Meldung", render(t, Map.of("n", 1)));
        assertEquals("12 Meldungen", render(t, Map.of("n", 12)));
        assertEquals("0 Meldungen", render(t, Map.of("n", List.of())));
        assertEquals("eine Meldung", render(t, Map.of("n", List.of("a"))));
        assertEquals("3 Meldungen", render(t, Map.of("n", List.of("a", "b", "c"))));
        // one form for both: the text is the same, only the number changes
        assertEquals("2 Jobcenter", render("${anzahl(n, '{n} Jobcenter')}", Map.of("n", List.of(1, 2))));
    }

    @Test
    void anzahlRejectsWhatItCannotCount() {
        assertThrows(TemplateException.class, () -> render("${anzahl('x', 'eins', 'viele')}", Map.of()));
        assertThrows(TemplateException.class, () -> render("${anzahl(1)}", Map.of()));
    }
}
