package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.Inputs;
import java.util.List;

/**
 * x·ln y (element-wise), taken as 0 where x = 0, m×n, m×n → m×n: the partial of a^b in b, a^b·ln a, which clause
 * GBP-OP-POW takes as 0 at a = 0, where a^b = 0 and ln a = −∞. ∂/∂x = g ⊙ ln y, ∂/∂y = g ⊙ x / y.
 */
public final class XLogY extends ElementWiseBinary {
    @Override
    public String name() {
        return "xlogy";
    }

    @Override
    double value(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        Algebra<T> on = inputs.on();
        return k == 0 ? on.mul(g, on.apply(new Log(), List.of(inputs.get(1))))
                : on.mul(g, on.apply(new Div(), List.of(inputs.get(0), inputs.get(1))));
    }
}
