package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.bake.Attachments;

import java.util.Optional;

/** A link to a document (PDF, office file) of this site whose file is missing: the message names the folder. */
final class AttachmentChecker {

    private AttachmentChecker() {
    }

    /** True if {@code url} links to a document; then a missing target is reported with this message, not as a page. */
    static boolean isAttachment(String url) {
        return Attachments.type(url).isPresent();
    }

    static Problem missing(String file, int line, String url, Optional<String> closest) {
        String hint = closest.filter(AttachmentChecker::isAttachment)
                .map(s -> " Meinten Sie \u201E" + s + "\u201C?").orElse("");
        return Problem.error(file, line, "Die Datei \u201E" + url + "\u201C gibt es nicht." + hint + " Legen Sie sie in "
                + "assets/downloads/ ab und verlinken Sie sie mit [Titel](/downloads/name.pdf); Art und Größe der Datei "
                + "ergänzt die Website selbst.");
    }
}
