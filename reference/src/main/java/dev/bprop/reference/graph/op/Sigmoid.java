package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/** Clause GBP-OP-SIGMOID: σ(a) = 1 / (1 + e^(−a)) (element-wise; e^(−a) = ∞ gives 0, not NaN), m×n → m×n. ∂/∂a = g ⊙ σ(a) ⊙ (1 − σ(a)), from the value. */
public final class Sigmoid extends ElementWise {
    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    double value(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        T value = inputs.output();
        return inputs.on().mul(g, inputs.on().mul(value, inputs.on().oneMinus(value)));
    }
}
