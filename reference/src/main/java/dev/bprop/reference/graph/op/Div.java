package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.Inputs;
import java.util.List;

/**
 * Clause GBP-OP-DIV: a / b (element-wise), m×n, m×n → m×n. ∂/∂a = g / b, ∂/∂b = −g ⊙ a / b² = −g ⊙ (a / b) / b,
 * which reuses the value a / b.
 */
public final class Div extends ElementWiseBinary {
    @Override
    public String name() {
        return "div";
    }

    @Override
    double value(double a, double b) {
        return a / b;
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        Algebra<T> on = inputs.on();
        T b = inputs.get(1);
        return k == 0 ? on.apply(this, List.of(g, b)) : on.neg(on.apply(this, List.of(on.mul(g, inputs.output()), b)));
    }
}
