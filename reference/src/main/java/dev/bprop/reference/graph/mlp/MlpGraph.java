package dev.bprop.reference.graph.mlp;

import dev.bprop.reference.graph.ComputationalGraph;
import dev.bprop.reference.graph.Evaluation;
import dev.bprop.reference.graph.GeneralBackpropagation;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Node;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import dev.bprop.reference.graph.algebra.Numbers;
import dev.bprop.reference.graph.algebra.Symbols;
import dev.bprop.reference.graph.op.AddBias;
import dev.bprop.reference.graph.op.HardTanh;
import dev.bprop.reference.graph.op.LeakyRelu;
import dev.bprop.reference.graph.op.Log;
import dev.bprop.reference.graph.op.MatMul;
import dev.bprop.reference.graph.op.Relu;
import dev.bprop.reference.graph.op.Sigmoid;
import dev.bprop.reference.graph.op.Softmax;
import dev.bprop.reference.graph.op.Sum;
import dev.bprop.reference.graph.op.Tanh;
import dev.bprop.reference.graph.op.Transpose;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A multilayer perceptron with its loss (clause FMT-PROBLEM) written as a computational graph (clause GBP-GRAPH),
 * one example a row, so that general backpropagation can check BP1–BP4:
 *
 * <pre>
 * A⁰ = X                          (m×n₀, const)
 * Zˡ = add_bias(Aˡ⁻¹ · (Wˡ)ᵀ, bˡ)  (m×nₗ; Wˡ nₗ×nₗ₋₁ and bˡ 1×nₗ are inputs)
 * Aˡ = gˡ(Zˡ)
 * J  = mse: sum((Aᴸ − Y) ⊙ (Aᴸ − Y)) · 1/(2m)
 *      cross_entropy: sum(Y ⊙ ln Aᴸ) · (−1/m)
 *      binary_cross_entropy: sum(Y ⊙ ln Aᴸ + (1 − Y) ⊙ ln(1 − Aᴸ)) · (−1/m)
 * </pre>
 *
 * <p>The loss is written as the formula reads, through ln of the activation, not in the stable log-sum-exp form of
 * clause LOSS: saturated outputs (ln 0) stop the evaluation with a {@link dev.bprop.reference.graph.NonFiniteValueException}.
 */
public final class MlpGraph {
    private final ComputationalGraph graph = new ComputationalGraph();
    private final List<Node> weights = new ArrayList<>();
    private final List<Node> biases = new ArrayList<>();
    private final Node output;
    private final Node loss;

    private MlpGraph(Problem problem) {
        Node a = graph.constant("X", Matrix.of(problem.inputs()));
        for (int l = 1; l <= problem.depth(); l++) {
            Layer layer = problem.layer(l);
            Node w = graph.input("W" + l, Matrix.of(layer.weights()));
            Node b = graph.input("b" + l, Matrix.row(layer.bias()));
            weights.add(w);
            biases.add(b);
            Node z = graph.apply("Z" + l, new AddBias(),
                    List.of(graph.apply(new MatMul(), a, graph.apply(new Transpose(), w)), b));
            a = activation(layer.activation(), z, "A" + l);
        }
        output = a;
        Matrix targets = Matrix.of(problem.targets());
        loss = loss(problem, graph.constant("Y", targets));
    }

    /** The graph of {@code problem}. */
    public static MlpGraph of(Problem problem) {
        return new MlpGraph(problem);
    }

    public ComputationalGraph graph() {
        return graph;
    }

    /** Wˡ for l = 1..L, list index l − 1. */
    public List<Node> weights() {
        return List.copyOf(weights);
    }

    /** bˡ as 1×nₗ rows, for l = 1..L, list index l − 1. */
    public List<Node> biases() {
        return List.copyOf(biases);
    }

    /** Aᴸ, m×n_L. */
    public Node output() {
        return output;
    }

    /** J, 1×1. */
    public Node loss() {
        return loss;
    }

    /** The result (clause FMT-RESULT), every gradient by general backpropagation (clause GBP-BUILDGRAD). */
    public Result result() {
        Evaluation evaluation = graph.evaluate();
        List<Node> targets = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            targets.add(weights.get(l));
            targets.add(biases.get(l));
        }
        List<Matrix> gradients = GeneralBackpropagation.gradients(graph, loss, targets, new Numbers(evaluation));
        List<LayerGradient> layers = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            layers.add(new LayerGradient(gradients.get(2 * l).toArray(), gradients.get(2 * l + 1).toArray()[0]));
        }
        return new Result(evaluation.value(loss).scalarValue(), evaluation.value(output).toArray(), layers);
    }

    private Node activation(Activation activation, Node z, String name) {
        Operation operation = switch (activation) {
            case IDENTITY -> null;
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case HARDTANH -> new HardTanh();
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu();
            case SOFTMAX -> new Softmax();
        };
        return operation == null ? z : graph.apply(name, operation, List.of(z));
    }

    private Node loss(Problem problem, Node y) {
        Symbols on = new Symbols(graph);
        double m = problem.batchSize();
        return switch (problem.loss()) {
            case MSE -> {
                Node error = on.sub(output, y);
                yield on.mul(graph.apply(new Sum(), on.mul(error, error)), on.filled(Shape.SCALAR, 1 / (2 * m)));
            }
            case CROSS_ENTROPY -> on.mul(graph.apply(new Sum(), on.mul(y, ln(output))),
                    on.filled(Shape.SCALAR, -1 / m));
            case BINARY_CROSS_ENTROPY -> on.mul(graph.apply(new Sum(),
                    on.add(on.mul(y, ln(output)), on.mul(on.oneMinus(y), ln(on.oneMinus(output))))),
                    on.filled(Shape.SCALAR, -1 / m));
        };
    }

    private Node ln(Node a) {
        return graph.apply(new Log(), a);
    }
}
