package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The comparison model: CMP-TOLERANCE, CMP-ULPS, CMP-DIRECTIONAL, and the report line. */
class CompareTest {
    private static final ProblemObjective XOR = new ProblemObjective(
            VectorCatalog.byId("xor-relu-shifted").orElseThrow().problem().orElseThrow());
    private static final double[] CONTRACT = {0.15, 0.15, -0.15, -0.15, 0.225, -0.15, 0.3, 0.075, 0.3};

    @Test
    void cmpUlps_countsDoublesAcrossZero() {
        assertEquals(0, Ulps.between(1, 1));
        assertEquals(1, Ulps.between(1, Math.nextUp(1.0)));
        assertEquals(1, Ulps.between(Math.nextUp(1.0), 1));
        assertEquals(0, Ulps.between(-0.0, 0.0));
        assertEquals(2, Ulps.between(-Double.MIN_VALUE, Double.MIN_VALUE));
        assertEquals(3, Ulps.between(Double.MIN_VALUE, -2 * Double.MIN_VALUE));
        assertEquals(1, Ulps.between(-1, Math.nextDown(-1.0)));
        assertEquals(Long.MAX_VALUE, Ulps.between(Double.NaN, 1));
        assertEquals(Long.MAX_VALUE, Ulps.between(1, Double.NaN));
        assertEquals(Long.MAX_VALUE, Ulps.between(Double.MAX_VALUE, -Double.MAX_VALUE));
        assertEquals(2 * Double.doubleToLongBits(1.0), Ulps.between(1, -1));
    }

    @Test
    void relativeErrorIsSymmetricAndZeroForTwoZeros() {
        Place place = XOR.place(0);
        assertEquals(0.5, new ElementComparison(place, 2, 1, 0, 0, "", Verdict.DISAGREES).relativeError());
        assertEquals(0.5, new ElementComparison(place, 1, 2, 0, 0, "", Verdict.DISAGREES).relativeError());
        assertEquals(0.0, new ElementComparison(place, 0, 0, 0, 0, "", Verdict.AGREES).relativeError());
        assertEquals(1.0, new ElementComparison(place, -1, 0, 0, 0, "", Verdict.AGREES).absoluteError());
        assertEquals(1, new ElementComparison(place, 1, Math.nextUp(1.0), 0, 0, "", Verdict.AGREES).ulps());
    }

    /** t_k = b_k per float64 side + each side's own error; a kink is not compared; NaN never agrees. */
    @Test
    void cmpTolerance_theRuleComponentByComponent() {
        RoundingBound bound = RoundingBound.of(XOR);
        Estimate a = Estimate.float64("a", CONTRACT);
        double[] errors = new double[9];
        errors[1] = 0.5;
        boolean[] kinks = new boolean[9];
        kinks[4] = true;
        Estimate b = new Estimate("b", CONTRACT, errors, kinks, false);
        assertEquals(2 * bound.of(3), Comparison.tolerance(a, a, bound, 3));
        assertEquals(bound.of(1) + 0.5, Comparison.tolerance(a, b, bound, 1));
        assertEquals(0.5 + 0.5, Comparison.tolerance(b, b, bound, 1));
        assertEquals(Verdict.AT_KINK, Comparison.verdict(1, 2, 0, true));
        assertEquals(Verdict.AGREES, Comparison.verdict(1, 2, 1, false));
        assertEquals(Verdict.DISAGREES, Comparison.verdict(1, 2, 0.5, false));
        assertEquals(Verdict.DISAGREES, Comparison.verdict(1, Double.NaN, 1, false));
        Comparison same = Comparison.of(XOR, b, a, bound, OptionalLong.empty());
        assertTrue(same.agrees());
        assertEquals(1, same.kinks());
        assertEquals(List.of(), same.report());
        assertEquals(0.0, same.maxRelativeError());
    }

    /** A float32 leak in b¹₀ is named with clause, layer, tensor, index, the three values and the seed. */
    @Test
    void report_namesEverything() {
        double[] leaked = CONTRACT.clone();
        leaked[4] = (float) 0.225;
        Comparison comparison = Comparison.of(XOR, Estimate.float64("DerivativeStructure", CONTRACT),
                Estimate.float64("reference", leaked), RoundingBound.of(XOR), OptionalLong.of(42));
        assertFalse(comparison.agrees());
        assertEquals(1, comparison.disagreements().size());
        String line = comparison.report().get(0);
        assertTrue(line.startsWith("BP3 layer 1 bias[0] (gradients[0].bias[0]): expected 0.225 (DerivativeStructure), "
                + "found " + (double) (float) 0.225 + " (reference), oracle error 0.0; |Δ| = "), line);
        assertTrue(line.contains(" ulps > tolerance "), line);
        assertTrue(line.contains("2·D·u·S_k (DerivativeStructure in float64, D = "), line);
        assertTrue(line.endsWith("; seed 42"), line);
        double relative = Math.abs((float) 0.225 - 0.225) / 0.225;
        assertEquals(relative, comparison.maxRelativeError(1), 1e-20);
        assertEquals(0.0, comparison.maxRelativeError(2));
        assertEquals(relative, comparison.maxRelativeError(), 1e-20);
        String fixed = Report.line(comparison.disagreements().get(0), "e", "f", OptionalLong.empty());
        assertTrue(fixed.endsWith("; no seed (a fixed case)"), fixed);
        ElementComparison graphElement = new ElementComparison(new Place("gradient.x", "GBP-BUILDGRAD", 0, "gradient",
                "x"), 1, 2, 0, 0, "o", Verdict.DISAGREES);
        assertTrue(Report.line(graphElement, "e", "f", OptionalLong.empty()).startsWith("GBP-BUILDGRAD gradient[x] "
                + "(gradient.x): expected 1.0 (e), found 2.0 (f)"));
    }

    @Test
    void estimatesOfExactFractionsCarryHalfAnUlp() {
        Estimate exact = Estimate.exact("exact", new double[] {1, 0});
        assertEquals(Math.ulp(1.0) / 2, exact.error(0));
        assertEquals(Double.MIN_VALUE / 2, exact.error(1));
        assertFalse(exact.float64());
        assertEquals(2, exact.size());
        assertFalse(exact.atKink(0));
    }

    /** CMP-DIRECTIONAL: the contract's gradient agrees along a random direction, a float32 leak does not. */
    @Test
    void cmpDirectional_alongARandomDirection() {
        ElementComparison good = DirectionalCheck.of(XOR, CONTRACT, "contract", 5);
        assertEquals(Verdict.AGREES, good.verdict(), good.toString());
        assertEquals("seed 5", good.place().index());
        double[] leaked = CONTRACT.clone();
        leaked[1] = (float) 0.15;
        assertEquals(Verdict.DISAGREES, DirectionalCheck.of(XOR, leaked, "leak", 5).verdict());
    }

    /** Neumaier's sum keeps what plain summation loses: 1e16 + 1 − 1e16 = 1, not 0. */
    @Test
    void compensatedDotKeepsTheLowOrderBits() {
        assertEquals(1.0, DirectionalCheck.compensatedDot(new double[] {1e16, 1, -1e16}, new double[] {1, 1, 1}));
        assertEquals(1.0, DirectionalCheck.compensatedDot(new double[] {1, 1e16, -1e16}, new double[] {1, 1, 1}));
        assertEquals(-6.0, DirectionalCheck.compensatedDot(new double[] {1, 2, 3}, new double[] {-1, -1, -1}));
    }

    @Test
    void fdEstimatesCarryTheKinks() {
        Estimate estimate = FdEstimates.of(dev.bprop.oracle.fd.FiniteDifferences.gradient(XOR));
        assertTrue(estimate.atKink(4));
        assertFalse(estimate.atKink(0));
        assertEquals(0.15, estimate.value(0), estimate.error(0));
        assertTrue(estimate.error(0) > 0);
        assertFalse(estimate.float64());
    }

    /** The bits of 1.0 are 0x3FF0000000000000: that many doubles lie in (0, 1], counting 1; −MIN_VALUE is 0's neighbour. */
    @Test
    void cmpUlps_fromZero() {
        assertEquals(0x3FF0000000000000L, Ulps.between(0.0, 1.0));
        assertEquals(0x3FF0000000000000L, Ulps.between(-1.0, -0.0));
        assertEquals(1, Ulps.between(0.0, -Double.MIN_VALUE));
        assertEquals(Long.MAX_VALUE, Ulps.between(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    /**
     * Only significant components count: not at a kink, and larger than their tolerance (a component whose values
     * are at most its tolerance, the boundary included, is rounding noise).
     */
    @Test
    void cmpTolerance_theRelativeErrorOfSignificantComponentsOnly() {
        Place layerOne = XOR.place(0);
        Place layerTwo = XOR.place(8);
        Comparison comparison = new Comparison("e", "f", List.of(
                new ElementComparison(layerOne, 1, 1.25, 0, 0.5, "", Verdict.AGREES),
                new ElementComparison(layerOne, 1, 2, 0, 0, "", Verdict.AT_KINK),
                new ElementComparison(layerOne, 0.5, 0, 0, 0.5, "", Verdict.AGREES),
                new ElementComparison(layerTwo, 1, 1.5, 0, 0, "", Verdict.DISAGREES)), OptionalLong.empty());
        assertEquals(0.2, comparison.maxRelativeError(1));
        assertEquals(1.0 / 3, comparison.maxRelativeError(2));
        assertEquals(1.0 / 3, comparison.maxRelativeError());
        Comparison noiseAndKinks = new Comparison("e", "f", comparison.elements().subList(1, 3), OptionalLong.empty());
        assertEquals(0.0, noiseAndKinks.maxRelativeError());
    }

    /** A method with its own error estimate says so in the tolerance's origin; a float64 one gives its bound. */
    @Test
    void cmpTolerance_theOriginNamesWhatTheToleranceIsMadeOf() {
        double[] errors = new double[9];
        Estimate differences = new Estimate("finite differences", CONTRACT, errors, new boolean[9], false);
        Comparison comparison = Comparison.of(XOR, differences, Estimate.float64("reference", CONTRACT),
                RoundingBound.of(XOR), OptionalLong.empty());
        assertTrue(comparison.elements().get(0).toleranceOrigin().startsWith(
                "the error estimate of finite differences + 2·D·u·S_k (reference in float64, D = "),
                comparison.elements().get(0).toleranceOrigin());
    }

    /**
     * CMP-DIRECTIONAL's tolerance for f = x + x at x = 1 with the gradient 2: S_x = 2 and D = 1, so
     * b = 2·1·2u = 4u, the bound along v = ±1 is 4u, and the tolerance 2·4u + ulp(±2) = 8u + 4u = 12u.
     */
    @Test
    void cmpDirectional_theToleranceByHand() {
        GraphObjective twice = new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 1}, {"name": "f", "op": "add", "inputs": ["x", "x"]}],
                 "output": "f"}"""));
        ElementComparison check = DirectionalCheck.of(twice, new double[] {2}, "by hand", 11);
        assertEquals(12 * 0x1p-53, check.tolerance());
        assertEquals(Verdict.AGREES, check.verdict());
        assertEquals(2.0, Math.abs(check.expected()));
    }

    /** The dot product weighs each component by the direction: 3·2 + 1·(−0.5) = 5.5. */
    @Test
    void compensatedDotMultipliesByTheDirection() {
        assertEquals(5.5, DirectionalCheck.compensatedDot(new double[] {3, 1}, new double[] {2, -0.5}));
    }
}
