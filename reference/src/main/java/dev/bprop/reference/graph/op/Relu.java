package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;
import java.util.List;

/** Clause GBP-OP-RELU: max(0, a) (element-wise), m×n → m×n. ∂/∂a = g ⊙ relu'(a), with relu'(0) = 0 (clause ACT-KINK). */
public final class Relu extends ElementWise {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    double value(double a) {
        return a > 0 ? a : 0;
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().mul(g, inputs.on().apply(new ReluSlope(), List.of(inputs.get(0))));
    }
}
