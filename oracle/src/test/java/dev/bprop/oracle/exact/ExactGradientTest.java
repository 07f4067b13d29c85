package dev.bprop.oracle.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.Objective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.math.BigInteger;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The exact gradient as fractions, against the spec's expected_exact and hand calculation. */
class ExactGradientTest {
    private static BigFraction parse(String text) {
        String[] parts = text.split("/");
        return parts.length == 1 ? new BigFraction(new BigInteger(parts[0]))
                : new BigFraction(new BigInteger(parts[0]), new BigInteger(parts[1]));
    }

    /**
     * The vectors whose inputs are binary fractions (exact class, tolerance 0): the exact gradient equals
     * expected_exact fraction for fraction, kinks included (ACT-KINK).
     */
    @Test
    void fmtVector_exactVectorsEqualExpectedExactFractionForFraction() {
        int checked = 0;
        for (TestVector vector : VectorCatalog.all()) {
            if (vector.expectedExact().isEmpty() || vector.tolerance().relative() != 0) {
                continue;
            }
            Objective objective = vector.isProblem() ? new ProblemObjective(vector.problem().orElseThrow())
                    : new GraphObjective(vector.graph().orElseThrow());
            ExactGradient exact = ExactGradient.of(objective).orElseThrow();
            for (int k = 0; k < objective.dimension(); k++) {
                assertEquals(parse(vector.expectedExact().get(objective.place(k).path())), exact.gradient().get(k),
                        vector.id() + " " + objective.place(k).path());
            }
            String valueKey = vector.isProblem() ? "loss" : "value";
            assertEquals(parse(vector.expectedExact().get(valueKey)), exact.value(), vector.id());
            checked++;
        }
        assertTrue(checked >= 8, checked + " vectors");
    }

    /** ACT-LEAKY-RELU: leaky-relu-kink has integer inputs, so even with the slope 1/10 the fractions are equal. */
    @Test
    void actLeakyRelu_theSlopeIsOneTenthExactly() {
        TestVector vector = VectorCatalog.byId("leaky-relu-kink").orElseThrow();
        ProblemObjective objective = new ProblemObjective(vector.problem().orElseThrow());
        ExactGradient exact = ExactGradient.of(objective).orElseThrow();
        assertEquals(new BigFraction(1, 10), exact.gradient().get(objective.biasIndex(1, 1)));
        assertEquals(new BigFraction(29, 20), exact.gradient().get(objective.biasIndex(1, 0)));
    }

    /** 0.3 is the double 5404319552844595/2^54, not 3/10: the exact gradient of J = ½(w − 0.3)² at w = 0 is −that. */
    @Test
    void doublesAreConvertedExactly() {
        ProblemObjective objective = new ProblemObjective(BpropJson.parseProblem("""
                {"layers": [{"activation": "identity", "weights": [[0]], "bias": [0]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[0.3]]}"""));
        ExactGradient exact = ExactGradient.of(objective).orElseThrow();
        BigFraction r = new BigFraction(new BigInteger("5404319552844595"), BigInteger.TWO.pow(54));
        assertEquals(r.negate(), exact.gradient().get(0));
        assertEquals(r.multiply(r).divide(2), exact.value());
        assertEquals(-0.3, exact.nearestDoubles()[0]);
    }

    @Test
    void transcendentalObjectivesHaveNoExactGradient() {
        for (String id : new String[] {"tanh-mse", "softmax-ce-batch3", "sigmoid-bce-batch3", "adjoint", "graph-pow"}) {
            TestVector vector = VectorCatalog.byId(id).orElseThrow();
            Objective objective = vector.isProblem() ? new ProblemObjective(vector.problem().orElseThrow())
                    : new GraphObjective(vector.graph().orElseThrow());
            assertTrue(ExactGradient.of(objective).isEmpty(), id);
        }
    }

    /**
     * Each irrational function refuses; a/b and a^n follow the quotient and power rules exactly; exponents beyond
     * int refuse, and 1^n at the ends of int has the slope n·1^(n−1) = n (n − 1 formed without overflow).
     */
    @Test
    void exactArithmeticRules() {
        ExactArithmetic a = new ExactArithmetic();
        ExactDual x = new ExactDual(new BigFraction(2), BigFraction.ONE);
        for (java.util.function.UnaryOperator<ExactDual> f : java.util.List.<java.util.function.UnaryOperator<ExactDual>>of(
                a::exp, a::log, a::log1p, a::sin, a::cos, a::tanh, y -> a.pow(y, y), y -> a.power(y, 0.5))) {
            assertThrows(NotRationalException.class, () -> f.apply(x));
        }
        assertEquals(new ExactDual(new BigFraction(1, 2), new BigFraction(-1, 4)), a.divide(a.constant(1), x));
        assertEquals(new ExactDual(new BigFraction(8), new BigFraction(12)), a.power(x, 3));
        assertEquals(new ExactDual(new BigFraction(1, 4), new BigFraction(-1, 4)), a.power(x, -2));
        assertEquals(new ExactDual(new BigFraction(-2), new BigFraction(-1)), a.negate(x));
        assertEquals(new ExactDual(new BigFraction(0), new BigFraction(0)), a.subtract(x, x));
        assertEquals(new ExactDual(new BigFraction(4), new BigFraction(4)), a.multiply(x, x));
        assertEquals(new ExactDual(new BigFraction(4), new BigFraction(2)), a.add(x, x));
        assertEquals(1, a.signum(x));
        assertEquals(-1, a.signum(a.negate(x)));
        assertEquals(2.0, a.value(x));
        assertTrue(a.isFinite(x));
        assertThrows(NotRationalException.class, () -> a.power(x, 1e10));
        assertThrows(NotRationalException.class, () -> a.power(x, 0x1p31));
        ExactDual one = new ExactDual(BigFraction.ONE, BigFraction.ONE);
        for (int n : new int[] {Integer.MIN_VALUE, -Integer.MAX_VALUE, Integer.MAX_VALUE}) {
            assertEquals(new ExactDual(BigFraction.ONE, new BigFraction(n)), a.power(one, n), "1^" + n);
        }
    }

    @Test
    void nearestDoubleRoundsOnce() {
        assertEquals(1.0 / 3, NearestDouble.of(new BigFraction(1, 3)));
        assertEquals(0.1, NearestDouble.of(new BigFraction(1, 10)));
        assertEquals(-2.5, NearestDouble.of(new BigFraction(-5, 2)));
    }

    /**
     * GBP-SUBGRAPH: a dead exp never enters the evaluation, so z = x·x at x = 3 still has the exact gradient 6 and
     * value 9; and x^0 with a const 0 is the constant 1 (∂/∂x = 0) even at x = 0, where x^(0−1) does not exist.
     */
    @Test
    void gbpSubgraph_onlyTheSubgraphNeedsToBeRational() {
        ExactGradient square = ExactGradient.of(new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 3}, {"name": "e", "op": "exp", "inputs": ["x"]},
                           {"name": "z", "op": "mul", "inputs": ["x", "x"]}], "output": "z"}"""))).orElseThrow();
        assertEquals(new BigFraction(9), square.value());
        assertEquals(List.of(new BigFraction(6)), square.gradient());
        ExactGradient one = ExactGradient.of(new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 0}, {"name": "zero", "op": "const", "value": 0},
                           {"name": "z", "op": "pow", "inputs": ["x", "zero"]}], "output": "z"}"""))).orElseThrow();
        assertEquals(BigFraction.ONE, one.value());
        assertEquals(List.of(BigFraction.ZERO), one.gradient());
    }

    /**
     * The exact oracle's budget: x = 1.0001 squared 16 times has an exact value of 65 536 × 53 bits, far beyond
     * 8 192; a 300-layer chain of 1 × 1 identity layers (w = 1.1, 600 parameters) builds its products out of 300
     * doubles of 53 bits each. Both are skipped with the limit named, in bounded time; a small vector is not.
     */
    @Test
    void cmpTolerance_theExactOracleHasABudget() {
        StringBuilder nodes = new StringBuilder("{\"name\": \"x0\", \"op\": \"input\", \"value\": 1.0001}");
        for (int i = 1; i <= 16; i++) {
            nodes.append(", {\"name\": \"x").append(i).append("\", \"op\": \"mul\", \"inputs\": [\"x").append(i - 1)
                    .append("\", \"x").append(i - 1).append("\"]}");
        }
        ExactGradient.Attempt squares = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> ExactGradient.attempt(new GraphObjective(BpropJson.parseGraph("{\"nodes\": [" + nodes
                        + "], \"output\": \"x16\"}")), ExactBudget.DEFAULT));
        assertTrue(squares.gradient().isEmpty());
        assertEquals(java.util.Optional.of("skipped: over its budget (a fraction of more than 8192 bits)"),
                squares.reason());
        String layer = "{\"activation\": \"identity\", \"weights\": [[1.1]], \"bias\": [0.1]}";
        ProblemObjective deep = new ProblemObjective(BpropJson.parseProblem("{\"layers\": ["
                + (layer + ",").repeat(299) + layer + "], \"loss\": \"mse\", \"inputs\": [[1]], \"targets\": [[0]]}"));
        ExactGradient.Attempt chain = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> ExactGradient.attempt(deep, ExactBudget.DEFAULT));
        assertTrue(chain.reason().orElseThrow().startsWith("skipped: over its budget"), chain.reason().toString());
        ExactGradient.Attempt small = ExactGradient.attempt(new ProblemObjective(
                VectorCatalog.byId("xor-relu-shifted").orElseThrow().problem().orElseThrow()), ExactBudget.DEFAULT);
        assertTrue(small.gradient().isPresent() && small.reason().isEmpty());
    }
}
