package dev.bprop.conformance.bounds;


/** What a bounds clause concluded. */
public enum Verdict {
    /** The whole confidence interval lies within the limit. */
    PASS,
    /** The whole confidence interval lies beyond the limit. */
    FAIL,
    /** The interval straddles the limit, even after measuring again within the budget. */
    INCONCLUSIVE,
    /** Not measured: the adapter declared that it cannot be (a capability hook), with the reason. */
    SKIPPED;

    /**
     * The verdict for an upper limit: PASS when the interval's upper end is at most {@code limit}, FAIL when its
     * lower end is above it, else INCONCLUSIVE. Deciding on the interval rather than the estimate is what keeps
     * noise from failing a good library or passing a bad one: noise widens the interval, and a wide interval only
     * asks for more measurements.
     */
    public static Verdict atMost(double limit, Interval interval) {
        if (interval.upper() <= limit) {
            return PASS;
        }
        return interval.lower() > limit ? FAIL : INCONCLUSIVE;
    }

    /** Whether measuring stops here. */
    public boolean decided() {
        return this != INCONCLUSIVE;
    }
}
