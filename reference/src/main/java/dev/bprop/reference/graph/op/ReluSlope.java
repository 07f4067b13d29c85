package dev.bprop.reference.graph.op;

/** relu'(a): 1 for a &gt; 0, 0 otherwise, so relu'(0) = 0 (clause ACT-KINK); m×n → m×n. */
public final class ReluSlope extends PiecewiseConstant {
    @Override
    public String name() {
        return "relu'";
    }

    @Override
    double value(double a) {
        return a > 0 ? 1 : 0;
    }
}
