package dev.bprop.oracle.objective;

import dev.bprop.oracle.arith.Arithmetic;
import dev.bprop.oracle.arith.DoubleArithmetic;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The output z of an expression graph as a function of its {@code input} nodes (clauses GBP-GRAPH, GBP-OPS,
 * GBP-SUBGRAPH), θ_k being the k-th input node in file order.
 *
 * <p>Every node is evaluated once in doubles when the objective is made, so that a value that is not finite is
 * rejected wherever it is (E-EVAL). After that only the ancestors of z are evaluated: a node outside them can
 * never change z, and its partials are never taken (GBP-SUBGRAPH), which is what keeps the undefined exponent
 * partial of a dead {@code pow} from being an error.
 */
public final class GraphObjective implements Objective {
    private final Graph graph;
    private final List<GraphNode> inputs;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final boolean[] ancestorOfOutput;
    private final boolean[] dependsOnInput;

    public GraphObjective(Graph graph) {
        this.graph = graph;
        this.inputs = graph.inputNodes();
        List<GraphNode> nodes = graph.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            indexByName.put(nodes.get(n).name(), n);
        }
        this.dependsOnInput = descendantsOfInputs();
        this.ancestorOfOutput = ancestorsOfOutput();
        evaluateAll(point(), new DoubleArithmetic());
    }

    @Override
    public int dimension() {
        return inputs.size();
    }

    @Override
    public double parameter(int k) {
        return inputs.get(k).value().getAsDouble();
    }

    @Override
    public Place place(int k) {
        String name = inputs.get(k).name();
        return new Place("gradient." + name, "GBP-BUILDGRAD", 0, Place.GRADIENT, name);
    }

    /** A graph result's gradient as one vector in the order of θ. */
    public double[] flatten(GraphResult result) {
        double[] gradient = new double[dimension()];
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] = result.gradient().get(inputs.get(k).name());
        }
        return gradient;
    }

    @Override
    public <T> T evaluate(List<T> theta, Arithmetic<T> arithmetic) {
        return evaluateNodes(theta, arithmetic, ancestorOfOutput);
    }

    private <T> void evaluateAll(double[] theta, Arithmetic<T> arithmetic) {
        List<T> values = new ArrayList<>(theta.length);
        for (double v : theta) {
            values.add(arithmetic.constant(v));
        }
        boolean[] all = new boolean[graph.nodes().size()];
        Arrays.fill(all, true);
        evaluateNodes(values, arithmetic, all);
    }

    private <T> T evaluateNodes(List<T> theta, Arithmetic<T> arithmetic, boolean[] wanted) {
        List<GraphNode> nodes = graph.nodes();
        Map<Integer, T> values = new HashMap<>();
        int nextInput = 0;
        for (int n = 0; n < nodes.size(); n++) {
            GraphNode node = nodes.get(n);
            if (node.op() == GraphOp.INPUT) {
                values.put(n, theta.get(nextInput++));
            } else if (wanted[n]) {
                T value = operation(n, node, values, arithmetic);
                if (!arithmetic.isFinite(value)) {
                    throw new NotFiniteException("nodes[" + n + "]",
                            node.op().fileName() + " gives a value or partial derivative that is not finite (E-EVAL)");
                }
                values.put(n, value);
            }
        }
        return values.get(indexByName.get(graph.output()));
    }

    /** GBP-OPS: the value of one node from the values of its inputs. */
    private <T> T operation(int n, GraphNode node, Map<Integer, T> values, Arithmetic<T> arithmetic) {
        if (node.op() == GraphOp.CONST) {
            return arithmetic.constant(node.value().getAsDouble());
        }
        T a = values.get(indexByName.get(node.inputs().get(0)));
        T b = node.inputs().size() > 1 ? values.get(indexByName.get(node.inputs().get(1))) : a;
        return switch (node.op()) {
            case ADD -> arithmetic.add(a, b);
            case SUB -> arithmetic.subtract(a, b);
            case MUL -> arithmetic.multiply(a, b);
            case DIV -> arithmetic.divide(a, b);
            case POW -> pow(n, a, b, arithmetic);
            case NEG -> arithmetic.negate(a);
            case SIN -> arithmetic.sin(a);
            case COS -> arithmetic.cos(a);
            case EXP -> arithmetic.exp(a);
            case LOG -> arithmetic.log(a);
            case TANH -> arithmetic.tanh(a);
            case SIGMOID -> arithmetic.sigmoid(a);
            default -> arithmetic.relu(a);
        };
    }

    /**
     * GBP-OP-POW: v = a^b. An exponent outside G′ (one that depends on no input, or a pow node z does not depend
     * on) needs no ∂v/∂b, and b = 0 gives the
     * constant 1 (∂v/∂a = 0, avoiding 0·0^(−1)). A variable exponent needs a &gt; 0, or a = 0 with b &gt; 0, where
     * ∂v/∂b = 0; anything else is E-EVAL-POW.
     */
    private <T> T pow(int n, T a, T b, Arithmetic<T> arithmetic) {
        double exponent = arithmetic.value(b);
        boolean exponentInSubgraph = ancestorOfOutput[n]
                && dependsOnInput[indexByName.get(graph.nodes().get(n).inputs().get(1))];
        if (!exponentInSubgraph) {
            return exponent == 0 ? arithmetic.constant(1) : arithmetic.power(a, exponent);
        }
        if (arithmetic.signum(a) > 0) {
            return arithmetic.pow(a, b);
        }
        if (arithmetic.signum(a) == 0 && exponent > 0) {
            return arithmetic.power(a, exponent);
        }
        throw new NotFiniteException("nodes[" + n + "]",
                "pow's partial with respect to its exponent is undefined for base " + arithmetic.value(a)
                        + " and exponent " + exponent + " (E-EVAL-POW)");
    }

    /** The nodes that are descendants of some input node (the input nodes included): T's side of G′. */
    private boolean[] descendantsOfInputs() {
        List<GraphNode> nodes = graph.nodes();
        boolean[] descendant = new boolean[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            descendant[n] = nodes.get(n).op() == GraphOp.INPUT;
            for (String input : nodes.get(n).inputs()) {
                descendant[n] |= descendant[indexByName.get(input)];
            }
        }
        return descendant;
    }

    /** The nodes that are ancestors of the output z (z included): z's side of G′. */
    private boolean[] ancestorsOfOutput() {
        List<GraphNode> nodes = graph.nodes();
        boolean[] ancestor = new boolean[nodes.size()];
        ancestor[indexByName.get(graph.output())] = true;
        for (int n = nodes.size() - 1; n >= 0; n--) {
            if (ancestor[n]) {
                for (String input : nodes.get(n).inputs()) {
                    ancestor[indexByName.get(input)] = true;
                }
            }
        }
        return ancestor;
    }
}
