package dev.bprop.reference.graph.op;

/** hardtanh'(a): 1 for −1 &lt; a &lt; 1, 0 otherwise, so hardtanh'(±1) = 0 (clause ACT-KINK); m×n → m×n. */
public final class HardTanhSlope extends PiecewiseConstant {
    @Override
    public String name() {
        return "hardtanh'";
    }

    @Override
    double value(double a) {
        return a > -1 && a < 1 ? 1 : 0;
    }
}
