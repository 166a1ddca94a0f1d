package io.github.ogireport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar draws the final count, clears its line when done, and says nothing when disabled. */
class ProgressBarTest {

    @Test
    void drawsTheLastStepAndClearsTheLine() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err, true), 30, true);
        for (int i = 0; i < 30; i++) {
            p.step();
        }
        String drawn = err.toString();
        assertTrue(drawn.startsWith("\r["), drawn);
        assertTrue(drawn.endsWith("[" + "#".repeat(40) + "] 30/30"), drawn);
        p.finish();
        assertTrue(err.toString().endsWith("\r"), "the line is cleared for the results");
    }

    @Test
    void disabledWritesNothing() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err, true), 30, false);
        for (int i = 0; i < 30; i++) {
            p.step();
        }
        p.finish();
        assertEquals("", err.toString());
    }
}
