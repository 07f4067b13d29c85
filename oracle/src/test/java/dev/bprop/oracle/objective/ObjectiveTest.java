package dev.bprop.oracle.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.arith.DoubleArithmetic;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loss J(θ) and the graph output written from the spec: their values against the spec's vectors. */
class ObjectiveTest {
    static final String XOR_SHIFTED = """
            {"layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                        {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
             "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
            """;

    static double value(Objective objective) {
        List<Double> theta = new ArrayList<>();
        for (double v : objective.point()) {
            theta.add(v);
        }
        return objective.evaluate(theta, new DoubleArithmetic());
    }

    /** EX-XOR-SHIFTED: J = 9/200; θ = (W¹ row by row, b¹, W², b²). */
    @Test
    void exXorShifted_lossAndLayout() {
        Problem problem = BpropJson.parseProblem(XOR_SHIFTED);
        ProblemObjective objective = new ProblemObjective(problem);
        assertEquals(problem, objective.problem());
        assertEquals(0.045, value(objective), 1e-17);
        assertEquals(9, objective.dimension());
        assertArrayEquals(new double[] {1, 1, 1, 1, 0, -1, 1, -2, 0.3}, objective.point());
        assertEquals(3, objective.weightIndex(1, 1, 1));
        assertEquals(5, objective.biasIndex(1, 1));
        assertEquals(7, objective.weightIndex(2, 0, 1));
        assertEquals(8, objective.biasIndex(2, 0));
        assertEquals(1, objective.layerOf(5));
        assertEquals(2, objective.layerOf(6));
        assertEquals(new Place("gradients[0].weights[1][0]", "BP4", 1, "weights", "[1][0]"), objective.place(2));
        assertEquals(new Place("gradients[0].bias[1]", "BP3", 1, "bias", "[1]"), objective.place(5));
        assertEquals(new Place("gradients[1].bias[0]", "BP3", 2, "bias", "[0]"), objective.place(8));
    }

    /** Every problem vector's J is its expected loss, within the vector's tolerance (LOSS-*, LOSS-STABLE). */
    @Test
    void lossMean_everyVectorsLossIsTheExpectedOne() {
        for (TestVector vector : VectorCatalog.all()) {
            vector.problem().ifPresent(problem -> {
                double expected = vector.expectedResult().orElseThrow().loss();
                double found = value(new ProblemObjective(problem));
                assertEquals(expected, found, 4 * (vector.tolerance().absolute()
                        + vector.tolerance().relative() * Math.abs(expected)) + 1e-15 * Math.abs(expected), vector.id());
            });
        }
    }

    /** Every vector's flattened expected gradient lists the places of θ in order. */
    @Test
    void fmtResult_flattenFollowsThePlaces() {
        TestVector vector = VectorCatalog.byId("identity-mse-batch1").orElseThrow();
        ProblemObjective objective = new ProblemObjective(vector.problem().orElseThrow());
        double[] flat = objective.flatten(vector.expectedResult().orElseThrow());
        assertArrayEquals(new double[] {-3.4, -6.8, 3.4, 1.55, 3.1, -1.55, -3.4, 1.55}, flat, 1e-15);
    }

    /** The graph vectors' values (GBP-OPS), and the flattened gradient in input order. */
    @Test
    void gbpOps_everyGraphVectorsValueIsTheExpectedOne() {
        for (TestVector vector : VectorCatalog.all()) {
            vector.graph().ifPresent(graph -> {
                double expected = vector.expectedGraphResult().orElseThrow().value();
                GraphObjective objective = new GraphObjective(graph);
                assertEquals(expected, value(objective), 1e-14 * Math.max(1, Math.abs(expected)), vector.id());
                assertArrayEquals(vector.expectedGraphResult().orElseThrow().gradient().values().stream()
                        .mapToDouble(Double::doubleValue).toArray(),
                        objective.flatten(vector.expectedGraphResult().orElseThrow()), vector.id());
            });
        }
        GraphObjective adjoint = new GraphObjective(VectorCatalog.byId("adjoint").orElseThrow().graph().orElseThrow());
        assertEquals(new Place("gradient.x2", "GBP-BUILDGRAD", 0, "gradient", "x2"), adjoint.place(1));
        assertEquals(-1.3, adjoint.parameter(1));
    }

    @Test
    void eEval_aLogOfANegativeNumberNamesTheNode() {
        NotFiniteException e = assertThrows(NotFiniteException.class, () -> new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": -1}, {"name": "y", "op": "log", "inputs": ["x"]}],
                 "output": "x"}""")));
        assertEquals("nodes[1]", e.place());
    }

    /** E-EVAL-POW: a negative base with an exponent in G′; the same pow on a dead branch is fine (GBP-SUBGRAPH). */
    @Test
    void eEvalPow_onlyForAnExponentInTheSubgraph() {
        String graph = """
                {"nodes": [{"name": "x", "op": "input", "value": -2}, {"name": "y", "op": "input", "value": 3},
                           {"name": "p", "op": "pow", "inputs": ["x", "y"]}, {"name": "q", "op": "mul", "inputs": ["x", "y"]}],
                 "output": "%s"}""";
        NotFiniteException e = assertThrows(NotFiniteException.class,
                () -> value(new GraphObjective(BpropJson.parseGraph(graph.formatted("p")))));
        assertEquals("nodes[2]", e.place());
        assertEquals(-6.0, value(new GraphObjective(BpropJson.parseGraph(graph.formatted("q")))));
    }

    /** GBP-OP-POW: 0^y with y an input is 0 (∂/∂y = 0); x^0 with a const 0 is 1; (−1.5)^2 with a const 2 is 2.25. */
    @Test
    void gbpOpPow_theDomainRules() {
        assertEquals(0.0, value(new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "s", "op": "input", "value": 0}, {"name": "t", "op": "input", "value": 2},
                           {"name": "p", "op": "pow", "inputs": ["s", "t"]}], "output": "p"}"""))));
        assertEquals(1.0, value(new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "s", "op": "input", "value": 0}, {"name": "z", "op": "const", "value": 0},
                           {"name": "p", "op": "pow", "inputs": ["s", "z"]}], "output": "p"}"""))));
        assertEquals(2.25, value(new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "r", "op": "input", "value": -1.5}, {"name": "two", "op": "const", "value": 2},
                           {"name": "p", "op": "pow", "inputs": ["r", "two"]}], "output": "p"}"""))));
        assertThrows(NotFiniteException.class, () -> value(new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "s", "op": "input", "value": 0}, {"name": "t", "op": "input", "value": -1},
                           {"name": "p", "op": "pow", "inputs": ["s", "t"]}], "output": "t"}"""))));
    }

    /** E-EVAL for problems: weights so large that z overflows name the layer. */
    @Test
    void eEval_anOverflowingPreActivationNamesTheLayer() {
        Problem problem = BpropJson.parseProblem("""
                {"layers": [{"activation": "identity", "weights": [[1e308, 1e308]], "bias": [0]}],
                 "loss": "mse", "inputs": [[10, 10]], "targets": [[0]]}""");
        NotFiniteException e = assertThrows(NotFiniteException.class, () -> value(new ProblemObjective(problem)));
        assertEquals("layers[0]", e.place());
        Problem hugeLoss = BpropJson.parseProblem("""
                {"layers": [{"activation": "identity", "weights": [[1e200]], "bias": [0]}],
                 "loss": "mse", "inputs": [[1e100]], "targets": [[0]]}""");
        assertEquals("loss", assertThrows(NotFiniteException.class,
                () -> value(new ProblemObjective(hugeLoss))).place());
    }

    /**
     * GBP-SUBGRAPH: a dead pow whose result feeds another dead node is still outside G′, so its negative base with a
     * variable exponent is no error; z = x·y = −6.
     */
    @Test
    void gbpSubgraph_aDeadChainIsOutsideTheSubgraph() {
        GraphObjective objective = new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": -2}, {"name": "y", "op": "input", "value": 3},
                           {"name": "p", "op": "pow", "inputs": ["x", "y"]}, {"name": "q", "op": "neg", "inputs": ["p"]},
                           {"name": "z", "op": "mul", "inputs": ["x", "y"]}], "output": "z"}"""));
        assertEquals(-6.0, value(objective));
    }

    /** E-EVAL-POW: 0^t with a variable exponent t = 0 has no ∂/∂t (0^0·ln 0); only t &gt; 0 is allowed at base 0. */
    @Test
    void eEvalPow_zeroToAVariableZero() {
        NotFiniteException e = assertThrows(NotFiniteException.class, () -> new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "s", "op": "input", "value": 0}, {"name": "t", "op": "input", "value": 0},
                           {"name": "p", "op": "pow", "inputs": ["s", "t"]}], "output": "p"}""")));
        assertEquals("nodes[2]", e.place());
        assertTrue(e.getMessage().contains("E-EVAL-POW"), e.getMessage());
        NotFiniteException negative = assertThrows(NotFiniteException.class, () -> new GraphObjective(
                BpropJson.parseGraph("""
                {"nodes": [{"name": "s", "op": "input", "value": 0}, {"name": "t", "op": "input", "value": -1},
                           {"name": "p", "op": "pow", "inputs": ["s", "t"]}], "output": "p"}""")));
        assertTrue(negative.getMessage().contains("E-EVAL-POW"), negative.getMessage());
    }
}
