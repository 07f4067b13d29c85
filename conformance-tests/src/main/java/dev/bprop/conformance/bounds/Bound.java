package dev.bprop.conformance.bounds;

import dev.bprop.conformance.naming.TestName;

/**
 * The clauses of the runtime-bounds profile, each a required test named after the spec clause it checks
 * (COST-TIME, COST-MEMORY) and the rule it states; {@link #ruleId()} is the ID proposed for the rule itself.
 */
public enum Bound {
    /** Gradient time against w, at fixed depth and batch: log–log exponent at most the limit. */
    WEIGHTS("COST-TIME", "weights-exponent", "BOUND-WEIGHTS", "weights w", "gradient time (ns)"),
    /** Gradient time against L, at fixed width and batch: log–log exponent at most the limit. */
    DEPTH("COST-TIME", "depth-exponent", "BOUND-DEPTH", "depth L", "gradient time (ns)"),
    /** Gradient time against m, for a fixed network: log–log exponent at most the limit. */
    BATCH("COST-TIME", "batch-exponent", "BOUND-BATCH", "batch size m", "gradient time (ns)"),
    /** Gradient time over forward time, on one network: at most the ratio limit. */
    RATIO("COST-TIME", "gradient-over-forward", "BOUND-RATIO", "weights w", "time (ns)"),
    /** Heap allocated per gradient at batch 1 against w: log–log exponent at most the limit. */
    MEMORY_WEIGHTS("COST-MEMORY", "allocation-weights-exponent", "BOUND-MEMORY", "weights w",
            "bytes per gradient (m = 1)"),
    /** Heap allocated per added example against h + n_0 + n_L: log–log exponent at most the limit. */
    MEMORY_EXAMPLES("COST-MEMORY", "allocation-per-example-exponent", "BOUND-MEMORY", "units h + n0 + nL",
            "bytes per added example");

    private final String clause;
    private final String caseName;
    private final String ruleId;
    private final String xAxis;
    private final String yAxis;

    Bound(String clause, String caseName, String ruleId, String xAxis, String yAxis) {
        this.clause = clause;
        this.caseName = caseName;
        this.ruleId = ruleId;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /** The test's name, {@code required_COST-TIME_weights-exponent} and so on. */
    public TestName testName() {
        return TestName.required(clause, caseName);
    }

    /** The ID proposed for this rule in SPEC.md. */
    public String ruleId() {
        return ruleId;
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
