package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/** A function of one number applied to every entry of a matrix: shape m×n → m×n. */
abstract class ElementWise implements Operation {
    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        return inputs.get(0);
    }

    @Override
    public Matrix forward(List<Matrix> inputs) {
        return inputs.get(0).map(this::value);
    }

    /** The function on one entry. */
    abstract double value(double a);
}
