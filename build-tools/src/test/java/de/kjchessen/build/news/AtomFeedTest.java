package de.kjchessen.build.news;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomFeedTest {

    @Test
    void entriesNewestFirstWithAbsoluteIdsAndEscapedContent() throws Exception {
        Post old = new Post("/aktuelles/2018/a.html", "Alt & gut", "Teaser <alt>", LocalDate.of(2018, 11, 26),
                List.of("Kampagne"), "<p>Text mit <a href=\"/kampagne/\">Link</a></p>");
        Post neu = new Post("/aktuelles/2019/b.html", "Neu", "Teaser neu", LocalDate.of(2019, 8, 26), List.of(), "<p>Neu</p>");
        String xml = AtomFeed.write(List.of(old, neu), "https://www.example.de", "Beispiel");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("Neu", "Alt & gut"), entries.stream().map(SyndEntry::getTitle).toList());
        assertEquals("https://www.example.de/aktuelles/2018/a.html", entries.get(1).getUri());
        assertEquals("https://www.example.de/aktuelles/2018/a.html", entries.get(1).getLink());
        assertEquals("<p>Text mit <a href=\"/kampagne/\">Link</a></p>", entries.get(1).getContents().get(0).getValue());
        assertTrue(xml.contains("xml:base=\"https://www.example.de/\""), "relative Links im Inhalt brauchen xml:base");
    }

    @Test
    void holdsOnlyTheNewestEntriesOfALongArchive() throws Exception {
        List<Post> archive = new java.util.ArrayList<>();
        for (int day = 1; day <= AtomFeed.ENTRIES + 5; day++) {
            archive.add(new Post("/aktuelles/2019/" + day + ".html", "Meldung " + day, "Teaser", LocalDate.of(2019, 1, day),
                    List.of(), "<p>Text</p>"));
        }
        SyndFeed feed = new SyndFeedInput().build(new StringReader(AtomFeed.write(archive, "https://www.example.de", "Beispiel")));
        assertEquals(AtomFeed.ENTRIES, feed.getEntries().size());
        assertEquals("Meldung 25", feed.getEntries().get(0).getTitle());
        assertEquals("Meldung 6", feed.getEntries().get(AtomFeed.ENTRIES - 1).getTitle());
    }
}
