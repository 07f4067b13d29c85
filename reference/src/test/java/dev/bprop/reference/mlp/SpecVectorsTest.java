package dev.bprop.reference.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Result;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.Tolerance;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every problem vector of the spec passes with the tolerance it states. */
class SpecVectorsTest {
    @TestFactory
    Stream<DynamicTest> everyProblemVectorPassesWithItsTolerance() {
        return VectorCatalog.all().stream()
                .filter(TestVector::isProblem)
                .map(vector -> dynamicTest(vector.id(), () -> assertPasses(vector)));
    }

    private static void assertPasses(TestVector vector) {
        Result expected = vector.expectedResult().orElseThrow();
        Result found = Backpropagation.gradient(vector.problem().orElseThrow());
        Tolerance tolerance = vector.tolerance();
        assertAccepts(tolerance, "loss", expected.loss(), found.loss());
        double[][] outputs = expected.outputs();
        for (int e = 0; e < outputs.length; e++) {
            for (int k = 0; k < outputs[e].length; k++) {
                assertAccepts(tolerance, "outputs[" + e + "][" + k + "]", outputs[e][k], found.output(e, k));
            }
        }
        assertEquals(expected.gradients().size(), found.gradients().size(), "gradients");
        for (int l = 1; l <= expected.gradients().size(); l++) {
            String place = LayerIndex.gradientPlace(l);
            double[][] weights = expected.gradient(l).weights();
            for (int j = 0; j < weights.length; j++) {
                assertAccepts(tolerance, place + ".bias[" + j + "]", expected.gradient(l).bias(j),
                        found.gradient(l).bias(j));
                for (int i = 0; i < weights[j].length; i++) {
                    assertAccepts(tolerance, place + ".weights[" + j + "][" + i + "]", weights[j][i],
                            found.gradient(l).weight(j, i));
                }
            }
        }
    }

    private static void assertAccepts(Tolerance tolerance, String place, double expected, double found) {
        assertTrue(tolerance.accepts(expected, found), () -> place + ": expected " + expected + ", found " + found
                + " (tolerance " + tolerance + ")");
    }
}
