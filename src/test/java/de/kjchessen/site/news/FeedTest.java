package de.kjchessen.site.news;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feed, read with Rome: valid Atom 1.0, one entry per published Pressemitteilung, absolute ids and links. */
class FeedTest {

    static GeneratedSite site;
    static Feed feed;
    static String host = Project.host();

    @BeforeAll
    static void load() throws Exception {
        site = GeneratedSite.built();
        Path file = site.root().resolve("aktuelles/feed.xml");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            feed = (Feed) new WireFeedInput(true, java.util.Locale.GERMAN).build(new InputSource(r));
        }
    }

    @Test
    void isAtomWithAbsoluteIdSelfLinkAndAuthor() {
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(host + "/aktuelles/", feed.getId());
        Link self = feed.getOtherLinks().stream().filter(l -> "self".equals(l.getRel())).findFirst().orElseThrow();
        assertEquals(host + "/aktuelles/feed.xml", self.getHref());
        assertEquals(host + "/aktuelles/", feed.getAlternateLinks().get(0).getHref());
        assertFalse(feed.getAuthors().isEmpty(), "Atom verlangt einen Autor");
        assertNotNull(feed.getUpdated());
    }

    @Test
    void holdsTheNewestPublishedPressemitteilungenNewestFirstWithDateAndLink() {
        List<Project.Source> all = Project.postsNewestFirst();
        assertFalse(all.isEmpty());
        List<Project.Source> posts = all.subList(0, Math.min(all.size(), de.kjchessen.build.news.AtomFeed.ENTRIES));
        List<Entry> entries = feed.getEntries();
        assertEquals(posts.size(), entries.size(), "Einträge im Feed");
        for (int i = 0; i < posts.size(); i++) {
            Project.Source post = posts.get(i);
            Entry entry = entries.get(i);
            String url = host + post.url();
            assertEquals(url, entry.getId(), post.rel());
            assertEquals(url, entry.getAlternateLinks().get(0).getHref(), post.rel());
            assertEquals(post.get("title"), entry.getTitle(), post.rel());
            assertEquals(post.date(), day(entry.getPublished()), post.rel() + ": published");
            assertEquals(post.date(), day(entry.getUpdated()), post.rel() + ": updated");
            assertEquals(post.tags(), entry.getCategories().stream().map(c -> c.getTerm()).toList(), post.rel());
            assertEquals(post.get("description"), entry.getSummary().getValue(), post.rel());
            assertTrue(Files.isRegularFile(site.root().resolve(post.page())), "Link des Eintrags führt ins Leere: " + url);
            assertTrue(entry.getContents().get(0).getValue().contains("<h2"), post.rel() + ": voller Text fehlt");
        }
        assertEquals(day(entries.get(0).getUpdated()), day(feed.getUpdated()), "updated = neueste Meldung");
    }

    @Test
    void everyPageLinksTheFeedInItsHead() {
        site.pages().forEach((path, doc) -> {
            var link = doc.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertNotNull(link, path + ": Feed-Link im <head> fehlt");
            assertEquals("/aktuelles/feed.xml", link.attr("href"), path);
        });
    }

    static LocalDate day(java.util.Date d) {
        return d.toInstant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
    }
}
