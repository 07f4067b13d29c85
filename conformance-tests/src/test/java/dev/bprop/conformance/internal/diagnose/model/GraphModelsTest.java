package dev.bprop.conformance.internal.diagnose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every graph model on a graph of one operation (or a small sweep) by hand. */
class GraphModelsTest {
    private static final double ROUNDING = 1e-15;

    @Test
    void KIT_DIAGNOSIS_theGraphCatalogueHoldsEachModelOnceOperationsFirst() {
        List<GraphModel> models = GraphModels.all();
        assertEquals(28, models.size());
        assertEquals(28, new HashSet<>(models.stream().map(GraphModel::name).toList()).size());
        assertEquals("pow-base-missing-exponent-factor", models.get(0).name());
        assertEquals("GBP-OP-POW", models.get(0).clause());
        assertEquals("output-input-not-seeded", models.get(27).name());
    }

    /** f = x^y at (2, 3): f = 8, the spec's ∂f/∂x = 3·2² = 12 and ∂f/∂y = 8 ln 2. */
    @Test
    void GBP_OP_POW_eachWrongPartial() {
        Graph pow = binary(GraphOp.POW, 2, 3);
        assertPartials(pow, "pow-base-missing-exponent-factor", 4, 8 * Math.log(2));
        assertPartials(pow, "pow-base-exponent-not-lowered", 24, 8 * Math.log(2));
        assertPartials(pow, "pow-exponent-ln-of-exponent", 12, 8 * Math.log(3));
        assertPartials(pow, "pow-exponent-missing-ln", 12, 8);
        assertPartials(pow, "pow-exponent-as-base-rule", 12, 12);
        assertEquals(8, predict("pow-exponent-missing-ln", pow).value());
    }

    /** f = x/y at (3, 2): the spec's ∂f/∂x = ½, ∂f/∂y = −3/4. */
    @Test
    void GBP_OP_DIV_eachWrongPartial() {
        Graph div = binary(GraphOp.DIV, 3, 2);
        assertPartials(div, "div-denominator-sign", 0.5, 0.75);
        assertPartials(div, "div-denominator-without-numerator", 0.5, -0.25);
        assertPartials(div, "div-numerator-as-product", 2, -0.75);
    }

    @Test
    void GBP_OP_SUB_and_GBP_OP_MUL_eachWrongPartial() {
        assertPartials(binary(GraphOp.SUB, 3, 2), "sub-second-partial-plus", 1, 1);
        assertPartials(binary(GraphOp.SUB, 3, 2), "sub-first-partial-minus", -1, -1);
        // f = x·y at (2, 3): the spec's (3, 2), swapped (2, 3).
        assertPartials(binary(GraphOp.MUL, 2, 3), "mul-partials-swapped", 2, 3);
    }

    /** ln at 2: ½; cos and sin at 1: −sin 1 and cos 1; σ and tanh at 2; e^x at 1; −x; relu at −1: 0. */
    @Test
    void GBP_OP_unaryWrongPartials() {
        assertPartial(unary(GraphOp.LOG, 2), "log-partial-is-log", Math.log(2));
        assertPartial(unary(GraphOp.LOG, 2), "log-partial-sign", -0.5);
        assertPartial(unary(GraphOp.LOG, 2), "log-partial-squared", 0.25);
        assertPartial(unary(GraphOp.COS, 1), "cos-partial-sign", Math.sin(1));
        assertPartial(unary(GraphOp.COS, 1), "cos-partial-is-cos", Math.cos(1));
        assertPartial(unary(GraphOp.SIN, 1), "sin-partial-sign", -Math.cos(1));
        assertPartial(unary(GraphOp.SIN, 1), "sin-partial-is-sin", Math.sin(1));
        double s = 1 / (1 + Math.exp(-2));
        double sOfS = 1 / (1 + Math.exp(-s));
        assertPartial(unary(GraphOp.SIGMOID, 2), "sigmoid-partial-of-input", 2 * (1 - 2));
        assertPartial(unary(GraphOp.SIGMOID, 2), "sigmoid-partial-at-value", sOfS * (1 - sOfS));
        assertPartial(unary(GraphOp.TANH, 2), "tanh-partial-of-input", 1 - 4);
        assertPartial(unary(GraphOp.EXP, 1), "exp-partial-one", 1);
        assertPartial(unary(GraphOp.NEG, 1), "neg-partial-plus", 1);
        assertPartial(unary(GraphOp.RELU, -1), "relu-partial-one", 1);
    }

    /** A partial model changes only its operation: in f = sin(x)·y, the log model leaves the spec's result. */
    @Test
    void KIT_DIAGNOSIS_aPartialModelAppliesToGraphsWithItsOperation() {
        Graph graph = new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, 1), GraphNode.leaf("y",
                GraphOp.INPUT, 2), GraphNode.operation("s", GraphOp.SIN, "x"), GraphNode.operation("f", GraphOp.MUL,
                "s", "y")), "f");
        assertFalse(model("log-partial-sign").applies().test(graph));
        assertTrue(model("sin-partial-sign").applies().test(graph));
        GraphResult sinWrong = model("sin-partial-sign").predict(graph);
        assertEquals(-Math.cos(1) * 2, sinWrong.gradient().get("x"), ROUNDING);
        assertEquals(Math.sin(1), sinWrong.gradient().get("y"), ROUNDING);
    }

    /**
     * f = x·y + x at (3, 5): the spec's ∂f/∂x = y + 1 = 6. The sweep reaches x from f first (1), then from x·y (5),
     * which overwrites: 5. ∂f/∂y = x = 3 either way.
     */
    @Test
    void GBP_BUILDGRAD_theFanOutOverwritten() {
        Graph graph = new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, 3), GraphNode.leaf("y",
                GraphOp.INPUT, 5), GraphNode.operation("u", GraphOp.MUL, "x", "y"), GraphNode.operation("f",
                GraphOp.ADD, "u", "x")), "f");
        assertPartials(graph, "fan-out-overwritten", 5, 3);
        assertEquals(18, predict("fan-out-overwritten", graph).value());
        assertFalse(model("fan-out-overwritten").applies().test(binary(GraphOp.MUL, 2, 3)));
        assertFalse(model("fan-out-overwritten").applies().test(square(3)), "x·x is one consumer of x");
    }

    /**
     * f = x·x at 3: the spec's 2·3 = 6; the first position only: 3. The other operations keep their sweep:
     * f = −(x·x + y) gives −3 and −1.
     */
    @Test
    void GBP_BPROP_aRepeatedInputCountedOnce() {
        assertEquals(3, predict("repeated-input-counted-once", square(3)).gradient().get("x"));
        Graph plusY = new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, 3), GraphNode.leaf("y",
                GraphOp.INPUT, 5), GraphNode.operation("u", GraphOp.MUL, "x", "x"), GraphNode.operation("v",
                GraphOp.ADD, "u", "y"), GraphNode.operation("f", GraphOp.NEG, "v")), "f");
        assertPartials(plusY, "repeated-input-counted-once", -3, -1);
        assertFalse(model("repeated-input-counted-once").applies().test(binary(GraphOp.MUL, 2, 3)));
        assertFalse(model("repeated-input-counted-once").applies().test(unary(GraphOp.NEG, 3)));
    }

    /**
     * f = −sin x at 2 beside a dead branch d = e^x and an unused input y: the spec's ∂f/∂x = −cos 2, ∂f/∂y = 0.
     * Seeding d too adds e² to ∂f/∂x; sin x, which f consumes, and the leaf y are no seeds.
     */
    @Test
    void GBP_SUBGRAPH_theDeadBranchContributes() {
        Graph graph = new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, 2), GraphNode.leaf("y",
                GraphOp.INPUT, 7), GraphNode.operation("u", GraphOp.SIN, "x"), GraphNode.operation("d", GraphOp.EXP,
                "x"), GraphNode.operation("f", GraphOp.NEG, "u")), "f");
        assertPartials(graph, "dead-branch-contributes", -Math.cos(2) + Math.exp(2), 0);
    }

    /** The output is the input x: the spec's ∂x/∂x = 1, not seeded 0; y, which only feeds a dead node, 0. */
    @Test
    void GBP_GRADTABLE_anOutputInputNotSeeded() {
        Graph graph = new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, 2), GraphNode.leaf("y",
                GraphOp.INPUT, 3), GraphNode.operation("u", GraphOp.MUL, "x", "y")), "x");
        assertPartials(graph, "output-input-not-seeded", 0, 0);
        assertEquals(1, new PlainGraphBackprop().gradient(graph).gradient().get("x"));
        assertFalse(model("output-input-not-seeded").applies().test(binary(GraphOp.MUL, 2, 3)));
    }

    private static void assertPartials(Graph graph, String name, double x, double y) {
        GraphResult result = predict(name, graph);
        assertEquals(x, result.gradient().get("x"), ROUNDING, name + " ∂f/∂x");
        assertEquals(y, result.gradient().get("y"), ROUNDING, name + " ∂f/∂y");
    }

    private static void assertPartial(Graph graph, String name, double x) {
        assertEquals(x, predict(name, graph).gradient().get("x"), ROUNDING, name);
    }

    private static GraphResult predict(String name, Graph graph) {
        GraphModel model = model(name);
        assertTrue(model.applies().test(graph), name + " applies");
        return model.predict(graph);
    }

    private static GraphModel model(String name) {
        return GraphModels.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static Graph unary(GraphOp op, double x) {
        return new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, x), GraphNode.operation("f", op, "x")),
                "f");
    }

    private static Graph binary(GraphOp op, double x, double y) {
        return new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, x), GraphNode.leaf("y", GraphOp.INPUT, y),
                GraphNode.operation("f", op, "x", "y")), "f");
    }

    private static Graph square(double x) {
        return new Graph("g", List.of(GraphNode.leaf("x", GraphOp.INPUT, x), GraphNode.operation("f", GraphOp.MUL,
                "x", "x")), "f");
    }
}
