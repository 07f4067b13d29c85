package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.Inputs;
import java.util.List;

/**
 * Clause GBP-OP-POW: a^b (element-wise), m×n, m×n → m×n. ∂/∂a = g ⊙ b ⊙ a^(b−1), ∂/∂b = g ⊙ a^b ⊙ ln a, the latter
 * taken as 0 where a^b = 0 (at a = 0). The first is written with a^(b−1), not a^b / a, so that it stays right at
 * a = 0.
 */
public final class Pow extends ElementWiseBinary {
    @Override
    public String name() {
        return "pow";
    }

    @Override
    double value(double a, double b) {
        return Math.pow(a, b);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        Algebra<T> on = inputs.on();
        T a = inputs.get(0);
        T b = inputs.get(1);
        if (k == 0) {
            T bMinusOne = on.sub(b, on.filled(on.shape(b), 1));
            return on.mul(g, on.mul(b, on.apply(this, List.of(a, bMinusOne))));
        }
        return on.mul(g, on.apply(new XLogY(), List.of(inputs.output(), a)));
    }
}
