// Peer benchmark: Eleventy renders the generated Pressemitteilungen (YAML front matter flavour of
// bench/gen-corpus.sh) into pages with the same shell as templates/post.ftl: head meta, skip link,
// header and navigation, breadcrumbs, the article, previous/next links, footer. bench/run-benchmarks.sh
// copies site-src/ (layout and data) next to the corpus and runs Eleventy inside the corpus directory with --input=.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "meldung.njk");
  // Same URLs as JBake: aktuelles/2025/2025-12-28-pm-00001.html (Eleventy would drop the date prefix).
  eleventyConfig.addGlobalData("permalink", () => (data) =>
    data.page.inputPath.replace(/^\.\//, "").replace(/\.md$/, ".html"));
  eleventyConfig.addPassthroughCopy("img");
  eleventyConfig.addFilter("isoDatum", (d) => d.toISOString().slice(0, 10));
  eleventyConfig.addFilter("datum", (d) =>
    d.toLocaleDateString("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  return {
    // JBake does not run a template language over Markdown bodies; neither does this.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
