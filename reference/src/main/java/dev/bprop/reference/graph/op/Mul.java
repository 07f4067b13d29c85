package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/** Clause GBP-OP-MUL: a ⊙ b (element-wise), m×n, m×n → m×n. ∂/∂a = g ⊙ b, ∂/∂b = g ⊙ a. */
public final class Mul extends ElementWiseBinary {
    @Override
    public String name() {
        return "mul";
    }

    @Override
    double value(double a, double b) {
        return a * b;
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().mul(g, inputs.get(1 - k));
    }
}
