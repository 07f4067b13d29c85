package dev.bprop.cli.explain;

import dev.bprop.reference.graph.ComputationalGraph;
import dev.bprop.reference.graph.Evaluation;
import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.graph.Inputs;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Node;
import dev.bprop.reference.graph.algebra.Numbers;
import dev.bprop.spec.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An expression graph as the slides work it (clauses EX-ADJOINT, GBP-BUILDGRAD): the forward values w₁ … w_n, then
 * the adjoints w̄ = ∂f/∂w in the order the reference's {@code build_grad} fills its {@code grad_table}, each with its
 * chain-rule sum — one term per edge to a consumer in G′, written by that consumer's own {@code bprop} — and the
 * number of every term.
 */
public final class ExplainGraph {
    private final String title;
    private final GraphFile file;
    private final ComputationalGraph graph;
    private final Evaluation evaluation;
    private final Map<Node, Matrix> gradTable;
    private final Notation notation;
    private final ChainRuleFormulas formulas;
    private final StringBuilder text = new StringBuilder();

    private ExplainGraph(Graph graph, Notation notation) {
        this.title = title(graph);
        this.file = GraphFile.of(graph);
        this.graph = file.graph();
        this.evaluation = file.evaluate();
        this.gradTable = file.adjoints(evaluation);
        this.notation = notation;
        this.formulas = new ChainRuleFormulas(notation);
    }

    /** The worked example of {@code graph}, written in {@code notation}. */
    public static String explain(Graph graph, Notation notation) {
        return new ExplainGraph(graph, notation).explain();
    }

    /** The title of the worked example. */
    public static String title(Graph graph) {
        return graph.optionalId().map(id -> "Graph " + id).orElse("Graph");
    }

    private String explain() {
        Node output = file.output();
        text.append(notation.heading(1, title + ": $f = " + ChainRuleFormulas.w(output) + " = " + value(output) + "$"));
        text.append(notation.paragraph("Nodes are numbered $w_{1}, \\dots, w_{" + file.nodes().size() + "}$ in file "
                + "order, which is a topological order (GBP-GRAPH)."));
        forwardValues();
        adjoints();
        return text.toString();
    }

    /** Every node's value, and which nodes lie outside G′. */
    private void forwardValues() {
        text.append(notation.heading(2, "Forward values"));
        List<List<String>> rows = new ArrayList<>();
        for (Node node : file.nodes()) {
            rows.add(List.of(Notation.math(ChainRuleFormulas.w(node)), node.name(), Notation.math(computation(node)),
                    Notation.math(value(node))));
        }
        text.append(notation.table(List.of("w", "node", "computed as", "value"), rows, 2));
        List<String> outside = file.nodes().stream().filter(node -> !gradTable.containsKey(node))
                .map(node -> Notation.math(ChainRuleFormulas.w(node)) + " (" + node.name() + ")").toList();
        if (!outside.isEmpty()) {
            text.append(notation.paragraph("Not in G' (GBP-SUBGRAPH: not both an ancestor of $f$ and a descendant "
                    + "of an input), so evaluated but never differentiated: " + String.join(", ", outside) + "."));
        }
    }

    /** The grad_table in the order it is filled, each adjoint with its chain-rule terms. */
    private void adjoints() {
        text.append(notation.heading(2, "Adjoints $\\bar{w} = \\partial f/\\partial w$ in the order build_grad "
                + "fills grad_table"));
        text.append(notation.paragraph("grad_table starts with $" + ChainRuleFormulas.adjoint(file.output()).latex()
                + " = 1$ (GBP-GRADTABLE). Then build_grad runs for each input in file order: it asks each consumer "
                + "$c$ of the node in G' for its adjoint, recursing when that is not yet in the table, and adds one "
                + "chain-rule term op(c).bprop per consumer (GBP-BUILDGRAD, GBP-BPROP). Each adjoint is computed once."));
        List<List<String>> rows = new ArrayList<>();
        int step = 1;
        for (Map.Entry<Node, Matrix> entry : gradTable.entrySet()) {
            Node node = entry.getKey();
            rows.add(List.of(Integer.toString(step++), Notation.math(ChainRuleFormulas.adjoint(node).latex()),
                    node.name(), chainRule(node), Notation.math(notation.number(entry.getValue().scalarValue()))));
        }
        text.append(notation.table(List.of("step", "adjoint", "node", "chain rule", "value"), rows, 3));
    }

    /** The sum of the chain-rule terms of {@code v}'s consumers in G', symbol by symbol and number by number. */
    private String chainRule(Node v) {
        if (v == file.output()) {
            return "output: $\\partial f/\\partial f = 1$";
        }
        List<Node> consumers = graph.getConsumers(v).stream().filter(gradTable::containsKey).toList();
        if (consumers.isEmpty()) {
            return "not in G': $f$ does not depend on it";
        }
        Numbers numbers = new Numbers(evaluation);
        List<String> symbols = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Node c : consumers) {
            symbols.add(graph.getOperation(c).bprop(Inputs.of(graph, c, formulas), v, ChainRuleFormulas.adjoint(c))
                    .latex());
            double term = graph.getOperation(c).bprop(Inputs.of(graph, c, numbers), v, gradTable.get(c)).scalarValue();
            values.add(notation.number(term));
        }
        return Notation.math(sum(symbols) + " = " + sum(values));
    }

    /** Terms joined by +, a leading minus of a term written as a subtraction. */
    private static String sum(List<String> terms) {
        StringBuilder sum = new StringBuilder(terms.get(0));
        terms.subList(1, terms.size()).forEach(term -> sum.append(term.startsWith("-") ? " - " + term.substring(1)
                : " + " + term));
        return sum.toString();
    }

    /** How a node is computed: its leaf kind and value, or its operation on earlier nodes. */
    private String computation(Node node) {
        String operation = graph.getOperation(node).name();
        List<Node> inputs = graph.getInputs(node);
        if (inputs.isEmpty()) {
            return "\\text{" + operation + "}";
        }
        return "\\text{" + operation + "}(" + inputs.stream().map(ChainRuleFormulas::w).collect(Collectors.joining(", "))
                + ")";
    }

    private String value(Node node) {
        return notation.number(evaluation.value(node).scalarValue());
    }
}
