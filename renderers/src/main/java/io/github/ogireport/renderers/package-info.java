/**
 * Writers of annual reports: the canonical JSON, HTML in the official layout, Markdown, plain text and long-format
 * CSV, found through {@link java.util.ServiceLoader} as {@link io.github.ogireport.render.ReportRenderer}s.
 *
 * <pre>{@code
 * ReportRenderer html = ReportRenderers.forFormat("html").orElseThrow();
 * byte[] page = html.render(report, RenderOptions.defaults());
 * byte[] fragment = html.render(report, RenderOptions.defaults().withFragment(true));
 * try (OutputStream out = Files.newOutputStream(Path.of("reports.csv"))) {
 *     CsvReports.write(reports, RenderOptions.defaults().withBom(true), out);
 * }
 * }</pre>
 *
 * <p>Every label printed comes from the catalog enums of {@code io.github.ogireport.catalog}; output is
 * deterministic (same report and options, same bytes), UTF-8 with {@code \n} line ends. What each format does with
 * blank cells, placeholders, cells not reported and text that needs escaping is documented on the renderer classes
 * of {@code io.github.ogireport.renderers.internal}, which are not API.
 */
package io.github.ogireport.renderers;
