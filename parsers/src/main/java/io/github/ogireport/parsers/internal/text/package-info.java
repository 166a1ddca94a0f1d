/**
 * The plain-text reader (internal): bytes to the neutral {@link io.github.ogireport.parse.doc.Document}, registered
 * as the {@code text} format. Not an API: use {@code ReportParsers}.
 */
package io.github.ogireport.parsers.internal.text;
