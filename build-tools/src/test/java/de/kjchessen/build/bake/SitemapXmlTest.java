package de.kjchessen.build.bake;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SitemapXmlTest {

    @Test
    void sortedEscapedEntriesWithLastmod() {
        String xml = SitemapXml.write(List.of(new SitemapXml.Entry("https://x.de/b?a=1&b=2", LocalDate.of(2018, 11, 26)),
                new SitemapXml.Entry("https://x.de/", LocalDate.of(2026, 11, 25))));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://x.de/</loc><lastmod>2026-11-25</lastmod></url>
                  <url><loc>https://x.de/b?a=1&amp;b=2</loc><lastmod>2018-11-26</lastmod></url>
                </urlset>
                """, xml);
    }
}
