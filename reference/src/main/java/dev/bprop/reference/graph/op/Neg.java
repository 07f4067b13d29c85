package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/** Clause GBP-OP-NEG: −a, m×n → m×n. ∂/∂a = −g. */
public final class Neg extends ElementWise {
    @Override
    public String name() {
        return "neg";
    }

    @Override
    double value(double a) {
        return -a;
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().neg(g);
    }
}
