package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;
import java.util.List;

/** Clause GBP-OP-COS: cos a (element-wise), m×n → m×n. ∂/∂a = −g ⊙ sin a. */
public final class Cos extends ElementWise {
    @Override
    public String name() {
        return "cos";
    }

    @Override
    double value(double a) {
        return Math.cos(a);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().neg(inputs.on().mul(g, inputs.on().apply(new Sin(), List.of(inputs.get(0)))));
    }
}
