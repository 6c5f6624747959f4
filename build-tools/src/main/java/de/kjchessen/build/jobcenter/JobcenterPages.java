package de.kjchessen.build.jobcenter;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.content.GeneratedPage;
import de.kjchessen.build.content.RenderingStep;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JBake extension that builds the Jobcenter section from data/jobcenter.yaml alone: the overview /jobcenter/
 * (grouped list and map), one page /jobcenter/&lt;id&gt;/ per entry (with the Gemeinden of its Kreis from
 * data/gemeinden.csv), and the open-data downloads /daten/jobcenter-hessen.csv and .json. A new entry in the
 * YAML file is all it takes to add a Jobcenter: no template or content file changes.
 *
 * <p>Pages go through JBake's Renderer with the templates named by template.jobcenter.file and
 * template.jobcenteruebersicht.file, so they share the site layout. Each page is then recorded in the content
 * store as already rendered, so sitemap.xml and other once-per-build lists see it like any other page.
 */
public class JobcenterPages extends RenderingStep {

    public static final String TYPE = "jobcenter";
    public static final String OVERVIEW_TYPE = "jobcenteruebersicht";
    public static final String CSV = "daten/jobcenter-hessen.csv";
    public static final String JSON = "daten/jobcenter-hessen.json";
    static final List<String> BEZIRKE = List.of("Darmstadt", "Gießen", "Kassel");

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Path data = config.getDataFolder().toPath();
        if (!JobCentreFile.exists(data) || config.getTemplateByDocType(TYPE) == null) {
            return 0; // a site without the Jobcenter section (test fixtures)
        }
        try {
            Section section = Section.read(data);
            Path out = config.getDestinationFolder().toPath();
            int rendered = 0;
            for (JobCentre j : section.jobcenter()) {
                renderer.render(GeneratedPage.record(db, detail(section, j)));
                rendered++;
            }
            renderer.render(GeneratedPage.record(db, overview(section)));
            write(out.resolve(CSV), JobcenterDownloads.csv(section.jobcenter(), config.getSiteHost(), BuildClock.today()));
            write(out.resolve(JSON), JobcenterDownloads.json(section.jobcenter(), section.stand(), config.getSiteHost(),
                    BuildClock.today()));
            return rendered + 1;
        } catch (Exception e) {
            throw new RenderingException("Die Jobcenter-Seiten konnten nicht erzeugt werden: " + e.getMessage());
        }
    }

    /** Everything the section is built from, read once per bake. */
    public record Section(List<JobCentre> jobcenter, Map<String, KreisGeometry.Kreis> kreise,
                          Responsibilities responsibilities, LocalDate stand, Contact.SourcedValue jobcenterDigital,
                          HessenCounts counts) {
        public static Section read(Path data) throws IOException {
            JobCentreFile file = JobCentreFile.load(data);
            return new Section(file.all(),
                    KreisGeometry.read(data.resolve("geo").resolve(Path.of(KreisGeometry.FILE).getFileName())),
                    ResponsibilityReader.fromDataFolder(data), file.stand(), file.jobcenterDigital(), HessenCounts.of(file));
        }

        /** The Jobcenter responsible on the build day for the Gemeinde with this 8-digit key. */
        JobCentre responsibleFor(String gemeindeAgs) {
            return responsibilities.gemeinde(gemeindeAgs).map(Responsibilities.Entry::jobcenter).orElse(null);
        }
    }

    static DocumentModel overview(Section s) {
        DocumentModel doc = page(OVERVIEW_TYPE, "jobcenter/index.html", "Jobcenter in Hessen",
                "Alle " + s.jobcenter().size() + " Jobcenter in Hessen nach Regierungsbezirk, mit Trägerform und Karte.", s.stand());
        List<Map<String, Object>> gruppen = new ArrayList<>();
        Collator collator = Collator.getInstance(Locale.GERMAN);
        for (String bezirk : BEZIRKE) {
            List<Map<String, Object>> items = s.jobcenter().stream().filter(j -> bezirk.equals(j.regierungsbezirk()))
                    .sorted((a, b) -> collator.compare(a.gebiet(), b.gebiet())).map(JobCentre::model).toList();
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("regierungsbezirk", bezirk);
            g.put("jobcenter", items);
            gruppen.add(g);
        }
        doc.put("gruppen", gruppen);
        doc.put("zahlen", s.counts().model());
        doc.put("karte", HessenMap.svg(s.kreise(), s.jobcenter(), s::responsibleFor));
        return doc;
    }

    static DocumentModel detail(Section s, JobCentre j) {
        String art = JobCentre.KREISFREIE_STADT.equals(j.art()) ? "die kreisfreie Stadt" : "den";
        DocumentModel doc = page(TYPE, "jobcenter/" + j.id() + "/index.html", j.displayName(),
                (j.kommunal() ? "Kommunales Jobcenter" : "Gemeinsame Einrichtung") + " für " + art + " " + j.gebiet()
                        + ": Trägerform, Sitz, Website, zuständige Gemeinden und Quellen.", j.stand() != null ? j.stand() : s.stand());
        doc.put("jobcenter", j.model());
        Collator collator = Collator.getInstance(Locale.GERMAN);
        doc.put("gemeinden", s.responsibilities().gemeindenOf(j.id()).stream().map(e -> e.gemeinde().name())
                .sorted(collator).toList());
        // Changes of responsibility to announce ("Ab …") or still to name ("Seit …"), in this Jobcenter's words.
        doc.put("wechsel", s.responsibilities().changesFor(j.id()).stream().map(e -> e.wechsel().neu().id().equals(j.id())
                ? e.wechsel().sentenceForNew(e.gemeinde().name()) : e.wechsel().sentenceForPrevious(e.gemeinde().name())).toList());
        doc.put("jsonld", JobcenterDownloads.jsonLd(j, s.kreise().get(j.ags())));
        doc.put("kontakt", kontakt(j, s.jobcenterDigital()));
        return doc;
    }

    /** Where the page sends visitors when nothing is confirmed: the Bundesagentur's search of its offices. */
    public static final String BA_SEARCH = "https://www.arbeitsagentur.de/vor-ort/";
    static final Map<String, String> LABELS = Map.of("online", "Online", "website", "Website", "telefon", "Telefon",
            "oeffnungszeiten", "Öffnungszeiten", "adresse", "Anschrift", "standorte", "Weitere Standorte");

    /**
     * "So erreichen Sie das Jobcenter": rows of confirmed values (label, values with link, "Stand" and source number),
     * the numbered sources, what is not confirmed (a sentence), and whether to point to the Bundesagentur's search.
     * A gemeinsame Einrichtung without its own confirmed online service gets the general line "Gemeinsame
     * Einrichtungen nutzen jobcenter.digital" with its own source, never a claim about this Jobcenter.
     */
    static Map<String, Object> kontakt(JobCentre j, Contact.SourcedValue digital) {
        Contact k = j.kontakt();
        List<String> urls = new ArrayList<>();
        List<Map<String, Object>> quellen = new ArrayList<>();
        java.util.function.Function<Contact.SourcedValue, Map<String, Object>> value = a -> {
            int n = urls.indexOf(a.quelleUrl());
            if (n < 0) {
                urls.add(a.quelleUrl());
                n = urls.size() - 1;
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("nummer", n + 1);
                q.put("titel", a.quelle());
                q.put("url", a.quelleUrl());
                q.put("stand", a.asOfText());
                q.put("datum", a.isoDate());
                quellen.add(q);
            }
            return Contact.model(a, n + 1);
        };
        List<Map<String, Object>> zeilen = new ArrayList<>();
        java.util.function.BiConsumer<String, List<Contact.SourcedValue>> row = (feld, values) -> {
            if (!values.isEmpty()) {
                Map<String, Object> z = new LinkedHashMap<>();
                z.put("feld", feld);
                z.put("titel", LABELS.get(feld));
                z.put("werte", values.stream().map(value).toList());
                zeilen.add(z);
            }
        };
        boolean allgemein = k.online() == null && !j.kommunal() && digital != null;
        row.accept("online", k.online() != null ? List.of(k.online()) : List.of());
        if (allgemein) {
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("feld", "online");
            z.put("titel", LABELS.get("online"));
            Map<String, Object> v = value.apply(digital);
            v.put("wert", "jobcenter.digital");
            v.put("allgemein", true);
            z.put("werte", List.of(v));
            zeilen.add(z);
        }
        for (String feld : List.of("website", "telefon", "oeffnungszeiten", "adresse")) {
            Contact.SourcedValue a = switch (feld) {
                case "website" -> k.website();
                case "telefon" -> k.telefon();
                case "oeffnungszeiten" -> k.oeffnungszeiten();
                default -> k.adresse();
            };
            row.accept(feld, a == null ? List.of() : List.of(a));
        }
        row.accept("standorte", k.standorte());
        List<String> fehlt = new ArrayList<>();
        if (k.website() == null) {
            fehlt.add("eine Website");
        }
        if (k.adresse() == null) {
            fehlt.add("eine Anschrift");
        }
        if (k.telefon() == null) {
            fehlt.add("eine Telefonnummer");
        }
        if (k.oeffnungszeiten() == null && k.telefon() == null) {
            fehlt.add("Öffnungszeiten");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeilen", zeilen);
        m.put("quellen", quellen);
        m.put("leer", k.empty());
        m.put("fehlt", fehlt.isEmpty() ? "" : "Nicht bestätigt " + (fehlt.size() == 1 && !fehlt.get(0).endsWith("zeiten")
                ? "ist " : "sind ") + join(fehlt) + ".");
        m.put("website", k.website() != null);
        m.put("ba_suche", BA_SEARCH);
        m.put("stand", k.stand() == null ? null : k.stand().format(Contact.DAY));
        m.put("stand_iso", k.stand() == null ? null : k.stand().toString());
        return m;
    }

    private static String join(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " und " + parts.get(parts.size() - 1);
    }

    private static DocumentModel page(String type, String uri, String title, String description, LocalDate stand) {
        return GeneratedPage.model(type, uri, title, description,
                Date.from(stand.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
