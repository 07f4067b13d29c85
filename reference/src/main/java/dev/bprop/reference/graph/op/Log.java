package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;
import java.util.List;

/** Clause GBP-OP-LOG: ln a (element-wise), m×n → m×n. ∂/∂a = g / a. */
public final class Log extends ElementWise {
    @Override
    public String name() {
        return "log";
    }

    @Override
    double value(double a) {
        return Math.log(a);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().apply(new Div(), List.of(g, inputs.get(0)));
    }
}
