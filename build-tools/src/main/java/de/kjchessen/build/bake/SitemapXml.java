package de.kjchessen.build.bake;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** sitemap.xml (sitemaps.org protocol 0.9): absolute URLs with the day of their last change. */
public final class SitemapXml {

    public static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** One page; {@code alternates} are its versions in other languages (hreflang → absolute URL), German first. */
    public record Entry(String url, LocalDate lastmod, java.util.Map<String, String> alternates) {
        public Entry(String url, LocalDate lastmod) {
            this(url, lastmod, java.util.Map.of());
        }
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
            if (entries.stream().anyMatch(e -> !e.alternates().isEmpty())) {
                xml.writeNamespace("xhtml", XHTML);
            }
            for (Entry e : entries.stream().sorted(Comparator.comparing(Entry::url)).toList()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(e.url());
                xml.writeEndElement();
                xml.writeStartElement("lastmod");
                xml.writeCharacters(e.lastmod().toString());
                xml.writeEndElement();
                // hreflang pairs (Google's sitemap form): every version names all versions, itself included.
                for (java.util.Map.Entry<String, String> a : e.alternates().entrySet()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", a.getKey());
                    xml.writeAttribute("href", a.getValue());
                }
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
