package de.kjchessen.build.news;

import java.time.LocalDate;
import java.util.List;

/** One Pressemitteilung for the feed: {@code path} is its root-relative URL, {@code html} the rendered body. */
public record Post(String path, String title, String description, LocalDate date, List<String> tags, String html) {
}
