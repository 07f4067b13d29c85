package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;
import java.util.List;

/** Clause GBP-OP-SIN: sin a (element-wise), m×n → m×n. ∂/∂a = g ⊙ cos a. */
public final class Sin extends ElementWise {
    @Override
    public String name() {
        return "sin";
    }

    @Override
    double value(double a) {
        return Math.sin(a);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().mul(g, inputs.on().apply(new Cos(), List.of(inputs.get(0))));
    }
}
