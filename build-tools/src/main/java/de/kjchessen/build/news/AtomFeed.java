package de.kjchessen.build.news;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import de.kjchessen.build.BuildClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The Atom 1.0 feed of the newest {@value #ENTRIES} Pressemitteilungen, written with Rome. Ids and links are absolute; the entry
 * content is the rendered body, and xml:base on the feed resolves its root-relative links.
 */
public final class AtomFeed {

    /** Where the feed and the list it mirrors live (root-relative). */
    public static final String PATH = "/aktuelles/feed.xml";
    public static final String LIST_PATH = "/aktuelles/";
    /**
     * The newest entries only: feed readers keep what they have fetched, and a feed of the whole archive would
     * grow by every Pressemitteilung for years (15 MB at 4000). 20 covers several months of news.
     */
    public static final int ENTRIES = 20;

    private AtomFeed() {
    }

    public static String write(List<Post> posts, String host, String siteName) {
        List<Post> newestFirst = posts.stream().sorted(Comparator.comparing(Post::date).reversed()
                .thenComparing(Post::path)).limit(ENTRIES).toList();
        Feed feed = new Feed("atom_1.0");
        feed.setXmlBase(host + "/");
        feed.setId(host + LIST_PATH);
        feed.setTitle("Meldungen – " + siteName);
        feed.setLanguage("de");
        feed.setAlternateLinks(List.of(link("alternate", "text/html", host + LIST_PATH)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", host + PATH)));
        feed.setAuthors(List.of(person(siteName, host)));
        feed.setUpdated(newestFirst.isEmpty() ? date(LocalDate.of(2018, 1, 1)) : date(newestFirst.get(0).date()));
        List<Entry> entries = new ArrayList<>();
        for (Post post : newestFirst) {
            Entry entry = new Entry();
            entry.setId(host + post.path());
            entry.setTitle(post.title());
            entry.setAlternateLinks(List.of(link("alternate", "text/html", host + post.path())));
            entry.setPublished(date(post.date()));
            entry.setUpdated(date(post.date()));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(post.description());
            entry.setSummary(summary);
            Content content = new Content();
            content.setType("html");
            content.setValue(post.html());
            entry.setContents(List.of(content));
            List<Category> categories = new ArrayList<>();
            for (String tag : post.tags()) {
                Category c = new Category();
                c.setTerm(tag);
                categories.add(c);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written: " + e.getMessage(), e);
        }
    }

    /** A press release of a day counts from midnight in Berlin. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(BuildClock.BERLIN).toInstant());
    }

    private static Link link(String rel, String type, String href) {
        Link l = new Link();
        l.setRel(rel);
        l.setType(type);
        l.setHref(href);
        return l;
    }

    private static SyndPerson person(String name, String host) {
        Person p = new Person();
        p.setName(name);
        p.setUri(host + "/");
        return p;
    }
}
