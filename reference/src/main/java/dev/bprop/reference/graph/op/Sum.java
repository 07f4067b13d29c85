package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.Inputs;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/** Clause GBP-OPS, sum: Σ_ij A_ij, m×n → 1×1. ∂/∂A = 1_m · g · 1ᵀ_n (m×n), g in every entry. */
public final class Sum implements Operation {
    @Override
    public String name() {
        return "sum";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        return Shape.SCALAR;
    }

    @Override
    public Matrix forward(List<Matrix> inputs) {
        return Matrix.scalar(inputs.get(0).sum());
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        Algebra<T> on = inputs.on();
        Shape a = inputs.node(0).shape();
        return on.matmul(on.matmul(on.filled(new Shape(a.rows(), 1), 1), g), on.filled(new Shape(1, a.cols()), 1));
    }
}
