package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/** Clause GBP-OP-EXP: e^a (element-wise), m×n → m×n. ∂/∂a = g ⊙ e^a, the value itself. */
public final class Exp extends ElementWise {
    @Override
    public String name() {
        return "exp";
    }

    @Override
    double value(double a) {
        return Math.exp(a);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().mul(g, inputs.output());
    }
}
