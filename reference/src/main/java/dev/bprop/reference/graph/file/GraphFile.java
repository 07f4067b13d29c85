package dev.bprop.reference.graph.file;

import dev.bprop.reference.graph.ComputationalGraph;
import dev.bprop.reference.graph.Evaluation;
import dev.bprop.reference.graph.GeneralBackpropagation;
import dev.bprop.reference.graph.Input;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Node;
import dev.bprop.reference.graph.NonFiniteValueException;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.algebra.Numbers;
import dev.bprop.reference.graph.op.Add;
import dev.bprop.reference.graph.op.Cos;
import dev.bprop.reference.graph.op.Div;
import dev.bprop.reference.graph.op.Exp;
import dev.bprop.reference.graph.op.Log;
import dev.bprop.reference.graph.op.Mul;
import dev.bprop.reference.graph.op.Neg;
import dev.bprop.reference.graph.op.Pow;
import dev.bprop.reference.graph.op.Relu;
import dev.bprop.reference.graph.op.Sigmoid;
import dev.bprop.reference.graph.op.Sin;
import dev.bprop.reference.graph.op.Sub;
import dev.bprop.reference.graph.op.Tanh;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression graph file (clause FMT-GRAPH, scalar values) translated into a computational graph (clause
 * GBP-GRAPH): one node per file node, in file order and with the file's names, every value 1×1. A value or gradient
 * that is not finite is reported as bad input naming the node, {@code nodes[3] (w4): log of -1.5 is not finite}.
 */
public final class GraphFile {
    private final ComputationalGraph graph = new ComputationalGraph();
    private final List<Node> nodes = new ArrayList<>();
    private final Node output;

    private GraphFile(Graph file) {
        Map<String, Node> byName = new HashMap<>();
        for (GraphNode fileNode : file.nodes()) {
            Node node = node(fileNode, byName);
            byName.put(fileNode.name(), node);
            nodes.add(node);
        }
        output = byName.get(file.output());
    }

    /**
     * ∂f/∂x for every {@code input} node x of an expression graph file, with the value f of its output (clauses
     * GBP-GRAPH, FMT-GRAPH-RESULT), by general backpropagation. The file must be one {@code BpropJson.readGraph}
     * has checked.
     *
     * @throws InvalidInputException naming the node whose value or gradient is not finite
     */
    public static GraphResult gradient(Graph file) {
        return of(file).result();
    }

    /** The translation of {@code file}, which {@code BpropJson.readGraph} has checked. */
    public static GraphFile of(Graph file) {
        return new GraphFile(file);
    }

    public ComputationalGraph graph() {
        return graph;
    }

    /** The nodes of the file, in file order. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public Node output() {
        return output;
    }

    /** The {@code input} nodes, in file order: the variables of the gradient. */
    public List<Node> inputs() {
        return nodes.stream().filter(node -> graph.getOperation(node) instanceof Input).toList();
    }

    /** Where {@code node} is in the file, as error messages name it: {@code nodes[3] (w4)}. */
    public String place(Node node) {
        return "nodes[" + node.index() + "] (" + node.name() + ")";
    }

    /** The forward pass: the value of every node. */
    public Evaluation evaluate() {
        try {
            return graph.evaluate();
        } catch (NonFiniteValueException e) {
            throw new InvalidInputException(place(e.node()), e.detail());
        }
    }

    /**
     * The adjoints w̄ = ∂f/∂w of the nodes between the inputs and the output and of every input, in the order
     * general backpropagation fills its {@code grad_table} (clause EX-ADJOINT), f first.
     */
    public Map<Node, Matrix> adjoints(Evaluation evaluation) {
        Map<Node, Matrix> adjoints = GeneralBackpropagation.gradTable(graph, output, inputs(), new Numbers(evaluation));
        adjoints.forEach((node, adjoint) -> {
            if (!adjoint.isFinite()) {
                throw new InvalidInputException(place(node), "the gradient ∂f/∂" + node.name() + " is not finite ("
                        + adjoint + ")");
            }
        });
        return adjoints;
    }

    /** The graph result (clause FMT-GRAPH-RESULT): f and ∂f/∂x for every input x, in file order. */
    public GraphResult result() {
        Evaluation evaluation = evaluate();
        Map<Node, Matrix> adjoints = adjoints(evaluation);
        Map<String, Double> gradient = new LinkedHashMap<>();
        for (Node input : inputs()) {
            gradient.put(input.name(), adjoints.get(input).scalarValue());
        }
        return new GraphResult(evaluation.value(output).scalarValue(), gradient);
    }

    private Node node(GraphNode fileNode, Map<String, Node> byName) {
        String name = fileNode.name();
        return switch (fileNode.op()) {
            case INPUT -> graph.input(name, Matrix.scalar(fileNode.value().getAsDouble()));
            case CONST -> graph.constant(name, Matrix.scalar(fileNode.value().getAsDouble()));
            default -> graph.apply(name, operation(fileNode.op()), fileNode.inputs().stream().map(byName::get).toList());
        };
    }

    /** The operation of clause GBP-OPS that a file's op names. */
    static Operation operation(GraphOp op) {
        return switch (op) {
            case ADD -> new Add();
            case SUB -> new Sub();
            case MUL -> new Mul();
            case DIV -> new Div();
            case POW -> new Pow();
            case NEG -> new Neg();
            case SIN -> new Sin();
            case COS -> new Cos();
            case EXP -> new Exp();
            case LOG -> new Log();
            case TANH -> new Tanh();
            case SIGMOID -> new Sigmoid();
            case RELU -> new Relu();
            case INPUT, CONST -> throw new IllegalArgumentException(op.fileName() + " is a leaf, not an operation");
        };
    }
}
