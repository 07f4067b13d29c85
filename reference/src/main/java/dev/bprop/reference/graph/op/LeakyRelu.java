package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;
import java.util.List;

/** Clause ACT-LEAKY-RELU: a for a &gt; 0, 0.1·a otherwise (element-wise), m×n → m×n. ∂/∂a = g ⊙ leaky_relu'(a), with leaky_relu'(0) = 0.1 (clause ACT-KINK). */
public final class LeakyRelu extends ElementWise {
    @Override
    public String name() {
        return "leaky_relu";
    }

    @Override
    double value(double a) {
        return a > 0 ? a : LeakyReluSlope.NEGATIVE_SLOPE * a;
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().mul(g, inputs.on().apply(new LeakyReluSlope(), List.of(inputs.get(0))));
    }
}
