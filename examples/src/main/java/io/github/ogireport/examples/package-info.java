/**
 * Small, real programs using ogi-report. Each class has a {@code main}; each is run by a test in
 * {@code src/test/java} that checks its output, so these examples always compile and work.
 */
package io.github.ogireport.examples;
