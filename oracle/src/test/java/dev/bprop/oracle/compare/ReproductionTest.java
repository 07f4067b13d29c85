package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * KIT-DIAGNOSIS's reproduction rule and constant factor, KIT-DETERMINISTIC's doubled answer, by hand. The problem is
 * MlpComparisonTest's identity unit: w = 2, b = 0.5, x = 1, y = 1 give z = a = 2.5, J = ½·1.5² = 1.125 and
 * ∂J/∂w = ∂J/∂b = a − y = 1.5. The found result has the gradient doubled, 3 and 3, as a batch summed over two equal
 * examples would give.
 */
class ReproductionTest {
    private static final Place PLACE = new Place("gradients[0].bias[0]", "BP3", 1, Place.BIAS, "[0]");
    private static final Problem UNIT = new Problem("unit", List.of(new Layer(Activation.IDENTITY,
            new double[][] {{2}}, new double[] {0.5})), Loss.MSE, new double[][] {{1}}, new double[][] {{1}});
    private static final Result EXPECTED = result(1.125, 2.5, 1.5, 1.5);
    private static final Result FOUND = result(1.125, 2.5, 3, 3);
    private static final MlpComparison AGAINST_REFERENCE = MlpComparison.of(UNIT, EXPECTED, FOUND,
            Sides.referenceAgainst(Precision.FLOAT64));

    /** f = x·y at (2, 3): f = 6, ∂f/∂x = 3, ∂f/∂y = 2 (GraphComparisonTest's graph). */
    private static final Graph PRODUCT = BpropJson.parseGraph("""
            {"nodes": [{"name": "x", "op": "input", "value": 2}, {"name": "y", "op": "input", "value": 3},
                       {"name": "f", "op": "mul", "inputs": ["x", "y"]}], "output": "f"}""");

    @Test
    void kitDiagnosis_equalWithinTakesNaNToNaNAndAnInfinityToItselfOnly() {
        assertTrue(Reproduction.equalWithin(1, 1.5, 0.5));
        assertFalse(Reproduction.equalWithin(1, 1.5, 0.25));
        assertTrue(Reproduction.equalWithin(Double.NaN, Double.NaN, 0));
        assertTrue(Reproduction.equalWithin(Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L), 0));
        assertTrue(Reproduction.equalWithin(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0));
        assertFalse(Reproduction.equalWithin(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY));
        assertFalse(Reproduction.equalWithin(Double.NaN, 1, Double.POSITIVE_INFINITY));
        assertFalse(Reproduction.equalWithin(1, Double.NaN, Double.POSITIVE_INFINITY));
        assertFalse(Reproduction.equalWithin(Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY));
        assertFalse(Reproduction.equalWithin(1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    @Test
    void kitDiagnosis_theCandidatesOwnRoundingIsTwoToTheMinus40Or16() {
        assertEquals(Math.pow(2, -40), ElementComparison.ownRounding(Precision.FLOAT64));
        assertEquals(Math.pow(2, -16), ElementComparison.ownRounding(Precision.FLOAT32));
    }

    /**
     * Found 2, t = 2^−39: a float64 candidate 2 + 2^−38 is allowed t + 2^−40·(2 + 2^−38) = 2^−38 + 2^−78 and
     * differs by 2^−38; one 2^−50 further it does not reproduce. Neither t nor the own rounding alone suffices.
     */
    @Test
    void kitDiagnosis_aNumberIsReproducedWithinItsToleranceWidenedByTheCandidatesOwnRounding() {
        ElementComparison found = element(1, 2, 0x1p-39);
        assertTrue(found.reproducedBy(2 + 0x1p-38, Precision.FLOAT64));
        assertFalse(found.reproducedBy(2 + 0x1p-38 + 0x1p-50, Precision.FLOAT64));
        assertFalse(element(1, 2, 0).reproducedBy(2 + 0x1p-38, Precision.FLOAT64));
        // The own rounding scales with the larger number: found 0 under t = 0, candidate 2^−60 is not 0.
        assertFalse(element(0, 0, 0).reproducedBy(0x1p-60, Precision.FLOAT64));
        // found 1, t = 0: 1 + 2^−16 is float32's own rounding (2^−16·(1 + 2^−16) ≥ 2^−16), 1 + 2^−15 is not.
        assertTrue(element(1, 1, 0).reproducedBy(1 + 0x1p-16, Precision.FLOAT32));
        assertFalse(element(1, 1, 0).reproducedBy(1 + 0x1p-15, Precision.FLOAT32));
        assertFalse(element(1, 1, 0).reproducedBy(1 + 0x1p-16, Precision.FLOAT64));
    }

    /** Where the reference is 0 its tolerance can be 0: the candidate's 0 then reproduces exactly (|0 − 0| ≤ 0). */
    @Test
    void kitDiagnosis_aZeroReproducesAZeroUnderAZeroTolerance() {
        assertTrue(element(0, 0, 0).reproducedBy(0, Precision.FLOAT64));
        assertTrue(element(1, 0.5, 0.5).reproducedBy(0, Precision.FLOAT64));
    }

    @Test
    void kitDiagnosis_nanReproducesNaNAndAnInfinityTheSameInfinity() {
        assertTrue(element(1, Double.NaN, 0).reproducedBy(Double.NaN, Precision.FLOAT64));
        assertFalse(element(1, 1, Double.POSITIVE_INFINITY).reproducedBy(Double.NaN, Precision.FLOAT64));
        assertTrue(element(1, Double.NEGATIVE_INFINITY, 0).reproducedBy(Double.NEGATIVE_INFINITY,
                Precision.FLOAT32));
        assertFalse(element(1, Double.NEGATIVE_INFINITY, 0).reproducedBy(Double.POSITIVE_INFINITY,
                Precision.FLOAT32));
    }

    /**
     * found = r·expected within max(1, |r|)·t: 0.25·2 = 0.5 exactly; 0.5 + 2^−20 is 2^−20 off, allowed 2·2^−21 at
     * r = 2 and at r = −2 (the found number negated), only 2^−21 at r = ½ (never less than t).
     */
    @Test
    void kitDiagnosis_foundIsTimesScalesTheToleranceWithTheFactorButNeverBelowIt() {
        assertTrue(element(0.25, 0.5, 0).foundIsTimes(2));
        assertFalse(element(0.25, 0.5, 0).foundIsTimes(1));
        assertTrue(element(0.25, 0.5 + 0x1p-20, 0x1p-21).foundIsTimes(2));
        assertFalse(element(0.25, 0.5 + 0x1p-19, 0x1p-21).foundIsTimes(2));
        assertTrue(element(0.25, -0.5 - 0x1p-20, 0x1p-21).foundIsTimes(-2));
        // r = ½: expected 1, found ½ + 2^−21 is 2^−21 off, exactly t.
        assertTrue(element(1, 0.5 + 0x1p-21, 0x1p-21).foundIsTimes(0.5));
        assertFalse(element(1, 0.5 + 0x1p-20, 0x1p-21).foundIsTimes(0.5));
        assertTrue(element(Double.NaN, Double.NaN, 0).foundIsTimes(2));
        assertFalse(element(1, Double.NaN, Double.POSITIVE_INFINITY).foundIsTimes(2));
    }

    @Test
    void kitDiagnosis_aCandidateWithTheFoundNumbersReproducesThemAtZeroUlps() {
        assertFalse(AGAINST_REFERENCE.passed());
        assertEquals(new Reproduction.Match(true, 0), Reproduction.mlp(UNIT, AGAINST_REFERENCE, FOUND, FOUND));
    }

    /** One ulp above 3 is 3 + 2^−51, well within the own rounding 2^−40·3 of a float64 candidate. */
    @Test
    void kitDiagnosis_theMatchCarriesTheLargestDistanceInUlps() {
        Result candidate = result(1.125, 2.5, 3, Math.nextUp(3.0));
        assertEquals(new Reproduction.Match(true, 1), Reproduction.mlp(UNIT, AGAINST_REFERENCE, candidate, FOUND));
        Result twoAway = result(1.125, 2.5, Math.nextUp(Math.nextUp(3.0)), Math.nextUp(3.0));
        assertEquals(new Reproduction.Match(true, 2), Reproduction.mlp(UNIT, AGAINST_REFERENCE, twoAway, FOUND));
    }

    /** Every number must reproduce: a candidate right everywhere but in the loss (2^−30 off) is no match. */
    @Test
    void kitDiagnosis_everyNumberMustReproduceTheLossAndOutputsIncluded() {
        Reproduction.Match none = new Reproduction.Match(false, Long.MAX_VALUE);
        assertEquals(none, Reproduction.mlp(UNIT, AGAINST_REFERENCE, result(1.125 + 0x1p-30, 2.5, 3, 3), FOUND));
        assertEquals(none, Reproduction.mlp(UNIT, AGAINST_REFERENCE, result(1.125, 2.5 + 0x1p-30, 3, 3), FOUND));
        assertEquals(none, Reproduction.mlp(UNIT, AGAINST_REFERENCE, result(1.125, 2.5, 3, 3.001), FOUND));
        assertEquals(none, Reproduction.mlp(UNIT, AGAINST_REFERENCE, EXPECTED, FOUND));
    }

    /** The candidate's precision is the found side's: 3·(1 + 2^−17) reproduces a float32 answer only. */
    @Test
    void kitDiagnosis_theOwnRoundingIsThatOfTheFoundSidesPrecision() {
        Result candidate = result(1.125, 2.5, 3 * (1 + 0x1p-17), 3);
        MlpComparison float32 = MlpComparison.of(UNIT, EXPECTED, FOUND, Sides.referenceAgainst(Precision.FLOAT32));
        assertTrue(Reproduction.mlp(UNIT, float32, candidate, FOUND).matches());
        assertFalse(Reproduction.mlp(UNIT, AGAINST_REFERENCE, candidate, FOUND).matches());
    }

    /** A NaN the candidate shares with the found result reproduces it, and counts 0 ulps, not Long.MAX_VALUE. */
    @Test
    void kitDiagnosis_aSharedNaNReproducesAtZeroUlps() {
        Result nan = result(Double.NaN, 2.5, 3, 3);
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, nan, Sides.referenceAgainst(Precision.FLOAT64));
        assertEquals(new Reproduction.Match(true, 0), Reproduction.mlp(UNIT, comparison, nan, nan));
    }

    @Test
    void kitDiagnosis_noCandidateOrAWronglyShapedOneOrNoFailureReproducesNothing() {
        assertFalse(Reproduction.mlp(UNIT, AGAINST_REFERENCE, null, FOUND).matches());
        Result twoWeights = new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(
                new double[][] {{3, 0}}, new double[] {3})));
        assertFalse(Reproduction.mlp(UNIT, AGAINST_REFERENCE, twoWeights, FOUND).matches());
        MlpComparison identical = MlpComparison.of(UNIT, EXPECTED, EXPECTED, Sides.referenceAgainst(
                Precision.FLOAT64));
        assertEquals(new Reproduction.Match(false, Long.MAX_VALUE), Reproduction.mlp(UNIT, identical, EXPECTED,
                EXPECTED));
    }

    /**
     * A found result of the wrong shape (∂J/∂W as 1 × 2) has no tolerances: the candidate must have the same shape
     * and numbers within 10^−12 of each tensor's largest magnitude, here 3·10^−12 for the weights, 1.125·10^−12 for
     * the loss.
     */
    @Test
    void fmtResult_aWronglyShapedResultIsReproducedByTheSameShapeAndNumbersTo10ToTheMinus12() {
        Result found = new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(
                new double[][] {{3, 1}}, new double[] {3})));
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, found, Sides.referenceAgainst(Precision.FLOAT64));
        assertFalse(comparison.shapeErrors().isEmpty());
        assertEquals(new Reproduction.Match(true, 0), Reproduction.mlp(UNIT, comparison, found, found));
        assertTrue(Reproduction.mlp(UNIT, comparison, wide(1.125, 2.5, 3, 1 + 2.9e-12, 3), found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, wide(1.125, 2.5, 3, 1 + 3.1e-12, 3), found).matches());
        assertTrue(Reproduction.mlp(UNIT, comparison, wide(1.125 + 1e-12, 2.5, 3, 1, 3), found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, wide(1.125 + 1.2e-12, 2.5, 3, 1, 3), found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, wide(1.125, 2.5 + 1e-11, 3, 1, 3), found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, wide(1.125, 2.5, 3, 1, 3 + 1e-11), found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, FOUND, found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, null, found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, new Result(1.125, new double[][] {{2.5}, {2.5}},
                found.gradients()), found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, new Result(1.125, new double[][] {{2.5}}, List.of(
                found.gradient(1), found.gradient(1))), found).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, new Result(1.125, new double[][] {{2.5}}, List.of(
                new LayerGradient(new double[][] {{3, 1}}, new double[] {3, 0}))), found).matches());
    }

    @Test
    void fmtResult_aNullFoundResultIsReproducedByNoCandidate() {
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, null, Sides.referenceAgainst(Precision.FLOAT64));
        assertFalse(Reproduction.mlp(UNIT, comparison, FOUND, null).matches());
        assertFalse(Reproduction.mlp(UNIT, comparison, null, null).matches());
    }

    /** A graph's value and every ∂f/∂x, in GraphComparison's order: ∂f/∂x found 6 (doubled), reproduced by 6. */
    @Test
    void kitDiagnosis_aGraphCandidateReproducesTheValueAndEveryPartial() {
        GraphResult found = graphResult(6, 6, 2);
        GraphComparison comparison = GraphComparison.of(PRODUCT, graphResult(6, 3, 2), found,
                Sides.referenceAgainst(Precision.FLOAT64));
        assertEquals(new Reproduction.Match(true, 0), Reproduction.graph(PRODUCT, comparison, found));
        assertEquals(new Reproduction.Match(true, 1), Reproduction.graph(PRODUCT, comparison,
                graphResult(6, 6, Math.nextUp(2.0))));
        assertFalse(Reproduction.graph(PRODUCT, comparison, graphResult(6.001, 6, 2)).matches());
        assertFalse(Reproduction.graph(PRODUCT, comparison, graphResult(6, 3, 2)).matches());
        assertFalse(Reproduction.graph(PRODUCT, comparison, graphResult(6, 6, 2.001)).matches());
        assertFalse(Reproduction.graph(PRODUCT, comparison, null).matches());
        GraphComparison missing = GraphComparison.of(PRODUCT, graphResult(6, 3, 2), new GraphResult(6,
                Map.of("x", 6.0)), Sides.referenceAgainst(Precision.FLOAT64));
        assertFalse(Reproduction.graph(PRODUCT, missing, found).matches());
    }

    /** The numbers a candidate is read as stand in the order of the comparison's elements. */
    @Test
    void kitDiagnosis_theCandidatesNumbersAreInTheOrderOfTheElements() {
        double[] numbers = MlpComparison.numbers(new ProblemObjective(UNIT), FOUND);
        List<ElementComparison> elements = AGAINST_REFERENCE.elements();
        assertEquals(elements.size(), numbers.length);
        for (int k = 0; k < numbers.length; k++) {
            assertEquals(elements.get(k).found(), numbers[k]);
        }
        GraphResult found = graphResult(6, 6, 2);
        GraphComparison graph = GraphComparison.of(PRODUCT, graphResult(6, 3, 2), found,
                Sides.referenceAgainst(Precision.FLOAT64));
        double[] graphNumbers = GraphComparison.numbers(new GraphObjective(PRODUCT), found);
        assertEquals(List.of(6.0, 6.0, 2.0), graph.elements().stream().map(ElementComparison::found).toList());
        assertEquals(6.0, graphNumbers[0]);
        assertEquals(6.0, graphNumbers[1]);
        assertEquals(2.0, graphNumbers[2]);
        assertEquals(3, graphNumbers.length);
    }

    /** Expected (2, 1, −½), found (6, 3, −1.5) exactly: r = 6/2 = 3 for every number. */
    @Test
    void kitDiagnosis_aConstantFactorShownByEveryNumberIsStated() {
        assertEquals(OptionalDouble.of(3), Reproduction.constantFactor(List.of(element(2, 6, 0), element(1, 3, 0),
                element(-0.5, -1.5, 0))));
        assertEquals(OptionalDouble.of(0), Reproduction.constantFactor(List.of(element(2, 0, 0),
                element(1, 1e-17, 1e-16))));
    }

    /**
     * r is read off the number of largest |expected|: expected (½, −2), found (1.6, −6) give r = 3, and 1.6 is
     * 0.1 from 1.5, within 3·t = 0.12; read off the first, r = 3.2 would put −6 0.4 from −6.4, beyond 3.2·t.
     */
    @Test
    void kitDiagnosis_theFactorIsReadOffTheLargestExpectedNumber() {
        assertEquals(OptionalDouble.of(3), Reproduction.constantFactor(List.of(element(0.5, 1.6, 0.04),
                element(-2, -6, 0.04))));
    }

    @Test
    void kitDiagnosis_noFactorWhereOneNumberBreaksItOrNoneCanBeRead() {
        assertEquals(OptionalDouble.empty(), Reproduction.constantFactor(List.of()));
        assertEquals(OptionalDouble.empty(), Reproduction.constantFactor(List.of(element(2, 6, 0),
                element(1, 3.1, 0))));
        // r would be ∞ (or NaN): the largest found number is not finite.
        assertEquals(OptionalDouble.empty(), Reproduction.constantFactor(List.of(element(1,
                Double.POSITIVE_INFINITY, 0))));
        assertEquals(OptionalDouble.empty(), Reproduction.constantFactor(List.of(element(1, Double.NaN, 0),
                element(0.5, Double.NaN, 0))));
        // The largest expected number is 0: no r reproduces a found 1 from it.
        assertEquals(OptionalDouble.empty(), Reproduction.constantFactor(List.of(element(0, 1, 0),
                element(0, 0, 0))));
    }

    /**
     * Found numbers that agree with the expected ones show no factor, even when the ratio read off one of them is
     * not exactly 1: expected (1, ½), found (1 + 10^−7, ½) within t = 10^−6.
     */
    @Test
    void kitDiagnosis_numbersThatAgreeShowNoFactor() {
        assertEquals(OptionalDouble.empty(), Reproduction.constantFactor(List.of(element(1, 1 + 1e-7, 1e-6),
                element(0.5, 0.5, 1e-6))));
        assertEquals(OptionalDouble.empty(), Reproduction.constantFactor(List.of(element(1, 1, 0),
                element(0.5, 0.6, 0))));
    }

    private static ElementComparison element(double expected, double found, double tolerance) {
        return new ElementComparison(PLACE, expected, found, 0, tolerance, "", Sides.verdict(expected, found,
                tolerance));
    }

    private static Result result(double loss, double output, double weight, double bias) {
        return new Result(loss, new double[][] {{output}}, List.of(new LayerGradient(new double[][] {{weight}},
                new double[] {bias})));
    }

    /** A result with ∂J/∂W of shape 1 × 2, the wrong shape for UNIT. */
    private static Result wide(double loss, double output, double w0, double w1, double bias) {
        return new Result(loss, new double[][] {{output}}, List.of(new LayerGradient(new double[][] {{w0, w1}},
                new double[] {bias})));
    }

    private static GraphResult graphResult(double value, double x, double y) {
        Map<String, Double> gradient = new LinkedHashMap<>();
        gradient.put("x", x);
        gradient.put("y", y);
        return new GraphResult(value, gradient);
    }
}
