package de.kjchessen.build.generate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** sitemap.xml (sitemaps.org protocol 0.9): absolute URLs with the day of their last change. */
public final class SitemapXml {

    public static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public record Entry(String url, LocalDate lastmod) {
    }

    private SitemapXml() {
    }

    public static String write(List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (Entry e : entries.stream().sorted(Comparator.comparing(Entry::url)).toList()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(e.url());
                xml.writeEndElement();
                xml.writeStartElement("lastmod");
                xml.writeCharacters(e.lastmod().toString());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap.xml could not be written: " + e.getMessage(), e);
        }
        return out + "\n";
    }
}
