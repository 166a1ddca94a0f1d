/**
 * The HTML reader of ogi-report: {@link io.github.ogireport.parsers.html.HtmlReader}, found by
 * {@link io.github.ogireport.parsers.ReportParsers} through {@code META-INF/services}. Put this module on the class
 * path and {@code ReportParsers.read(Path.of("report.html"))} reads web pages, GBK and GB18030 included. The
 * {@code internal} package is not API.
 */
package io.github.ogireport.parsers.html;
