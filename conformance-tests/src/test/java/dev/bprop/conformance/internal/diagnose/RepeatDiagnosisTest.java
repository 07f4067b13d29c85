package dev.bprop.conformance.internal.diagnose;

import static dev.bprop.conformance.internal.diagnose.Results.scaledGradient;
import static dev.bprop.conformance.internal.diagnose.Results.twoLayerResult;
import static dev.bprop.conformance.internal.diagnose.Results.twoLayers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A second answer against the first (KIT-DETERMINISTIC), on MlpFactsTest's network and first answer. */
class RepeatDiagnosisTest {
    private static final Problem PROBLEM = twoLayers(3);
    private static final Result FIRST = twoLayerResult(1, new double[] {1, 2, 3}, new double[] {1, 2},
            new double[] {1, 2}, new double[] {1, 2}, 1);

    @Test
    void KIT_DETERMINISTIC_aGradientAddedToItselfIsReproducedAsBuffersNotReset() {
        assertEquals(List.of("reproduced: the second gradient is the first one added to itself, every number within "
                + "its tolerance: the gradients accumulate in buffers that are not reset between calls "
                + "(KIT-DETERMINISTIC)"), diagnose(scaledGradient(FIRST, 2)));
    }

    /** 1 + 3 outputs + 7 gradient numbers = 11; only ∂J/∂W²₀₁ differs (2.5 for 2, not 4). */
    @Test
    void KIT_DETERMINISTIC_otherwiseWhereTheAnswersDiffer() {
        Result second = twoLayerResult(1, new double[] {1, 2, 3}, new double[] {1, 2}, new double[] {1, 2},
                new double[] {1, 2.5}, 1);
        assertEquals(List.of("1 of 11 numbers differ between the two calls, the first at gradients[1].weights[0][1]; "
                + "no known bug reproduces the second answer from the first (KIT-DETERMINISTIC)"), diagnose(second));
        Result doubledButTheLoss = scaledGradient(twoLayerResult(0.5, new double[] {1, 2, 3}, new double[] {1, 2},
                new double[] {1, 2}, new double[] {1, 2}, 1), 2);
        assertEquals("reproduced", diagnose(doubledButTheLoss).get(0).substring(0, 10),
                "the loss is no gradient number: a buffer bug leaves it");
    }

    @Test
    void FMT_RESULT_aSecondAnswerOfAnotherShapeIsNamed() {
        Result oneLayer = new Result(1, FIRST.outputs(), List.of(FIRST.gradient(1)));
        assertEquals(List.of("FMT-RESULT: gradients: expected 2 layers, found 1 (the shapes are wrong; the answers are "
                + "not compared number by number)"), diagnose(oneLayer));
    }

    private static List<String> diagnose(Result second) {
        return RepeatDiagnosis.of(MlpComparison.of(PROBLEM, FIRST, second, Sides.repeated(Precision.FLOAT64)));
    }
}
