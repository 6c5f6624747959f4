package de.kjchessen.build.pictures;

import java.util.Map;

/**
 * The picture of a page from its header ({@code image}, {@code image_alt}, {@code image_credit},
 * {@code image_license}): adds {@code bild_html} (the figure, written by {@link PictureHtml} like pictures in bodies,
 * loaded at once because it stands at the top) and {@code bild_og} with {@code bild_og_breite}/{@code bild_og_hoehe}
 * (the 1200 × 630 Open Graph image) to the document.
 */
public final class PostPicture {

    public static final String KEY = "image";
    public static final String ALT = "image_alt";
    public static final String CREDIT = "image_credit";
    public static final String LICENCE = "image_license";

    private PostPicture() {
    }

    public static void add(Map<String, Object> doc, Pictures pictures) {
        Object url = doc.get(KEY);
        if (url == null || url.toString().isBlank()) {
            return;
        }
        // Problems (missing file, no alt text, no credit) were reported by the validator before the bake.
        pictures.picture(url.toString().strip()).ifPresent(picture -> {
            doc.put("bild_html", PictureHtml.figure(picture, text(doc.get(ALT)),
                    PictureHtml.caption(text(doc.get(CREDIT)), text(doc.get(LICENCE))), false));
            doc.put("bild_og", picture.og().path());
            doc.put("bild_og_breite", picture.og().width());
            doc.put("bild_og_hoehe", picture.og().height());
        });
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
