package dev.bprop.oracle.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/** Forward-mode AD with DerivativeStructure against hand-worked gradients and the spec's vectors. */
class ForwardModeTest {
    private static final String XOR_SHIFTED = """
            {"layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                        {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
             "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
            """;

    /** EX-XOR-SHIFTED by hand: [[0.15, 0.15], [−0.15, −0.15]], [0.225, −0.15], [[0.3, 0.075]], [0.3]; relu'(0) = 0. */
    @Test
    void exXorShifted_theGradientOfTheContract() {
        double[] gradient = ForwardMode.gradient(new ProblemObjective(BpropJson.parseProblem(XOR_SHIFTED)));
        assertArrayEquals(new double[] {0.15, 0.15, -0.15, -0.15, 0.225, -0.15, 0.3, 0.075, 0.3}, gradient, 1e-16);
    }

    /** Every vector's expected gradient, within 4× its tolerance (FMT-VECTOR), kinks included (ACT-KINK). */
    @Test
    void fmtVector_everyVectorsGradient() {
        for (TestVector vector : VectorCatalog.all()) {
            double[] expected;
            double[] found;
            if (vector.isProblem()) {
                ProblemObjective objective = new ProblemObjective(vector.problem().orElseThrow());
                expected = objective.flatten(vector.expectedResult().orElseThrow());
                found = ForwardMode.gradient(objective);
            } else {
                GraphObjective objective = new GraphObjective(vector.graph().orElseThrow());
                expected = objective.flatten(vector.expectedGraphResult().orElseThrow());
                found = ForwardMode.gradient(objective);
            }
            for (int k = 0; k < expected.length; k++) {
                double allowed = 4 * (vector.tolerance().absolute() + vector.tolerance().relative() * Math.abs(expected[k]));
                assertEquals(expected[k], found[k], allowed, vector.id() + " component " + k);
            }
        }
    }

    /** gᵀe_k = g_k, and along (1, 1, …) the sum of the components. */
    @Test
    void cmpDirectional_alongAnAxisAndAlongOnes() {
        ProblemObjective objective = new ProblemObjective(BpropJson.parseProblem(XOR_SHIFTED));
        double[] axis = new double[9];
        axis[4] = 1;
        assertEquals(0.225, ForwardMode.directionalDerivative(objective, axis), 1e-16);
        double[] ones = new double[9];
        java.util.Arrays.fill(ones, 1);
        assertEquals(0.15 + 0.15 - 0.15 - 0.15 + 0.225 - 0.15 + 0.3 + 0.075 + 0.3,
                ForwardMode.directionalDerivative(objective, ones), 1e-15);
    }

    /** GBP-S2S: f = x³·y at (2, 5): ∂²/∂x² = 6xy = 60, ∂²/∂x∂y = 3x² = 12, ∂²/∂y² = 0 (by hand). */
    @Test
    void gbpS2s_theHessianOfAPolynomial() {
        GraphObjective objective = new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 2}, {"name": "y", "op": "input", "value": 5},
                           {"name": "three", "op": "const", "value": 3},
                           {"name": "c", "op": "pow", "inputs": ["x", "three"]},
                           {"name": "f", "op": "mul", "inputs": ["c", "y"]}], "output": "f"}"""));
        double[][] hessian = ForwardMode.hessian(objective);
        assertArrayEquals(new double[] {60, 12}, hessian[0], 1e-12);
        assertArrayEquals(new double[] {12, 0}, hessian[1], 1e-12);
    }

    /** GBP-S2S with ACT-KINK: relu(x)·x at x = 0 has derivative 0 and second derivative 2·relu'(0) = 0. */
    @Test
    void gbpS2s_reluAtItsKinkHasTheConventionsDerivatives() {
        GraphObjective objective = new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 0}, {"name": "r", "op": "relu", "inputs": ["x"]},
                           {"name": "f", "op": "mul", "inputs": ["r", "x"]}], "output": "f"}"""));
        assertEquals(0.0, ForwardMode.hessian(objective)[0][0]);
        assertEquals(0.0, ForwardMode.gradient(objective)[0]);
    }

    @Test
    void randomDirectionIsRademacherAndReproducible() {
        double[] first = ForwardMode.randomDirection(1000, 7);
        assertArrayEquals(first, ForwardMode.randomDirection(1000, 7));
        assertFalse(java.util.Arrays.equals(first, ForwardMode.randomDirection(1000, 8)));
        long ones = java.util.Arrays.stream(first).filter(v -> v == 1).count();
        long minusOnes = java.util.Arrays.stream(first).filter(v -> v == -1).count();
        assertEquals(1000, ones + minusOnes);
        assertTrue(ones > 400 && minusOnes > 400, ones + " ones");
    }

    /** power: a constant base gives a constant (0^0.5 = 0, no 0·∞); an integer exponent is exact at 0. */
    @Test
    void powerOfAConstantAndOfAVariable() {
        DerivativeArithmetic arithmetic = new DerivativeArithmetic(1, 1);
        DerivativeStructure constant = arithmetic.power(arithmetic.constant(0), 0.5);
        assertEquals(0.0, constant.getValue());
        assertEquals(0.0, constant.getPartialDerivative(1));
        DerivativeStructure cube = arithmetic.power(arithmetic.variable(0, 0), 3);
        assertEquals(0.0, cube.getValue());
        assertEquals(0.0, cube.getPartialDerivative(1));
        DerivativeStructure root = arithmetic.power(arithmetic.variable(0, 4), 0.5);
        assertEquals(2.0, root.getValue());
        assertEquals(0.25, root.getPartialDerivative(1));
        assertFalse(arithmetic.isFinite(arithmetic.power(arithmetic.variable(0, 0), 0.5)));
        assertTrue(arithmetic.isFinite(cube));
        assertEquals(0.1, arithmetic.fraction(1, 10).getValue());
        assertNotEquals(0, arithmetic.signum(arithmetic.constant(-2)));
        assertEquals(-1, arithmetic.signum(arithmetic.constant(-2)));
    }

    /**
     * GBP-S2S at a base of 0: f = x^1 with a const exponent at x = 0 is f = x, f' = 1, f'' = 0. The integer power
     * gives that; x^p for a double p would form 0^(p − 2) = ∞ for the second order and then ∞·0 = NaN.
     */
    @Test
    void gbpS2s_anIntegerPowerAtZeroHasFiniteSecondDerivatives() {
        GraphObjective objective = new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 0}, {"name": "one", "op": "const", "value": 1},
                           {"name": "f", "op": "pow", "inputs": ["x", "one"]}], "output": "f"}"""));
        assertEquals(0.0, ForwardMode.hessian(objective)[0][0]);
        assertEquals(1.0, ForwardMode.gradient(objective)[0]);
    }

    /** d/dx x^p = p·x^(p−1) = 10¹⁰ at x = 1 for p = 10¹⁰, an integer beyond int, which takes the double power. */
    @Test
    void anIntegerExponentBeyondIntIsNotTruncated() {
        DerivativeArithmetic arithmetic = new DerivativeArithmetic(1, 1);
        assertEquals(1e10, arithmetic.power(arithmetic.variable(0, 1), 1e10).getPartialDerivative(1));
    }

    /** x⁰ = 1 with slope 0, at x = 0 too (the integer power; the double one would form 0^(−1)·0 = NaN). */
    @Test
    void theZerothPowerAtZero() {
        DerivativeArithmetic arithmetic = new DerivativeArithmetic(1, 1);
        DerivativeStructure one = arithmetic.power(arithmetic.variable(0, 0), 0);
        assertEquals(1.0, one.getValue());
        assertEquals(0.0, one.getPartialDerivative(1));
    }

    /**
     * A large negative integer exponent keeps full accuracy: x = 1 + ε, ε = 2⁻²⁸, p = −(2³¹ − 1). Then
     * p·ln x = p(ε − ε²/2 + …) = −(8 − 2⁻²⁸) + (2⁻²⁶ − 2⁻⁵⁷) − … = −8 + 5·2⁻²⁸ + O(2⁻⁵⁵), so x^p = e^(−8 + 5·2⁻²⁸)
     * to about 10⁻¹⁶ (a 60-digit decimal check agrees), and ∂/∂x = p·x^p/x. Starting from 1/x = 1 − 2⁻²⁸ rounded
     * (error 2⁻⁵⁶) would lose a relative 2³¹·2⁻⁵⁶ ≈ 3·10⁻⁸.
     */
    @Test
    void aLargeNegativeIntegerExponentIsAccurate() {
        DerivativeArithmetic arithmetic = new DerivativeArithmetic(1, 1);
        double x = 1 + 0x1p-28;
        double p = -Integer.MAX_VALUE;
        DerivativeStructure power = arithmetic.power(arithmetic.variable(0, x), p);
        double expected = Math.exp(-8 + 5 * 0x1p-28);
        assertEquals(expected, power.getValue(), expected * 1e-13);
        assertEquals(p * expected / x, power.getPartialDerivative(1), Math.abs(p * expected) * 1e-13);
    }

    /** GBP-SUBGRAPH: an exponent computed from an input is in G′: f = x^(−y) at (2, −3) is 8, ∂f/∂y = −8 ln 2. */
    @Test
    void gbpOpPow_anExponentComputedFromAnInputHasItsPartial() {
        GraphObjective objective = new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 2}, {"name": "y", "op": "input", "value": -3},
                           {"name": "e", "op": "neg", "inputs": ["y"]},
                           {"name": "f", "op": "pow", "inputs": ["x", "e"]}], "output": "f"}"""));
        double[] gradient = ForwardMode.gradient(objective);
        assertEquals(3 * 4.0, gradient[0], 1e-14);
        assertEquals(-8 * Math.log(2), gradient[1], 1e-14);
    }
}
