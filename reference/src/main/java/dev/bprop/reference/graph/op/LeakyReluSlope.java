package dev.bprop.reference.graph.op;

/** leaky_relu'(a): 1 for a &gt; 0, 0.1 otherwise, so leaky_relu'(0) = 0.1 (clause ACT-KINK); m×n → m×n. */
public final class LeakyReluSlope extends PiecewiseConstant {
    /** The slope for a ≤ 0 (clause ACT-LEAKY-RELU). */
    static final double NEGATIVE_SLOPE = 0.1;

    @Override
    public String name() {
        return "leaky_relu'";
    }

    @Override
    double value(double a) {
        return a > 0 ? 1 : NEGATIVE_SLOPE;
    }
}
