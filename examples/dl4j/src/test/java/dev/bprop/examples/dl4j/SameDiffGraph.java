package dev.bprop.examples.dl4j;

import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The graph-profile adapter to DL4J's autodiff, SameDiff (nd4j-api 1.0.0-M2.1): each node of an expression graph
 * (FMT-GRAPH) becomes a scalar float64 SameDiff variable ({@code input}), constant ({@code const}) or operation, the
 * output node is marked as the loss, and {@code calculateGradientsAndOutputs} returns the value and ∂f/∂x for every
 * input node x (FMT-GRAPH-RESULT). An input the output does not depend on has no gradient variable in SameDiff; the
 * spec's gradient there is 0.
 *
 * <p>The operations map one to one: add, sub, mul, div, pow ({@code math.pow(x, y)}), neg, sin, cos, exp, log,
 * tanh, sigmoid, relu ({@code nn.relu(x, 0)}). SameDiff's own variable names are generated ({@code n0}, {@code n1},
 * ...) since a graph file's node names need not be valid SameDiff names.
 */
public final class SameDiffGraph implements GraphImplementation {
    @Override
    public GraphResult gradient(Graph graph) {
        SameDiff sameDiff = SameDiff.create();
        Map<String, SDVariable> variables = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            variables.put(node.name(), variable(sameDiff, node, "n" + variables.size(), variables));
        }
        SDVariable output = variables.get(graph.output());
        output.markAsLoss();
        List<String> inputs = graph.inputNodes().stream().map(n -> variables.get(n.name()).name()).toList();
        OutAndGrad result = sameDiff.calculateGradientsAndOutputs(Map.of(), List.of(output.name()), inputs);
        Map<String, Double> gradient = new LinkedHashMap<>();
        for (GraphNode input : graph.inputNodes()) {
            var array = result.getGradients().get(variables.get(input.name()).name());
            gradient.put(input.name(), array == null ? 0.0 : array.getDouble(0));
        }
        return new GraphResult(result.getOutputs().get(output.name()).getDouble(0), gradient);
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT64;
    }

    private static SDVariable variable(SameDiff sameDiff, GraphNode node, String name,
            Map<String, SDVariable> defined) {
        List<SDVariable> in = node.inputs().stream().map(defined::get).toList();
        return switch (node.op()) {
            case INPUT -> sameDiff.var(name, Nd4j.scalar(node.value().orElseThrow()));
            case CONST -> sameDiff.constant(name, Nd4j.scalar(node.value().orElseThrow()));
            case ADD -> in.get(0).add(name, in.get(1));
            case SUB -> in.get(0).sub(name, in.get(1));
            case MUL -> in.get(0).mul(name, in.get(1));
            case DIV -> in.get(0).div(name, in.get(1));
            case POW -> sameDiff.math().pow(name, in.get(0), in.get(1));
            case NEG -> sameDiff.math().neg(name, in.get(0));
            case SIN -> sameDiff.math().sin(name, in.get(0));
            case COS -> sameDiff.math().cos(name, in.get(0));
            case EXP -> sameDiff.math().exp(name, in.get(0));
            case LOG -> sameDiff.math().log(name, in.get(0));
            case TANH -> sameDiff.math().tanh(name, in.get(0));
            case SIGMOID -> sameDiff.nn().sigmoid(name, in.get(0));
            case RELU -> sameDiff.nn().relu(name, in.get(0), 0.0);
        };
    }
}
