/**
 * The {@code ogi} command line: validate folders of reports, convert between formats, compare two years of one
 * agency, print the JSON Schema and the supported formats. The entry point is {@link io.github.ogireport.cli.Ogi};
 * everything else is internal.
 */
package io.github.ogireport.cli;
