package de.kjchessen.build.pictures;

/** One encoded file of a picture: its site path (e.g. "/bilder/varianten/foto-960.webp") and pixel size. */
public record Variant(String path, int width, int height, String mime) {
}
