package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A result compared in the oracle's model, on one identity unit by hand: w = 2, b = 0.5, x = 1, y = 1 give
 * z = a = 2.5, J = ½·1.5² = 1.125, ∂J/∂b = a − y = 1.5 and ∂J/∂w = 1.5·x = 1.5.
 */
class MlpComparisonTest {
    private static final Problem UNIT = new Problem("unit", List.of(new Layer(Activation.IDENTITY,
            new double[][] {{2}}, new double[] {0.5})), Loss.MSE, new double[][] {{1}}, new double[][] {{1}});
    private static final Result EXPECTED = result(1.5, 1.5);
    private static final Sides FLOAT64 = Sides.referenceAgainst(Precision.FLOAT64);

    @Test
    void anIdenticalResultPassesWithoutComputingTolerances() {
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, result(1.5, 1.5), FLOAT64);
        assertTrue(comparison.passed());
        assertEquals(List.of(), comparison.elements());
    }

    @Test
    void everyNumberIsComparedAndAWrongComponentIsPlacedByTheOracle() {
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, result(1.5 + 1e-9, 1.5), FLOAT64);
        assertFalse(comparison.passed());
        assertEquals(List.of("loss", "outputs[0][0]", "gradients[0].weights[0][0]", "gradients[0].bias[0]"),
                comparison.elements().stream().map(e -> e.place().path()).toList());
        ElementComparison mismatch = comparison.mismatches().get(0);
        assertEquals(1, comparison.mismatches().size());
        assertEquals("BP4", mismatch.place().clause());
        assertEquals(1, mismatch.place().layer());
        assertTrue(mismatch.tolerance() < 1e-13, "tolerance " + mismatch.tolerance());
    }

    /** CMP-VALUE: a loss or an output off by 10^−9 alone, with the gradient identical, is compared and fails. */
    @Test
    void cmpValue_aWrongLossOrOutputAloneIsCompared() {
        Result wrongLoss = new Result(1.125 + 1e-9, new double[][] {{2.5}}, EXPECTED.gradients());
        Result wrongOutput = new Result(1.125, new double[][] {{2.5 + 1e-9}}, EXPECTED.gradients());
        assertEquals(List.of("loss"), paths(MlpComparison.of(UNIT, EXPECTED, wrongLoss, FLOAT64).mismatches()));
        assertEquals(List.of("outputs[0][0]"),
                paths(MlpComparison.of(UNIT, EXPECTED, wrongOutput, FLOAT64).mismatches()));
    }

    @Test
    void anErrorOfFloat32RoundingFailsAFloat64LibraryAndPassesAFloat32One() {
        Result rounded = result(1.5 * (1 + 1e-7), 1.5);
        assertFalse(MlpComparison.of(UNIT, EXPECTED, rounded, FLOAT64).passed());
        assertTrue(MlpComparison.of(UNIT, EXPECTED, rounded, Sides.referenceAgainst(Precision.FLOAT32)).passed());
    }

    @Test
    void wrongShapesAreNamedBeforeAnyNumberIsCompared() {
        Result transposed = new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(new double[][] {{1.5},
                {1.5}}, new double[] {1.5})));
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, transposed, FLOAT64);
        assertFalse(comparison.passed());
        assertEquals(List.of(), comparison.elements());
        assertEquals(List.of("gradients[0].weights: expected 1 rows of 1, found 2 rows"), comparison.shapeErrors());
    }

    /** FMT-RESULT: a null result, or wrong shapes with different numbers, is a shape error and nothing is compared. */
    @Test
    void fmtResult_nullOrMisshapenResultsCompareNoNumber() {
        MlpComparison none = MlpComparison.of(UNIT, EXPECTED, null, FLOAT64);
        assertFalse(none.passed());
        assertEquals(List.of("the implementation returned null"), none.shapeErrors());
        assertEquals(List.of(), none.elements());
        Result transposed = new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(new double[][] {{9},
                {9}}, new double[] {1.5})));
        assertEquals(List.of(), MlpComparison.of(UNIT, EXPECTED, transposed, FLOAT64).elements());
    }

    private static List<String> paths(List<ElementComparison> elements) {
        return elements.stream().map(e -> e.place().path()).toList();
    }

    private static Result result(double weightGradient, double biasGradient) {
        return new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(new double[][] {{weightGradient}},
                new double[] {biasGradient})));
    }
}
