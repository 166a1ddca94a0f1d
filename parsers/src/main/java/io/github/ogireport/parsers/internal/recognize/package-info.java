/**
 * The one recognizer (internal): maps the neutral {@link io.github.ogireport.parse.doc.Document} of any reader to an
 * {@link io.github.ogireport.model.AnnualReport} with diagnostics. Entry point {@link
 * io.github.ogireport.parsers.internal.recognize.Recognizer}; diagnostic codes in {@link
 * io.github.ogireport.parsers.internal.recognize.Code}. Not an API: use {@code ReportParsers}.
 */
package io.github.ogireport.parsers.internal.recognize;
