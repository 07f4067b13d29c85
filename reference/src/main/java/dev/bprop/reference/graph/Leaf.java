package dev.bprop.reference.graph;

import java.util.List;

/** A node without inputs that holds its value: an input or a constant. */
abstract class Leaf implements Operation {
    private final Matrix value;

    Leaf(Matrix value) {
        this.value = value;
    }

    @Override
    public int arity() {
        return 0;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        return value.shape();
    }

    @Override
    public Matrix forward(List<Matrix> inputs) {
        return value;
    }

    /** Never called: a leaf has no input to differentiate with respect to. */
    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        throw new IllegalStateException(name() + " has no inputs");
    }
}
