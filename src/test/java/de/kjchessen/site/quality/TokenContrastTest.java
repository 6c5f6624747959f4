package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenContrastTest {

    @Test
    void computesWcagRatios() {
        assertEquals(21.0, TokenContrast.ratio(new int[]{0, 0, 0}, new int[]{255, 255, 255}), 0.001);
        assertEquals(1.0, TokenContrast.ratio(new int[]{119, 119, 119}, new int[]{119, 119, 119}), 0.001);
        // #767676 on white is the well-known AA threshold colour (4.54:1), #777777 just misses it (4.48:1)
        assertEquals(4.54, TokenContrast.ratio(TokenContrast.parseColour("#767676"), TokenContrast.parseColour("#fff")), 0.01);
        assertEquals(4.48, TokenContrast.ratio(TokenContrast.parseColour("#777777"), TokenContrast.parseColour("rgb(255, 255, 255)")), 0.01);
    }

    @Test
    void reportsLowContrastPairAndColourOutsideTheTokens() {
        String css = """
                :root {
                  --farbe-text: #1b1b1b;
                  --farbe-leise: #777777;
                  --farbe-hintergrund: #ffffff;
                  --farbe-flaeche: #f3f2f1;
                  --farbe-marke: #0b4f6c;
                  --farbe-marke-text: #ffffff;
                }
                body { color: var(--farbe-text); background: var(--farbe-hintergrund); }
                .leise { color: var(--farbe-leise); }
                .kasten { background-color: var(--farbe-flaeche); }
                .kopf { background: var(--farbe-marke); color: var(--farbe-marke-text); }
                .rot { color: #c00; }
                @media print { body { color: #000; } }
                """;

        TokenContrast.Result result = TokenContrast.check("site.css", css);

        assertEquals(List.of(
                "--farbe-text auf --farbe-hintergrund: 17.22:1",
                "--farbe-text auf --farbe-flaeche: 15.41:1",
                "--farbe-leise auf --farbe-hintergrund: 4.48:1",
                "--farbe-leise auf --farbe-flaeche: 4.01:1",
                "--farbe-marke-text auf --farbe-marke: 8.94:1"),
                result.pairs().stream().map(Object::toString).toList());
        assertEquals(List.of(
                "site.css, Zeile 13: Farbe ohne Design-Token: \"color: #c00\" in .rot. Verwenden Sie eine Farbe aus :root, "
                        + "z. B. var(--farbe-text), damit ihr Kontrast geprüft wird.",
                "site.css: Zu wenig Kontrast: --farbe-leise auf --farbe-hintergrund: 4.48:1 (nötig sind mindestens 4.5:1, "
                        + "WCAG 2.1 AA). Wählen Sie eine dunklere Textfarbe oder einen helleren Hintergrund.",
                "site.css: Zu wenig Kontrast: --farbe-leise auf --farbe-flaeche: 4.01:1 (nötig sind mindestens 4.5:1, "
                        + "WCAG 2.1 AA). Wählen Sie eine dunklere Textfarbe oder einen helleren Hintergrund."),
                result.faults().stream().map(Fault::toString).toList());
    }

    @Test
    void checksTheMapColoursAsGraphicsWithThreeToOne() {
        // the palette of the map before it became tokens: sand areas on a white page (which also shows as their borders)
        String css = """
                :root {
                  --farbe-hintergrund: #ffffff;
                  --karte-kommunal: #0b4f6c;
                  --karte-kommunal-muster: #8fc1d6;
                  --karte-ge: #f3dfb0;
                  --karte-ge-muster: #7a4a00;
                }
                body { background: var(--farbe-hintergrund); }
                .flaeche { stroke: var(--farbe-hintergrund); fill: url(#muster); }
                .zeichen { fill: #8fc1d6; }
                """;

        TokenContrast.Result result = TokenContrast.check("site.css", css);

        assertEquals(List.of(
                "--karte-kommunal-muster auf --karte-kommunal: 4.58:1",
                "--karte-ge-muster auf --karte-ge: 5.70:1",
                "--karte-kommunal auf --karte-ge: 6.81:1",
                "--farbe-hintergrund auf --karte-kommunal: 8.94:1",
                "--farbe-hintergrund auf --karte-ge: 1.31:1"),
                result.pairs().stream().map(Object::toString).toList());
        assertEquals(List.of(
                "site.css, Zeile 10: Farbe ohne Design-Token: \"fill: #8fc1d6\" in .zeichen. Verwenden Sie eine Farbe aus "
                        + ":root, z. B. var(--karte-ge), damit ihr Kontrast geprüft wird.",
                "site.css: Zu wenig Kontrast in der Karte: --farbe-hintergrund auf --karte-ge: 1.31:1 (nötig sind mindestens "
                        + "3:1 für Grafiken, WCAG 2.1 1.4.11). Wählen Sie Farben, die sich deutlicher unterscheiden."),
                result.faults().stream().map(Fault::toString).toList());
    }
}
