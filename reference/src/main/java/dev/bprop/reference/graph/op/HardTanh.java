package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;
import java.util.List;

/** Clause ACT-HARDTANH: −1 for a &lt; −1, a for −1 ≤ a ≤ 1, 1 for a &gt; 1 (element-wise), m×n → m×n. ∂/∂a = g ⊙ hardtanh'(a), with hardtanh'(±1) = 0 (clause ACT-KINK). */
public final class HardTanh extends ElementWise {
    @Override
    public String name() {
        return "hardtanh";
    }

    @Override
    double value(double a) {
        return Math.max(-1, Math.min(1, a));
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().mul(g, inputs.on().apply(new HardTanhSlope(), List.of(inputs.get(0))));
    }
}
