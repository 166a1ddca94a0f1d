package io.github.ogireport.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress bar on stderr, redrawn at most ten times a second; silent when disabled. */
final class Progress {

    private static final int WIDTH = 40;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final AtomicInteger done = new AtomicInteger();
    private long lastDraw;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    void step() {
        int d = done.incrementAndGet();
        if (!enabled) {
            return;
        }
        synchronized (this) {
            long now = System.nanoTime();
            if (d == total || now - lastDraw >= INTERVAL_NANOS) {
                lastDraw = now;
                int filled = (int) ((long) d * WIDTH / Math.max(1, total));
                err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + d + "/" + total);
                err.flush();
            }
        }
    }

    void finish() {
        if (enabled) {
            synchronized (this) {
                err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
                err.flush();
            }
        }
    }
}
