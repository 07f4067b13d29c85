package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/** Clause GBP-OPS, transpose: Aᵀ, m×n → n×m. ∂/∂A = gᵀ (m×n). */
public final class Transpose implements Operation {
    @Override
    public String name() {
        return "transpose";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        return new Shape(inputs.get(0).cols(), inputs.get(0).rows());
    }

    @Override
    public Matrix forward(List<Matrix> inputs) {
        return inputs.get(0).transpose();
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().transpose(g);
    }
}
