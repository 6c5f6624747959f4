package de.kjchessen.build.content;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentFileTest {

    /** The body as the validator always read it: all lines split at CRLF or LF, from bodyStartLine on, joined by LF. */
    private static String splitAndJoin(String text, int bodyStartLine) {
        String[] lines = text.split("\r?\n", -1);
        int from = bodyStartLine - 1;
        return from >= lines.length ? "" : String.join("\n", Arrays.copyOfRange(lines, from, lines.length));
    }

    @Test
    void theBodyIsTheRestOfTheFileFromItsFirstLineWithLineFeedsOnly() {
        List<String> texts = List.of(
                "title=A\n~~~~~~\n# Body\n\nText\n",
                "title=A\r\n~~~~~~\r\n# Body\r\n\r\nText\r\n",
                "title=A\n~~~~~~\r\n# Body\rnot a line end\r\r\nlast",
                "title=A\n~~~~~~",
                "title=A\n~~~~~~\n",
                "");
        for (String text : texts) {
            for (int start = 1; start <= 7; start++) {
                ContentFile page = new ContentFile("content/a.md", "/a.html", text, new Header(Map.of(), Map.of(), start));
                assertEquals(splitAndJoin(text, start), page.body(), "line " + start + " of " + text.replace("\r", "\\r"));
            }
        }
        assertEquals("# Body\n\nText\n", new ContentFile("content/a.md", "/a.html", texts.get(1),
                new Header(Map.of(), Map.of(), 3)).body());
        assertEquals("", new ContentFile("content/a.md", "/a.html", texts.get(0), null).body());
    }
}
