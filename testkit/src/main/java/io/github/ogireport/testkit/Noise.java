package io.github.ogireport.testkit;

/** The kinds of noise a {@link MessyRendering} may carry, as real reports do. Only labels are noised, never numbers. */
public enum Noise {
    /** Full-width and half-width punctuation swapped in labels: {@code （一）} ↔ {@code (一)}, {@code ：} ↔ {@code :}. */
    WIDTH_SWAP,
    /** Spaces inside labels: {@code 自 然 人}, {@code 结果 维持}, {@code 1. 属于国家秘密}. */
    SPACES_IN_LABELS,
    /** Another numbering of the items: {@code 1、} {@code 1．} {@code (1)} {@code （1）} instead of {@code 1.}. */
    NUMBERING_VARIANTS,
    /** Kangxi radicals for look-alike characters: {@code ⼀⼆} for {@code 一二}. */
    KANGXI_RADICALS,
    /**
     * Typos of the kind real reports have, only in labels of at least six characters, at most one edit per label: one
     * wrong character, one missing character, or a doubled numeral.
     */
    TYPOS,
    /** Some zeros written as empty cells; the expected report has {@link io.github.ogireport.model.Cell#blank()} there. */
    BLANK_FOR_ZERO
}
