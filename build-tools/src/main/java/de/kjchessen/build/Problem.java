package de.kjchessen.build;

/**
 * One mistake found in a file the Redaktion edits, in the single message format editors learn once:
 * {@code content/aktuelles/x.md, Zeile 3: <was ist falsch>. <wie man es behebt>}.
 *
 * @param file    path relative to the project root, with forward slashes
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message German text: what is wrong and how to fix it
 * @param warningInPreview true if the preview only warns (drafts, unconfirmed legal facts); the publish build always fails
 * @param note    true for advice that never stops a build (e.g. Leichte Sprache: sentence length); shown as a notice
 */
public record Problem(String file, int line, String message, boolean warningInPreview, boolean note) {

    public Problem(String file, int line, String message, boolean warningInPreview) {
        this(file, line, message, warningInPreview, false);
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, message, false);
    }

    public static Problem publishOnly(String file, int line, String message) {
        return new Problem(file, line, message, true);
    }

    /** Advice in every mode: listed with the other notices, never fails the build. */
    public static Problem note(String file, int line, String message) {
        return new Problem(file, line, message, false, true);
    }

    /** The message as editors see it. */
    public String format() {
        return line > 0 ? file + ", Zeile " + line + ": " + message : file + ": " + message;
    }
}
