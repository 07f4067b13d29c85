package dev.bprop.oracle.fd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finite differences: Richardson-extrapolated central differences, error estimates, kinks (ACT-KINK). */
class FiniteDifferencesTest {
    private static GraphObjective graph(String json) {
        return new GraphObjective(BpropJson.parseGraph(json));
    }

    /** d/dx sin x at 0.7 is cos 0.7; the estimate is within its own error of it, and the error is small. */
    @Test
    void theEstimateIsWithinItsOwnError() {
        FdComponent component = FiniteDifferences.gradient(graph("""
                {"nodes": [{"name": "x", "op": "input", "value": 0.7}, {"name": "s", "op": "sin", "inputs": ["x"]}],
                 "output": "s"}""")).get(0);
        assertFalse(component.atKink());
        assertEquals(Math.cos(0.7), component.central().value(), component.central().error());
        assertTrue(component.central().error() < 1e-10, component.toString());
        assertTrue(component.central().error() > 0, component.toString());
        assertEquals(Optional.empty(), component.left());
    }

    /** EX-XOR-SHIFTED's table: b¹₀ right 3/10, left 9/40; W¹₀₀ crosses no kink and gives 3/20; b² = 3/10. */
    @Test
    void exXorShifted_oneSidedSlopesAtTheKink() {
        List<FdComponent> gradient = FiniteDifferences.gradient(
                new ProblemObjective(VectorCatalog.byId("xor-relu-shifted").orElseThrow().problem().orElseThrow()));
        FdComponent bias = gradient.get(4);
        assertTrue(bias.atKink());
        assertEquals(0.3, bias.right().orElseThrow().value(), 1e-9);
        assertEquals(0.225, bias.left().orElseThrow().value(), 1e-9);
        assertEquals(21.0 / 80, bias.central().value(), 1e-3);
        assertTrue(bias.matchesASide(0.225, 0));
        assertTrue(bias.matchesASide(0.3, 0));
        assertFalse(bias.matchesASide(0.2625, 0));
        FdComponent otherBias = gradient.get(5);
        assertEquals(-0.45, otherBias.right().orElseThrow().value(), 1e-9);
        assertEquals(-0.15, otherBias.left().orElseThrow().value(), 1e-9);
        assertFalse(gradient.get(0).atKink());
        assertEquals(0.15, gradient.get(0).central().value(), gradient.get(0).central().error());
        assertFalse(gradient.get(8).atKink());
        assertEquals(0.3, gradient.get(8).central().value(), gradient.get(8).central().error());
        assertFalse(gradient.get(0).matchesASide(0.15, 1));
    }

    /** graph-relu-kink: relu(a) at a = 0 is a kink (left 0, right 1); relu(b) at b = −1/2 is not. */
    @Test
    void actKink_graphReluAtZero() {
        List<FdComponent> gradient = FiniteDifferences.gradient(
                new GraphObjective(VectorCatalog.byId("graph-relu-kink").orElseThrow().graph().orElseThrow()));
        assertTrue(gradient.get(0).atKink());
        assertEquals(0.0, gradient.get(0).left().orElseThrow().value(), 1e-9);
        Slope right = gradient.get(0).right().orElseThrow();
        assertEquals(1.0, right.value(), right.error());
        // The step is h₀/2¹⁰ ≈ 7e−7, so the floor 2·b_f/(h/2) of a few D·u is some 1e−8: small, not vacuous.
        assertTrue(right.error() < 1e-7, right.toString());
        assertFalse(gradient.get(1).atKink());
        assertEquals(0.0, gradient.get(1).central().value(), gradient.get(1).central().error());
    }

    /** hardtanh at +1 and −1 (hardtanh-kink) and leaky relu at 0 (leaky-relu-kink) are kinks too. */
    @Test
    void actKink_hardtanhAndLeakyRelu() {
        for (String id : List.of("hardtanh-kink", "leaky-relu-kink", "relu-kink")) {
            List<FdComponent> gradient = FiniteDifferences.gradient(
                    new ProblemObjective(VectorCatalog.byId(id).orElseThrow().problem().orElseThrow()));
            assertTrue(gradient.stream().anyMatch(FdComponent::atKink), id);
        }
        List<FdComponent> linear = FiniteDifferences.gradient(
                new ProblemObjective(VectorCatalog.byId("hardtanh-linear").orElseThrow().problem().orElseThrow()));
        assertTrue(linear.stream().noneMatch(FdComponent::atKink));
    }

    /** graph-pow's s = 0 with a variable exponent: θ − h leaves the domain; only the right-hand slope, 0, exists. */
    @Test
    void gbpOpPow_aDomainEdgeIsNotCompared() {
        FdComponent s = FiniteDifferences.gradient(
                new GraphObjective(VectorCatalog.byId("graph-pow").orElseThrow().graph().orElseThrow())).get(3);
        assertTrue(s.atKink());
        assertTrue(Double.isNaN(s.central().value()));
        assertEquals(Double.POSITIVE_INFINITY, s.central().error());
        assertEquals(Optional.empty(), s.left());
        assertEquals(0.0, s.right().orElseThrow().value(), 1e-9);
    }

    /** h₀ = u^(1/5)·max(|θ|, 1), exact as a step: 0.000648… for θ = 0, 1000 times that for θ = 1000. */
    @Test
    void theLargestStepScalesWithTheParameter() {
        double unit = Math.pow(0x1p-53, 0.2);
        assertEquals(unit, FiniteDifferences.largestStep(0), 1e-19);
        assertEquals(unit, FiniteDifferences.largestStep(-0.5), 1e-16);
        assertEquals(1000 * unit, FiniteDifferences.largestStep(1000), 1e-12);
        assertEquals(1000 * unit, FiniteDifferences.largestStep(-1000), 1e-12);
        double theta = 0.3;
        double step = FiniteDifferences.largestStep(theta);
        assertEquals(step, (theta + step) - theta);
        // Two evaluations of f, each off by at most b_f = 3e−15, over the step 0.5.
        assertEquals(2 * 3e-15 / 0.5, FiniteDifferences.roundingFloor(3e-15, 0.5));
    }

    /** The pieces traced: relu/leaky 0, 1, 2 below, on, above 0; hardtanh 0 … 4 around −1 and 1. */
    @Test
    void actKink_piecesOfEachKinkedFunction() {
        PieceTrace trace = new PieceTrace();
        for (double z : new double[] {-1, 0, 1}) {
            trace.relu(z);
            trace.leakyRelu(z);
        }
        for (double z : new double[] {-2, -1, 0, 1, 2}) {
            trace.hardtanh(z);
        }
        assertEquals(List.of(0, 0, 1, 1, 2, 2, 0, 1, 2, 3, 4), trace.pieces());
        assertEquals(0.0, trace.relu(-1.0));
        assertEquals(2.0, trace.relu(2.0));
        assertEquals(-0.1, trace.leakyRelu(-1.0), 1e-17);
        assertEquals(1.0, trace.hardtanh(2.0));
    }

    /**
     * Ridders' tableau by hand for D = (−1, 0, 1, 0): T₁₁ = (4·0 + 1)/3 = 1/3 (differences 1/3, 4/3 → 4/3),
     * T₂₁ = 4/3 (1/3, 4/3 → 4/3), T₂₂ = (16·4/3 − 1/3)/15 = 7/5 (1/15, 16/15 → 16/15), T₃₁ = −1/3 (4/3),
     * T₃₂ = (16·(−1/3) − 4/3)/15 = −4/9 (1/9, 16/9 → 16/9), T₃₃ = (64·(−4/9) − 7/5)/63 = −1343/2835
     * (|T₃₃ − T₂₂| = 5312/2835 ≈ 1.87). The smallest is 16/15 at T₂₂ — not the last entry, and on the diagonal.
     */
    @Test
    void ridders_takesTheEntryWithTheSmallestDifference() {
        Slope slope = FiniteDifferences.ridders(new double[] {-1, 0, 1, 0});
        assertEquals(7.0 / 5, slope.value(), 1e-15);
        assertEquals(16.0 / 15, slope.error(), 1e-15);
    }

    /**
     * D = (0, 0, 1, 1): T₁₁ = 0 with difference 0, T₂₁ = 4/3 (4/3), T₂₂ = 64/45 (64/45), T₃₁ = (4 − 1)/3 = 1 with
     * difference max(|1 − 1|, |1 − 1|) = 0 again: on a tie the later, finer entry wins.
     */
    @Test
    void ridders_onATieTheFinerEntryWins() {
        assertEquals(new Slope(1, 0), FiniteDifferences.ridders(new double[] {0, 0, 1, 1}));
    }

    /**
     * f = x⁵ at 0 (exact: f' = 0). D(h) = ((h⁵ − (−h)⁵)/(2h) = h⁴ with no other term, so T_i,1 = −4h_i⁴,
     * T_i,2 = 0 and T₃₃ = 0 exactly (all differences of T₃₃ vanish): value and error are 0 up to rounding of
     * order u·h⁴ ≈ 10⁻²⁹. A first difference D(h₀) computed wrongly would leave, e.g., T₃₁ = −h₀⁴/1024 with an
     * error of about h₀⁴/100 ≈ 10⁻¹⁵. f's magnitude at 0 is 0, so there is no rounding floor.
     */
    @Test
    void aQuinticIsDifferentiatedExactlyByTheFullTableau() {
        Slope slope = FiniteDifferences.gradient(graph("""
                {"nodes": [{"name": "x", "op": "input", "value": 0}, {"name": "five", "op": "const", "value": 5},
                           {"name": "f", "op": "pow", "inputs": ["x", "five"]}], "output": "f"}""")).get(0).central();
        assertEquals(0.0, slope.value(), 1e-25);
        assertTrue(slope.error() < 1e-25, slope.toString());
    }

    /**
     * ACT-KINK on one side only: relu(x) at x = ±10⁻⁴ is smooth there, but the largest step h₀ ≈ 6.5·10⁻⁴ crosses
     * 0 on one side, so the central difference is no evidence; the one-sided steps h₀/1024 ≈ 6·10⁻⁷ stay on x's
     * own piece and both give relu's slope there, 1 for x &gt; 0 and 0 for x &lt; 0.
     */
    @Test
    void actKink_aKinkCrossedOnOneSideOnly() {
        String relu = """
                {"nodes": [{"name": "x", "op": "input", "value": %s}, {"name": "r", "op": "relu", "inputs": ["x"]}],
                 "output": "r"}""";
        FdComponent above = FiniteDifferences.gradient(graph(relu.formatted("1e-4"))).get(0);
        assertTrue(above.atKink());
        assertEquals(1.0, above.left().orElseThrow().value(), 1e-9);
        assertEquals(1.0, above.right().orElseThrow().value(), 1e-9);
        FdComponent below = FiniteDifferences.gradient(graph(relu.formatted("-1e-4"))).get(0);
        assertTrue(below.atKink());
        assertEquals(0.0, below.left().orElseThrow().value(), 1e-9);
        assertEquals(0.0, below.right().orElseThrow().value(), 1e-9);
    }

    /**
     * The one-sided slopes' rounding floor: f = relu(x) + 10⁶ at the kink x = 0 has magnitude V = 10⁶, so each
     * side's error is 2·(2u·V/(s/2)) = 8u·10⁶/s for the step s = h₀/1024 — larger than what rounding actually does
     * to the two differences here (at most ½ulp(10⁶)·(1/s + 2/s) = 3·2⁻³⁴/s ≈ 1.7·10⁻¹⁰/s against 4.4·10⁻¹⁰/s).
     */
    @Test
    void actKink_theOneSidedErrorIsTheRoundingFloorOfTheHalfStep() {
        FdComponent component = FiniteDifferences.gradient(graph("""
                {"nodes": [{"name": "x", "op": "input", "value": 0}, {"name": "r", "op": "relu", "inputs": ["x"]},
                           {"name": "c", "op": "const", "value": 1e6}, {"name": "f", "op": "add", "inputs": ["r", "c"]}],
                 "output": "f"}""")).get(0);
        double s = FiniteDifferences.largestStep(0) / 1024;
        double floor = 8 * 0x1p-53 * 1e6 / s;
        Slope left = component.left().orElseThrow();
        Slope right = component.right().orElseThrow();
        assertEquals(floor, left.error(), floor * 1e-12);
        assertEquals(floor, right.error(), floor * 1e-12);
        assertEquals(0.0, left.value(), left.error());
        assertEquals(1.0, right.value(), right.error());
    }

    /** A value matches a side when it is within the side's error plus the tolerance, the boundary included. */
    @Test
    void actKink_matchingASideAllowsItsErrorPlusTheTolerance() {
        FdComponent component = new FdComponent(new Slope(0.5, 0.5), true, Optional.of(new Slope(0, 0.5)),
                Optional.empty());
        assertTrue(component.matchesASide(1, 0.5));
        assertFalse(component.matchesASide(1, 0.25));
        assertFalse(component.matchesASide(-1.25, 0.5));
    }
}
