/**
 * The renderer implementations, one class per format, and the shared {@link
 * io.github.ogireport.renderers.internal.Layout} of the official template that the document formats print. Not API:
 * use {@link io.github.ogireport.renderers.ReportRenderers} and {@link io.github.ogireport.renderers.CsvReports}.
 */
package io.github.ogireport.renderers.internal;
