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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What is certain about a failure no model reproduces (KIT-DIAGNOSIS), on hand-made results of a 1 → 2 → 1 network
 * over three examples: the expected J = 1, outputs (1, 2, 3), ∂J/∂W¹ = (1, 2), ∂J/∂b¹ = (1, 2), ∂J/∂W² = (1, 2),
 * ∂J/∂b² = 1. Each difference below is far outside the tolerances, which are of the order of 10^−15.
 */
class MlpFactsTest {
    private static final Problem THREE_EXAMPLES = twoLayers(3);
    private static final Result EXPECTED = twoLayerResult(1, new double[] {1, 2, 3}, new double[] {1, 2},
            new double[] {1, 2}, new double[] {1, 2}, 1);

    @Test
    void KIT_DIAGNOSIS_theLossTheExamplesAndTheLayersThatDiffer() {
        Result found = twoLayerResult(1.5, new double[] {1, 2.5, 3.5}, new double[] {1, 2}, new double[] {1, 2},
                new double[] {1, 2.5}, 1);
        assertEquals(List.of("the loss J differs: 1.5 where the reference has 1.0",
                "the outputs a^L differ for 2 of 3 examples [1, 2] (FWD-A)",
                "the gradients differ in ∂J/∂W^l of layers [2] and no bias gradient (of layers 1..2)"),
                facts(THREE_EXAMPLES, EXPECTED, found));
    }

    /** Only the loss differs: no gradient fact; only ∂J/∂b¹₁: no weight gradient. */
    @Test
    void KIT_DIAGNOSIS_aGradientFactOnlyWhereAGradientDiffers() {
        Result loss = twoLayerResult(2, new double[] {1, 2, 3}, new double[] {1, 2}, new double[] {1, 2},
                new double[] {1, 2}, 1);
        assertEquals(List.of("the loss J differs: 2.0 where the reference has 1.0"), facts(THREE_EXAMPLES, EXPECTED,
                loss));
        Result bias = twoLayerResult(1, new double[] {1, 2, 3}, new double[] {1, 2}, new double[] {1, 3},
                new double[] {1, 2}, 1);
        assertEquals(List.of("the gradients differ in no weight gradient and ∂J/∂b^l of layers [1] (of layers 1..2)"),
                facts(THREE_EXAMPLES, EXPECTED, bias));
    }

    /**
     * ∞ at ∂J/∂W¹₀₀ and NaN at ∂J/∂b¹₀ where the reference is finite: 2 numbers; a NaN where the expected number is
     * NaN too (∂J/∂b²) is not counted, though it differs.
     */
    @Test
    void KIT_FINITE_theNonFiniteNumbersWhereTheReferenceIsFinite() {
        Result expected = twoLayerResult(1, new double[] {1, 2, 3}, new double[] {1, 2}, new double[] {1, 2},
                new double[] {1, 2}, Double.NaN);
        Result found = twoLayerResult(1, new double[] {1, 2, 3}, new double[] {Double.POSITIVE_INFINITY, 2},
                new double[] {Double.NaN, 2}, new double[] {1, 2}, Double.NaN);
        assertEquals(List.of("2 numbers are NaN or infinite where the reference is finite, the first at "
                        + "gradients[0].weights[0][0] (KIT-FINITE)",
                "the gradients differ in ∂J/∂W^l of layers [1] and ∂J/∂b^l of layers [1, 2] (of layers 1..2)"),
                facts(THREE_EXAMPLES, expected, found));
    }

    @Test
    void KIT_DIAGNOSIS_aConstantFactorOrAllZeroShownByEveryGradientNumber() {
        String everyLayer = "the gradients differ in ∂J/∂W^l of layers [1, 2] and ∂J/∂b^l of layers [1, 2] (of "
                + "layers 1..2)";
        assertEquals(List.of(everyLayer, "every gradient number is 3.0 × the reference's, each within its "
                + "tolerance"), facts(THREE_EXAMPLES, EXPECTED, scaledGradient(EXPECTED, 3)));
        assertEquals(List.of(everyLayer, "every gradient number is 0"), facts(THREE_EXAMPLES, EXPECTED,
                scaledGradient(EXPECTED, 0)));
        assertEquals(Optional.empty(), MlpFacts.factor(List.of()));
    }

    /** Ten examples are listed; of twelve, the first ten and "…". */
    @Test
    void KIT_DIAGNOSIS_atMostTenExamplesAreListed() {
        assertEquals("the outputs a^L differ for 10 of 10 examples [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] (FWD-A)",
                allOutputsOff(10));
        assertEquals("the outputs a^L differ for 12 of 12 examples [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] … (FWD-A)",
                allOutputsOff(12));
    }

    @Test
    void FMT_RESULT_aResultOfTheWrongShapeHasNoFacts() {
        Result oneLayer = new Result(1, EXPECTED.outputs(), List.of(EXPECTED.gradient(1)));
        assertEquals(List.of(), facts(THREE_EXAMPLES, EXPECTED, oneLayer));
    }

    private static String allOutputsOff(int m) {
        double[] outputs = new double[m];
        double[] off = new double[m];
        for (int e = 0; e < m; e++) {
            outputs[e] = e;
            off[e] = e + 0.5;
        }
        Result expected = twoLayerResult(1, outputs, new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 2}, 1);
        Result found = twoLayerResult(1, off, new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 2}, 1);
        return facts(twoLayers(m), expected, found).get(0);
    }

    private static List<String> facts(Problem problem, Result expected, Result found) {
        MlpComparison comparison = MlpComparison.of(problem, expected, found, Sides.referenceAgainst(
                Precision.FLOAT64));
        return MlpFacts.of(problem, expected, found, comparison);
    }
}
