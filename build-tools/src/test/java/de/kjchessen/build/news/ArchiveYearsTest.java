package de.kjchessen.build.news;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArchiveYearsTest {

    @Test
    void groupsPostsByYearNewestYearFirstKeepingTheirOrder() {
        List<DocumentModel> newestFirst = List.of(post("c", 2020, 3, 1), post("b", 2020, 1, 1), post("a", 2018, 11, 26));
        Map<Integer, List<DocumentModel>> years = ArchiveYears.byYear(newestFirst);
        assertEquals(List.of(2020, 2018), List.copyOf(years.keySet()));
        assertEquals(List.of("c", "b"), years.get(2020).stream().map(DocumentModel::getTitle).toList());
        assertEquals(List.of("a"), years.get(2018).stream().map(DocumentModel::getTitle).toList());
    }

    @Test
    void aYearPageHasItsAddressCountAndTheNewestDate() {
        DocumentModel page = ArchiveYears.page(2020, List.of(post("c", 2020, 3, 1), post("b", 2020, 1, 1)));
        assertEquals("aktuelles/archiv/2020/index.html", page.getUri());
        assertEquals("aktuelles/archiv/2020/", page.getNoExtensionUri());
        assertEquals("Meldungen 2020", page.getTitle());
        assertEquals("2020", page.get("jahr"));
        assertEquals(2, page.get("anzahl"));
        assertEquals(post("c", 2020, 3, 1).getDate(), page.getDate());
        assertEquals(ArchiveYears.TYPE, page.getType());
    }

    private static DocumentModel post(String title, int year, int month, int day) {
        DocumentModel d = new DocumentModel();
        d.setTitle(title);
        d.setDate(Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        return d;
    }
}
