package dev.bprop.oracle.compare;

/** The outcome for one gradient component. */
public enum Verdict {
    /** |expected − found| ≤ tolerance (CMP-TOLERANCE). */
    AGREES,
    /** |expected − found| &gt; tolerance, or a value is not finite. */
    DISAGREES,
    /** A method cannot judge this component: finite differences at a kink (ACT-KINK); not compared. */
    AT_KINK
}
