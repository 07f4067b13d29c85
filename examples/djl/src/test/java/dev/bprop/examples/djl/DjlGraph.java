package dev.bprop.examples.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The graph profile for DJL on PyTorch: every node of an expression graph (FMT-GRAPH) becomes a 0-dimensional
 * float64 NDArray, each operation the DJL operation of the same meaning (GBP-OPS), and PyTorch's reverse-mode
 * autograd, driven by DJL's {@link GradientCollector}, computes ∂output/∂x for every {@code input} node
 * (FMT-GRAPH-RESULT). Every spec operation has a DJL counterpart, so all are declared.
 *
 * <p>Autograd follows the spec's rules by construction: a node feeding several consumers sums their contributions
 * (GBP-BUILDGRAD), {@code mul(x, x)} gets both positions (GBP-BPROP), and nodes that do not lead to the output are
 * never differentiated (GBP-SUBGRAPH); an input the output does not depend on gets gradient 0.
 */
public final class DjlGraph implements GraphImplementation {
    @Override
    public GraphResult gradient(Graph graph) {
        try (NDManager manager = PyTorch.newManager();
                GradientCollector collector = PyTorch.newGradientCollector()) {
            Map<String, NDArray> values = new HashMap<>();
            Set<String> onTape = new HashSet<>();
            for (GraphNode node : graph.nodes()) {
                values.put(node.name(), evaluate(manager, node, values));
                if (node.op() == GraphOp.INPUT || node.inputs().stream().anyMatch(onTape::contains)) {
                    onTape.add(node.name());
                }
            }
            NDArray output = values.get(graph.output());
            // An output that depends on no input (a const, or a subtree of consts) has no tape: PyTorch refuses
            // backward on it. The adapter tracks this itself, because DJL's NDArray.hasGradient() answers false
            // for arrays computed from marked leaves (seen for mul and sin in DJL 0.35.1), on the tape or not.
            if (onTape.contains(graph.output())) {
                collector.backward(output);
            }
            Map<String, Double> gradient = new LinkedHashMap<>();
            for (GraphNode input : graph.inputNodes()) {
                gradient.put(input.name(), NdArrays.scalar(values.get(input.name()).getGradient()));
            }
            return new GraphResult(NdArrays.scalar(output), gradient);
        }
    }

    /** The value of {@code node}; an {@code input} leaf is marked so that the collector differentiates by it. */
    private static NDArray evaluate(NDManager manager, GraphNode node, Map<String, NDArray> values) {
        if (node.op().isLeaf()) {
            NDArray leaf = manager.create(node.value().orElseThrow());
            leaf.setRequiresGradient(node.op() == GraphOp.INPUT);
            return leaf;
        }
        NDArray a = values.get(node.inputs().get(0));
        NDArray b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : null;
        return switch (node.op()) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case DIV -> a.div(b);
            case POW -> a.pow(b);
            case NEG -> a.neg();
            case SIN -> a.sin();
            case COS -> a.cos();
            case EXP -> a.exp();
            case LOG -> a.log();
            case TANH -> Activation.tanh(a);
            case SIGMOID -> Activation.sigmoid(a);
            case RELU -> Activation.relu(a);
            case INPUT, CONST -> throw new IllegalStateException("leaf " + node.name() + " handled above");
        };
    }

    @Override
    public Set<GraphOp> operations() {
        return EnumSet.allOf(GraphOp.class);
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT64;
    }
}
