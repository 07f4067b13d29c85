package dev.bprop.cli.grade;

import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.Trace;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One problem of an assignment, a network (FMT-PROBLEM) or an expression graph (FMT-GRAPH), with the id that names
 * its answer file ({@code ID.json}), and the reference's answer to it.
 */
public sealed interface Task {
    String id();

    /** The problem file's text, as handed to the student. */
    String json();

    /** Every quantity of the answer, computed by the reference (BP1–BP4, GBP-BUILDGRAD). */
    Map<Slot, Tensor> expected();

    /** A network problem. */
    record Mlp(String id, Problem problem) implements Task {
        @Override
        public String json() {
            return BpropJson.write(problem);
        }

        @Override
        public Map<Slot, Tensor> expected() {
            Trace trace = Backpropagation.trace(problem);
            Map<Slot, Tensor> answer = new LinkedHashMap<>();
            answer.put(new Slot(Quantity.LOSS, 0), Tensor.scalar("loss", trace.loss()));
            answer.put(new Slot(Quantity.OUTPUTS, 0), Tensor.matrix("outputs", trace.forward().outputs()));
            for (int l = 1; l <= problem.depth(); l++) {
                answer.put(new Slot(Quantity.Z, l), Slot.layerTensor(Quantity.Z, l,
                        trace.forward().preActivation(l).toArray()));
                answer.put(new Slot(Quantity.A, l), Slot.layerTensor(Quantity.A, l,
                        trace.forward().activation(l).toArray()));
                answer.put(new Slot(Quantity.DELTA, l), Slot.layerTensor(Quantity.DELTA, l, trace.error(l).toArray()));
                answer.put(new Slot(Quantity.WEIGHT_GRADIENTS, l), Slot.layerTensor(Quantity.WEIGHT_GRADIENTS, l,
                        trace.weightGradient(l).toArray()));
                answer.put(new Slot(Quantity.BIAS_GRADIENTS, l), Slot.layerTensor(Quantity.BIAS_GRADIENTS, l,
                        new double[][] {trace.biasGradient(l)}));
            }
            return answer;
        }
    }

    /** An expression-graph problem. */
    record Graphs(String id, Graph graph) implements Task {
        @Override
        public String json() {
            return BpropJson.write(graph);
        }

        @Override
        public Map<Slot, Tensor> expected() {
            GraphResult result = GraphFile.gradient(graph);
            List<String> inputs = graph.inputNodes().stream().map(GraphNode::name).toList();
            Map<Slot, Tensor> answer = new LinkedHashMap<>();
            answer.put(new Slot(Quantity.VALUE, 0), Tensor.scalar("value", result.value()));
            answer.put(new Slot(Quantity.GRADIENT, 0), Tensor.named("gradient", inputs,
                    inputs.stream().mapToDouble(result.gradient()::get).toArray()));
            return answer;
        }
    }
}
