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
        assertTrue(right.error() < 1e-8, right.toString());
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
        assertEquals(2 * 0x1p-53 * 3 / 0.5, FiniteDifferences.roundingFloor(3, 0.5));
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
        assertEquals(-0.1, trace.leakyRelu(-1.0), 1e-17);
        assertEquals(1.0, trace.hardtanh(2.0));
    }
}
