package dev.bprop.oracle.bound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import org.junit.jupiter.api.Test;

/** CMP-TOLERANCE's magnitudes S_k and depth D, by hand. */
class RoundingBoundTest {
    private static GraphObjective graph(String nodes, String output) {
        return new GraphObjective(BpropJson.parseGraph("{\"nodes\": [" + nodes + "], \"output\": \"" + output + "\"}"));
    }

    private static final String XY = "{\"name\": \"x\", \"op\": \"input\", \"value\": 2}, "
            + "{\"name\": \"y\", \"op\": \"input\", \"value\": -3}";

    /** f = x·y − x at (2, −3): S_x = |y| + 1 = 4, S_y = |x| = 2; depth 2 (mul, then sub). */
    @Test
    void cmpTolerance_aDifferenceAddsMagnitudes() {
        RoundingBound bound = RoundingBound.of(graph(XY + ", {\"name\": \"p\", \"op\": \"mul\", \"inputs\": [\"x\", \"y\"]},"
                + " {\"name\": \"f\", \"op\": \"sub\", \"inputs\": [\"p\", \"x\"]}", "f"));
        assertArrayEquals(new double[] {4, 2}, bound.sums());
        assertEquals(2, bound.depth());
        assertEquals(2 * 2 * (0x1p-53 * 4 + Double.MIN_VALUE), bound.of(0));
        assertEquals(bound.of(0) + bound.of(1), bound.along(new double[] {1, -1}));
        assertEquals(bound.of(1) * 2, bound.along(new double[] {0, 2}));
    }

    /** f = x / y at (2, −3): S_x = 1/3, S_y = |x|/y² = 2/9. */
    @Test
    void cmpTolerance_aQuotient() {
        RoundingBound bound = RoundingBound.of(graph(XY + ", {\"name\": \"f\", \"op\": \"div\", \"inputs\": [\"x\", \"y\"]}", "f"));
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 9}, bound.sums(), 1e-16);
        assertEquals(1, bound.depth());
    }

    /** tanh at 0: M(1 − t²) = 1 + t² = 1, plus |φ''|·V_x = 0 → S = 1; tanh at 20 (t = 1): M = 2 + 20 → S = 22. */
    @Test
    void cmpTolerance_tanhsSlopeIsMeasuredByOnePlusTSquared() {
        String at = "{\"name\": \"x\", \"op\": \"input\", \"value\": %s}, {\"name\": \"f\", \"op\": \"tanh\", \"inputs\": [\"x\"]}";
        assertEquals(1.0, RoundingBound.of(graph(at.formatted("0"), "f")).sums()[0]);
        assertEquals(22.0, RoundingBound.of(graph(at.formatted("20"), "f")).sums()[0]);
    }

    /** σ at 0: σ(1 + σ) = 3/4, plus V_x/4 = 0; σ at 800: 2 + 200 = 202 — a saturated σ' of 0 is still in bound. */
    @Test
    void cmpTolerance_sigmoidsSlopeIsMeasuredBySigmaOnePlusSigma() {
        String at = "{\"name\": \"x\", \"op\": \"input\", \"value\": %s}, {\"name\": \"f\", \"op\": \"sigmoid\", \"inputs\": [\"x\"]}";
        assertEquals(0.75, RoundingBound.of(graph(at.formatted("0"), "f")).sums()[0]);
        assertEquals(202.0, RoundingBound.of(graph(at.formatted("800"), "f")).sums()[0]);
    }

    /** exp, log, sin, cos, pow and power at hand-picked points (first-order magnitudes). */
    @Test
    void cmpTolerance_elementaryFunctions() {
        String one = "{\"name\": \"x\", \"op\": \"input\", \"value\": %s}, {\"name\": \"f\", \"op\": \"%s\", \"inputs\": [\"x\"]}";
        assertEquals(Math.E * 2, RoundingBound.of(graph(one.formatted("1", "exp"), "f")).sums()[0], 1e-15);
        assertEquals(0.5 + 2 / 4.0, RoundingBound.of(graph(one.formatted("2", "log"), "f")).sums()[0], 1e-15);
        assertEquals(1 + 0.0, RoundingBound.of(graph(one.formatted("0", "sin"), "f")).sums()[0], 1e-15);
        assertEquals(0 + 0.0, RoundingBound.of(graph(one.formatted("0", "cos"), "f")).sums()[0], 1e-15);
        assertEquals(1.0, RoundingBound.of(graph(one.formatted("0", "neg"), "f")).sums()[0]);
        RoundingBound pow = RoundingBound.of(graph(XY.replace("-3", "3") + ", {\"name\": \"f\", \"op\": \"pow\", \"inputs\": [\"x\", \"y\"]}", "f"));
        assertArrayEquals(new double[] {12, 8 * Math.log(2)}, pow.sums(), 1e-14);
        RoundingBound square = RoundingBound.of(graph(XY + ", {\"name\": \"two\", \"op\": \"const\", \"value\": 2},"
                + " {\"name\": \"f\", \"op\": \"pow\", \"inputs\": [\"x\", \"two\"]}", "f"));
        assertArrayEquals(new double[] {4, 0}, square.sums());
    }

    /**
     * A problem: J = ½(w·x + b − y)² with w = 2, x = 3, b = −1, y = 4 (m = 1): r = 1, and the magnitudes give
     * S_w = V_r·|x|·… by hand: V_z = |w||x| + |b| = 7, V_r = 7 + 4 = 11; ½·r·r has partials V_r each, so
     * S_z = ½·2·11 = 11, S_w = 11·|x| = 33, S_b = 11. Depth: mul, add (bias first), sub, mul, add (sum), mul (½), div (m).
     */
    @Test
    void cmpTolerance_aOneWeightProblemByHand() {
        RoundingBound bound = RoundingBound.of(new ProblemObjective(BpropJson.parseProblem("""
                {"layers": [{"activation": "identity", "weights": [[2]], "bias": [-1]}],
                 "loss": "mse", "inputs": [[3]], "targets": [[4]]}""")));
        assertArrayEquals(new double[] {33, 11}, bound.sums());
        assertEquals(8, bound.depth());
    }

    /**
     * Each operation's value V and partial magnitudes, read off single nodes (a = −2 exact, b = 0.5 exact); tanh
     * and σ take their range 1 as the floor of |φ| (CMP-FUNCTION): V = 1 + |φ'|·2.
     */
    @Test
    void cmpTolerance_nodeByNode() {
        Tape tape = new Tape();
        TapeNode a = tape.variable(-2);
        TapeNode b = tape.variable(0.5);
        assertNode(-2.5, 2.5, tape.subtract(a, b));
        assertNode(2.0, 2.0, tape.negate(a));
        assertNode(-4.0, 4.0, tape.divide(a, b));
        assertNode(Math.cos(-2), Math.abs(Math.cos(-2)) + Math.sin(2) * 2, tape.cos(a));
        assertNode(Math.log1p(0.5), Math.log1p(0.5) + 0.5 / 1.5, tape.log1p(b));
        assertNode(Math.tanh(-2), 1 + (1 - Math.tanh(2) * Math.tanh(2)) * 2, tape.tanh(a));
        double s = 1 / (1 + Math.exp(2));
        assertNode(s, 1 + s * (1 - s) * 2, tape.sigmoid(a));
        assertNode(Math.sqrt(0.5), Math.sqrt(0.5) + 0.5 * Math.pow(0.5, -0.5) * 0.5, tape.power(b, 0.5));
        TapeNode pow = tape.pow(b, b);
        assertNode(Math.sqrt(0.5), Math.sqrt(0.5) + (0.5 * Math.pow(0.5, -0.5) + Math.sqrt(0.5) * Math.log(2)) * 0.5, pow);
        assertTrue(tape.isFinite(a));
        assertFalse(tape.isFinite(tape.divide(a, tape.constant(0))));
        assertEquals(-2.0, tape.value(a));
        assertEquals(-1, tape.signum(a));
        assertEquals(0.1, tape.fraction(1, 10).value());
        assertEquals(0, tape.variable(3).depth());
        assertEquals(2, tape.add(tape.negate(a), b).depth());
        Tape fresh = new Tape();
        TapeNode c = fresh.variable(-2);
        TapeNode d = fresh.variable(0.5);
        fresh.sweep(fresh.divide(c, d));
        assertEquals(2.0, fresh.sum(c), 1e-15);
        assertEquals(8.0, fresh.sum(d), 1e-15);
    }

    /**
     * log's partial 1/|a| + V_a/a² and cos's |sin a| + V_a, through a sweep: at a = 2, 1/2 + 2/4 = 1; sin 2 + 2.
     * σ at −2: σ(1 + σ) = 0.133… is below σ's slope range ¼ (CMP-FUNCTION), so P = ¼ + ¼·2 = 3/4.
     */
    @Test
    void cmpTolerance_partialsThroughASweep() {
        Tape tape = new Tape();
        TapeNode a = tape.variable(2);
        tape.sweep(tape.log(a));
        assertEquals(1.0, tape.sum(a), 1e-15);
        Tape other = new Tape();
        TapeNode x = other.variable(2);
        other.sweep(other.cos(x));
        assertEquals(Math.sin(2) + 2, other.sum(x), 1e-15);
        Tape third = new Tape();
        TapeNode t = third.variable(-2);
        third.sweep(third.sigmoid(t));
        double s = 1 / (1 + Math.exp(2));
        assertEquals(Math.max(s * (1 + s), 0.25) + 0.25 * 2, third.sum(t), 1e-15);
        Tape fourth = new Tape();
        TapeNode u = fourth.variable(-2);
        fourth.sweep(fourth.tanh(u));
        assertEquals(1 + Math.tanh(2) * Math.tanh(2) + 2, fourth.sum(u), 1e-15);
    }

    /**
     * log's V = |ln a| + |1/a|·V_a: at a = 2, ln 2 + 1. log1p's P = 1/(1 + a) + V_a/(1 + a)²: at a = 1/2,
     * 2/3 + (4/9)·(1/2) = 8/9. σ(−720) = e^(−720)/(1 + e^(−720)), and 1 + e^(−720) rounds to 1: the stable form
     * keeps the subnormal e^(−720) where 1/(1 + e^720) would give 0.
     */
    @Test
    void cmpTolerance_logLog1pAndASaturatedSigmoid() {
        Tape tape = new Tape();
        TapeNode two = tape.variable(2);
        assertNode(Math.log(2), Math.log(2) + 1, tape.log(two));
        TapeNode half = tape.variable(0.5);
        tape.sweep(tape.log1p(half));
        assertEquals(8.0 / 9, tape.sum(half), 1e-15);
        TapeNode saturated = new Tape().sigmoid(new Tape().variable(-720));
        assertTrue(saturated.value() > 0);
        assertEquals(Math.exp(-720), saturated.value());
    }

    /** η: f = x·y at (2, 0) has S_x = |y| = 0, so b_x = 2·D·η = 2·Double.MIN_VALUE for D = 1, not 0. */
    @Test
    void cmpTolerance_underflowAllowanceWhenTheSumIsZero() {
        RoundingBound bound = RoundingBound.of(graph(XY.replace("-3", "0")
                + ", {\"name\": \"f\", \"op\": \"mul\", \"inputs\": [\"x\", \"y\"]}", "f"));
        assertArrayEquals(new double[] {0, 2}, bound.sums());
        assertEquals(2 * Double.MIN_VALUE, bound.of(0));
    }

    private static void assertNode(double value, double magnitude, TapeNode node) {
        assertEquals(value, node.value(), 1e-15);
        assertEquals(magnitude, node.magnitude(), 1e-15);
    }

    /**
     * CMP-TOLERANCE's running-error depth on a chain through one shared node: x = 1.5 squared eight times. Each
     * square c = a·a carries its operand's error twice, E_c/u = 2|a|·E_a/u + V_c, so with V_c = a² the ratio
     * K_c = E_c/(u·V_c) obeys K_c = 2·K_a + 1 from K = 0 at the leaf: 1, 3, 7, …, 2⁸ − 1 = 255, far beyond the
     * depth 8. D = max(8, 255) = 255, and b = 2·255·u·S with S = 256·1.5²⁵⁵ (every path's product, no cancellation).
     */
    @Test
    void cmpTolerance_repeatedSquaringGrowsTheRunningDepthLikeTwoToTheDepth() {
        StringBuilder nodes = new StringBuilder("{\"name\": \"x0\", \"op\": \"input\", \"value\": 1.5}");
        for (int i = 1; i <= 8; i++) {
            nodes.append(", {\"name\": \"x").append(i).append("\", \"op\": \"mul\", \"inputs\": [\"x").append(i - 1)
                    .append("\", \"x").append(i - 1).append("\"]}");
        }
        RoundingBound bound = RoundingBound.of(graph(nodes.toString(), "x8"));
        assertEquals(255, bound.depth());
        assertEquals(256 * Math.pow(1.5, 255), bound.sums()[0], 1e-12 * bound.sums()[0]);
    }

    /**
     * CMP-FUNCTION: σ at z = −40, where σ = 4.2e−18 and σ' = 4.2e−18 — a library may take both as 0. The slope's
     * floor ¼ keeps the partial P = max(σ(1 + σ), ¼) + ¼·V_z = ¼ + ¼·40 = 10.25 where the bare formula would give
     * 10.00000000000000004; and V = max(σ, 1) + σ'·40 = 1 + 1.7e−16.
     */
    @Test
    void cmpFunction_aSaturatedSigmoidKeepsTheAllowanceOfItsRange() {
        Tape tape = new Tape();
        TapeNode z = tape.variable(-40);
        TapeNode sigma = tape.sigmoid(z);
        tape.sweep(sigma);
        assertEquals(10.25, tape.sum(z));
        double s = Math.exp(-40) / (1 + Math.exp(-40));
        assertEquals(1 + s * (1 - s) * 40, sigma.magnitude());
    }

    /**
     * CMP-FUNCTION: softplus at z = −40 is one operation with slope σ(−40) = 4.2e−18; its partial is floored at
     * softplus' range 1: P = max(σ, 1) + ¼·40 = 11; V = max(softplus, 1) + σ·40.
     */
    @Test
    void cmpFunction_softplusIsOneBoundedOperation() {
        Tape tape = new Tape();
        TapeNode z = tape.variable(-40);
        TapeNode softplus = tape.softplus(z);
        tape.sweep(softplus);
        assertEquals(11.0, tape.sum(z));
        assertEquals(1, softplus.depth());
        double s = Math.exp(-40) / (1 + Math.exp(-40));
        assertEquals(1 + s * 40, softplus.magnitude());
        assertEquals(Math.log1p(Math.exp(-40)), softplus.value());
    }
}
