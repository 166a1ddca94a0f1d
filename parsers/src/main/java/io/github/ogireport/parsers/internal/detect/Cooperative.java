package io.github.ogireport.parsers.internal.detect;

/**
 * Marks a reader of this project that never blocks and checks a {@link Deadline} made from
 * {@link io.github.ogireport.parse.ReaderOptions#timeout()} in its loops. The facade runs such a reader on the
 * caller's thread; any other reader runs on a daemon worker that is abandoned at the deadline.
 */
public interface Cooperative {
}
