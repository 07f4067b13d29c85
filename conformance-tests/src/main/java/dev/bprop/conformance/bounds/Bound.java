package dev.bprop.conformance.bounds;

import dev.bprop.conformance.launch.TestName;

/**
 * The clauses of the runtime-bounds profile (BOUND-WEIGHTS, -DEPTH, -BATCH, -RATIO, -MEMORY of SPEC.md), each a
 * required test named after the clause it checks; BOUND-MEMORY has two, its O(w) and its O(m·h) term.
 */
public enum Bound {
    /** Gradient time against w, at fixed depth and batch: log–log exponent at most the limit. */
    WEIGHTS("BOUND-WEIGHTS", "time-exponent", "weights w", "gradient time (ns)"),
    /** Gradient time against L, at fixed width and batch: log–log exponent at most the limit. */
    DEPTH("BOUND-DEPTH", "time-exponent", "depth L", "gradient time (ns)"),
    /** Gradient time against m, for a fixed network: log–log exponent at most the limit. */
    BATCH("BOUND-BATCH", "time-exponent", "batch size m", "gradient time (ns)"),
    /** Gradient time over forward time, on one network: at most the ratio limit. */
    RATIO("BOUND-RATIO", "gradient-over-forward", "weights w", "time (ns)"),
    /** Heap allocated per gradient at batch 1 against w: log–log exponent at most the limit. */
    MEMORY_WEIGHTS("BOUND-MEMORY", "weights-exponent", "weights w", "bytes per gradient (m = 1)"),
    /** Heap allocated per added example against h + n_0 + n_L: log–log exponent at most the limit. */
    MEMORY_EXAMPLES("BOUND-MEMORY", "per-example-exponent", "units h + n0 + nL", "bytes per added example");

    private final String clause;
    private final String caseName;
    private final String xAxis;
    private final String yAxis;

    Bound(String clause, String caseName, String xAxis, String yAxis) {
        this.clause = clause;
        this.caseName = caseName;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /** The test's name, {@code required_BOUND-WEIGHTS_time-exponent} and so on. */
    public TestName testName() {
        return TestName.required(clause, caseName);
    }

    /** The clause of SPEC.md the test checks, {@code BOUND-WEIGHTS} and so on. */
    public String ruleId() {
        return clause;
    }

    /** What the measurements are plotted against. */
    public String xAxis() {
        return xAxis;
    }

    /** What is measured. */
    public String yAxis() {
        return yAxis;
    }

    /** Whether the clause is a log–log exponent (every clause but the ratio). */
    public boolean isExponent() {
        return this != RATIO;
    }
}
