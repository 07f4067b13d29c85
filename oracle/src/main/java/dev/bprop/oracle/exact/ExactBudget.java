package dev.bprop.oracle.exact;

/**
 * How much work the exact oracle may do before it gives up: fractions grow by about 53 bits per multiplication by a
 * double, so a deep chain (x squared 16 times, a 300-layer network) builds numbers of hundreds of thousands of bits
 * whose reduction alone takes minutes. Deterministic limits, not a clock: the same input is always either checked or
 * skipped.
 *
 * @param bits the largest numerator or denominator, in bits, of any value or slope
 * @param operations the largest number of exact operations over all evaluations of one gradient
 */
public record ExactBudget(int bits, long operations) {
    /** The budget of {@code bprop check}: fractions up to 8 192 bits, 3·10⁶ operations (a few seconds). */
    public static final ExactBudget DEFAULT = new ExactBudget(8_192, 3_000_000);
    /** No limit: for benchmarks that time the exact oracle itself. */
    public static final ExactBudget UNLIMITED = new ExactBudget(Integer.MAX_VALUE, Long.MAX_VALUE);
}
