package dev.bprop.reference.graph.algebra;

import dev.bprop.reference.graph.Evaluation;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Node;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/** Symbol-to-number (clause GBP-S2S): the terms are the values of one evaluation of the graph. */
public final class Numbers extends ByOperations<Matrix> {
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
