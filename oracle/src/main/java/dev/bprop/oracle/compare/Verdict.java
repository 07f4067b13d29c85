package dev.bprop.oracle.compare;

/** The outcome for one gradient component. */
public enum Verdict {
    /** |expected − found| ≤ tolerance (CMP-TOLERANCE). */
    AGREES,
    /** |expected − found| &gt; tolerance, or a value is not finite. */
    DISAGREES,
    /** A method cannot judge this component: finite differences at a kink (ACT-KINK); not compared. */
    AT_KINK,
    /**
     * The rounding bound of this number overflows the double range (magnitudes beyond 10³⁰⁸): any two finite values
     * would agree under it, so it is reported as not judged instead (CMP-VERDICT).
     */
    NOT_BOUNDED
}
