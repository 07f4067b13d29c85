package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/** Clause GBP-OP-TANH: tanh a (element-wise), m×n → m×n. ∂/∂a = g ⊙ (1 − tanh² a), from the value. */
public final class Tanh extends ElementWise {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    double value(double a) {
        return Math.tanh(a);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        T value = inputs.output();
        return inputs.on().mul(g, inputs.on().oneMinus(inputs.on().mul(value, value)));
    }
}
