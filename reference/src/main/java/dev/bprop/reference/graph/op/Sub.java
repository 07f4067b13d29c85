package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/** Clause GBP-OP-SUB: a − b, m×n, m×n → m×n. ∂/∂a = g, ∂/∂b = −g. */
public final class Sub extends ElementWiseBinary {
    @Override
    public String name() {
        return "sub";
    }

    @Override
    double value(double a, double b) {
        return a - b;
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return k == 0 ? g : inputs.on().neg(g);
    }
}
