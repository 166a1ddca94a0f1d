/**
 * The ogi-report test kit: jqwik arbitraries of valid reports ({@link io.github.ogireport.testkit.Reports#valid()}),
 * of reports that break one rule ({@link io.github.ogireport.testkit.Reports#breaking}), of messy text renderings
 * with the exact report they encode ({@link io.github.ogireport.testkit.Reports#messy()}), and assertion helpers for
 * validation and parse results that fail with plain {@link java.lang.AssertionError}s.
 */
package io.github.ogireport.testkit;
