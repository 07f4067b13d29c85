package dev.bprop.reference.graph;

import java.util.List;

/** Symbol-to-number (clause GBP-S2S): the terms are the values of one evaluation of the graph. */
public final class Numbers implements Algebra<Matrix> {
    private final Evaluation evaluation;

    public Numbers(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public Matrix term(Node node) {
        return evaluation.value(node);
    }

    @Override
    public Matrix apply(Operation operation, List<Matrix> arguments) {
        return operation.forward(arguments);
    }

    @Override
    public Matrix constant(Matrix value) {
        return value;
    }

    @Override
    public Shape shape(Matrix term) {
        return term.shape();
    }
}
