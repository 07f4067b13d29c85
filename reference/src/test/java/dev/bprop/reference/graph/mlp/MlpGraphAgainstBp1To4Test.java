package dev.bprop.reference.graph.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.reference.graph.NonFiniteValueException;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clause GBP-BUILDGRAD against BP1–BP4: every problem of the spec's vectors, written as a graph, gets the same loss,
 * outputs and gradients from general backpropagation as from {@link Backpropagation}.
 */
class MlpGraphAgainstBp1To4Test {
    static Stream<TestVector> problemVectors() {
        return VectorCatalog.all().stream().filter(TestVector::isProblem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemVectors")
    void gbpBuildgrad_theMlpAsAGraphAgreesWithBp1To4(TestVector vector) {
        Problem problem = vector.problem().orElseThrow();
        Result graph;
        try {
            graph = MlpGraph.of(problem).result();
        } catch (NonFiniteValueException e) {
            Assumptions.abort("the graph writes the loss through ln a, which saturates here: " + e.getMessage());
            return;
        }
        Result bp = Backpropagation.gradient(problem);
        assertEquals(bp.loss(), graph.loss(), 1e-12 * (1 + Math.abs(bp.loss())), "loss");
        for (int e = 0; e < problem.batchSize(); e++) {
            for (int k = 0; k < problem.width(problem.depth()); k++) {
                assertEquals(bp.output(e, k), graph.output(e, k), 1e-12, "outputs[" + e + "][" + k + "]");
            }
        }
        for (int l = 1; l <= problem.depth(); l++) {
            for (int j = 0; j < problem.width(l); j++) {
                double bias = bp.gradient(l).bias(j);
                assertEquals(bias, graph.gradient(l).bias(j), 1e-10 * (1 + Math.abs(bias)), "b" + l + "[" + j + "]");
                for (int i = 0; i < problem.width(l - 1); i++) {
                    double weight = bp.gradient(l).weight(j, i);
                    assertEquals(weight, graph.gradient(l).weight(j, i), 1e-10 * (1 + Math.abs(weight)),
                            "W" + l + "[" + j + "][" + i + "]");
                }
            }
        }
    }
}
