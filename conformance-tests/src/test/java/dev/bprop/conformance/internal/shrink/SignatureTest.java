package dev.bprop.conformance.internal.shrink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.Place;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * KIT-SHRINK: how a case fails, as the shrinker keeps it: the reproducing bug models, or, without one, the kinds of
 * numbers that differ (non-finite and shapes included).
 */
class SignatureTest {
    private static final Sides SIDES = Sides.referenceAgainst(Precision.FLOAT64);

    /** One identity unit, w = 2, b = 1, x = 3, y = 5, mse. */
    private static final Problem ONE_UNIT = new Problem(null, List.of(new Layer(Activation.IDENTITY,
            new double[][] {{2}}, new double[] {1})), Loss.MSE, new double[][] {{3}}, new double[][] {{5}});

    /** z = a = 7, J = ½(7 − 5)² = 2, ∂J/∂b = 7 − 5 = 2, ∂J/∂w = 2·3 = 6 (LOSS-MSE, BP1, BP3, BP4). */
    private static final Result ONE_UNIT_RESULT = result(new double[][] {{6}}, 2);

    /** f = x0·x1 at (3, −2): f = −6, ∂f/∂x0 = −2, ∂f/∂x1 = 3 (GBP-OP-MUL). */
    private static final Graph PRODUCT = new Graph(null, List.of(GraphNode.leaf("x0", GraphOp.INPUT, 3),
            GraphNode.leaf("x1", GraphOp.INPUT, -2), GraphNode.operation("v0", GraphOp.MUL, "x0", "x1")), "v0");
    private static final GraphResult PRODUCT_RESULT = new GraphResult(-6, Map.of("x0", -2.0, "x1", 3.0));

    private static Result result(double[][] weights, double bias) {
        return new Result(2, new double[][] {{7}}, List.of(new LayerGradient(weights, new double[] {bias})));
    }

    private static Signature mlp(Result found) {
        return Signature.of(ONE_UNIT, found, MlpComparison.of(ONE_UNIT, ONE_UNIT_RESULT, found, SIDES));
    }

    private static Signature graph(GraphResult found) {
        return Signature.of(PRODUCT, found, GraphComparison.of(PRODUCT, PRODUCT_RESULT, found, SIDES));
    }

    @Test
    void KIT_SHRINK_theKindsOfNumbersThatDifferInAProblemsResult() {
        assertEquals(Set.of("bias"), mlp(result(new double[][] {{6}}, 3)).differing());
        assertEquals(Set.of("bias", "non-finite"), mlp(result(new double[][] {{6}}, Double.NaN)).differing());
        assertTrue(mlp(result(new double[][] {{6, 0}}, 2)).differing().contains("shapes"));
    }

    @Test
    void KIT_SHRINK_theKindsOfNumbersThatDifferInAGraphsResult() {
        assertEquals(Set.of("gradient"), graph(new GraphResult(-6, Map.of("x0", -2.0, "x1", 4.0))).differing());
        assertEquals(Set.of("value", "non-finite"), graph(new GraphResult(Double.NaN, Map.of("x0", -2.0, "x1", 3.0)))
                .differing());
        assertEquals(Set.of("shapes"), graph(new GraphResult(-6, Map.of("x0", -2.0))).differing());
    }

    /** A non-finite number counts as "non-finite" only where the expected one is finite. */
    @Test
    void KIT_SHRINK_nonFiniteOnlyWhereTheExpectedNumberIsFinite() {
        GraphResult found = new GraphResult(-6, Map.of("x0", Double.NaN, "x1", 3.0));
        ElementComparison bothNonFinite = new ElementComparison(new Place("gradient.x0", "GBP-BPROP", 0, "gradient",
                "x0"), Double.POSITIVE_INFINITY, Double.NaN, 0, 0, "hand-made", Verdict.DISAGREES);
        Signature signature = Signature.of(PRODUCT, found, new GraphComparison(SIDES, List.of(),
                List.of(bothNonFinite)));
        assertEquals(Set.of("gradient"), signature.differing());
    }

    @Test
    void KIT_SHRINK_withoutAModelTheSameKindsOfNumbersMustDiffer() {
        Signature bias = new Signature(List.of(), Set.of("bias"));
        assertTrue(bias.keptBy(new Signature(List.of(), Set.of("bias"))));
        assertFalse(bias.keptBy(new Signature(List.of(), Set.of("bias", "weights"))));
        assertFalse(bias.keptBy(new Signature(List.of("a model"), Set.of("bias"))));
    }

    /** Smaller problems may let more models coincide: every model of the case must still reproduce, others may. */
    @Test
    void KIT_SHRINK_withAModelEveryModelOfTheCaseMustReproduce() {
        Signature transposed = new Signature(List.of("transposed"), Set.of("weights"));
        assertTrue(transposed.keptBy(new Signature(List.of("sign", "transposed"), Set.of("bias"))));
        assertFalse(transposed.keptBy(new Signature(List.of("sign"), Set.of("weights"))));
        assertFalse(transposed.keptBy(new Signature(List.of(), Set.of("weights"))));
    }

    @Test
    void KIT_SHRINK_theFailureInWords() {
        assertEquals("no known bug reproduced; the same kinds of numbers differ: [bias]",
                new Signature(List.of(), Set.of("bias")).describe());
        assertEquals("reproduced by the same model [transposed]",
                new Signature(List.of("transposed"), Set.of()).describe());
        assertEquals("reproduced by the same models [sign, transposed]",
                new Signature(List.of("sign", "transposed"), Set.of()).describe());
    }
}
