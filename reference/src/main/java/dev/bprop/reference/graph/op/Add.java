package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/** Clause GBP-OP-ADD: a + b, m×n, m×n → m×n. ∂/∂a = g, ∂/∂b = g. */
public final class Add extends ElementWiseBinary {
    @Override
    public String name() {
        return "add";
    }

    @Override
    double value(double a, double b) {
        return a + b;
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return g;
    }
}
