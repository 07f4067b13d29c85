package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.Expectations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.GraphCase;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.Place;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** What {@link GraphCaseRunner} adds to the shared steps, on y = x1·x2 at x1 = 2, x2 = 3 (worked by hand). */
class GraphCaseRunnerTest {
    private static final Graph PRODUCT = new Graph("product", List.of(GraphNode.leaf("x1", GraphOp.INPUT, 2),
            GraphNode.leaf("x2", GraphOp.INPUT, 3), GraphNode.operation("y", GraphOp.MUL, "x1", "x2")), "y");
    private static final GraphCase CASE = new GraphCase(TestName.required("GBP-OP-MUL", "product"), PRODUCT, "by hand",
            OptionalLong.of(9));

    /** y = 2·3 = 6, ∂y/∂x1 = x2 = 3, ∂y/∂x2 = x1 = 2; every number times {@code factor}. */
    private static GraphResult product(double factor) {
        Map<String, Double> gradient = new LinkedHashMap<>();
        gradient.put("x1", 3 * factor);
        gradient.put("x2", 2 * factor);
        return new GraphResult(6 * factor, gradient);
    }

    private static GraphImplementation declaring(Set<GraphOp> operations, Precision precision, GraphResult answer,
            AtomicInteger asked) {
        return new GraphImplementation() {
            @Override
            public GraphResult gradient(Graph graph) {
                return answer;
            }

            @Override
            public Set<GraphOp> operations() {
                asked.incrementAndGet();
                return operations;
            }

            @Override
            public Precision precision() {
                asked.incrementAndGet();
                return precision;
            }
        };
    }

    @Test
    void KIT_PRECISION_theDeclaredPrecisionSetsTheToleranceAndIsAskedWithinTheCase() {
        AtomicInteger asked = new AtomicInteger();
        GraphCaseRunner float32 = new GraphCaseRunner(declaring(EnumSet.allOf(GraphOp.class), Precision.FLOAT32,
                product(1 + 1e-9), asked), Expectations.reference());
        assertEquals(0, asked.get(), "a hang in the capability hooks must be the case's, not the suite's (FMT-CLI)");
        float32.values(CASE);
        assertTrue(asked.get() > 0);
        new GraphCaseRunner(graph -> product(1), Expectations.reference()).values(CASE);
        assertThrows(AssertionFailedError.class, () -> new GraphCaseRunner(declaring(EnumSet.allOf(GraphOp.class),
                Precision.FLOAT64, product(1 + 1e-9), asked), Expectations.reference()).values(CASE));
    }

    @Test
    void KIT_CAPABILITY_anUndeclaredOperationIsSkipped() {
        GraphCaseRunner runner = new GraphCaseRunner(declaring(EnumSet.of(GraphOp.INPUT, GraphOp.ADD),
                Precision.FLOAT64, product(1), new AtomicInteger()), Expectations.reference());
        assertEquals("required_GBP-OP-MUL_product skipped: the implementation does not declare the operation mul",
                assertThrows(TestAbortedException.class, () -> runner.values(CASE)).getMessage());
    }

    @Test
    void KIT_SHRINK_aWrongGraphAnswerPrintsTheGraphFileWithTheCommandThatAnswersIt() {
        String message = assertThrows(AssertionFailedError.class, () -> new GraphCaseRunner(graph -> product(-1),
                Expectations.reference()).values(CASE)).getMessage();
        assertTrue(message.startsWith("required_GBP-OP-MUL_product failed (clause GBP-OP-MUL): numbers differ from "
                + "the reference\n  case: by hand\n  3 numbers outside their tolerance\n"), message);
        assertTrue(message.contains("; seed 9\n"), message);
        assertTrue(message.contains("\n  diagnosis:\n    - "), message);
        assertTrue(message.contains("save it as graph.json, `bprop graph-gradient graph.json` prints the expected "
                + "result):\n{"), message);
    }

    @Test
    void FMT_GRAPH_RESULT_aNullResultAndMissingEntriesAreNamed() {
        assertTrue(assertThrows(AssertionFailedError.class, () -> new GraphCaseRunner(graph -> null,
                Expectations.reference()).shapes(CASE)).getMessage().startsWith("required_GBP-OP-MUL_product failed "
                + "(clause GBP-OP-MUL): the result breaks FMT-RESULT: the implementation returned null instead of a "
                + "result\n"));
        GraphResult onlyX1 = new GraphResult(6, Map.of("x1", 3.0));
        assertTrue(assertThrows(AssertionFailedError.class, () -> new GraphCaseRunner(graph -> onlyX1,
                Expectations.reference()).shapes(CASE)).getMessage().contains("the result has the wrong shapes\n"));
        new GraphCaseRunner(graph -> product(1), Expectations.reference()).shapes(CASE);
    }

    @Test
    void KIT_DETERMINISTIC_aSecondGraphAnswerThatDiffersFailsWithWhereItDiffers() {
        AtomicInteger calls = new AtomicInteger();
        String message = assertThrows(AssertionFailedError.class, () -> new GraphCaseRunner(graph ->
                product(calls.getAndIncrement() == 0 ? 1 : 2), Expectations.reference()).deterministic(CASE))
                .getMessage();
        assertTrue(message.contains("a later call on the same graph answered differently"), message);
        // value, ∂y/∂x1 and ∂y/∂x2 all doubled.
        assertTrue(message.contains("    - 3 of 3 numbers differ between the two calls, the first at "), message);
        assertFalse(new GraphCaseRunner(graph -> product(1), Expectations.reference()).askedConcurrently(PRODUCT));
    }

    @Test
    void KIT_DETERMINISTIC_theRepeatFindingsNameTheFirstDifferenceOrTheWrongEntries() {
        GraphCaseRunner runner = new GraphCaseRunner(graph -> product(1), Expectations.reference());
        Sides repeated = Sides.repeated(Precision.FLOAT64.arithmetic());
        ElementComparison agrees = new ElementComparison(new Place("value", "GBP-OP-MUL", 0, "value", ""), 6, 6, 0, 0,
                "exact", Verdict.AGREES);
        ElementComparison differs = new ElementComparison(new Place("gradient.x2", "GBP-OP-MUL", 0, "gradient", "x2"),
                2, 4, 0, 0, "exact", Verdict.DISAGREES);
        assertEquals(List.of("1 of 2 numbers differ between the two calls, the first at gradient.x2 "
                + "(KIT-DETERMINISTIC)"), runner.repeatDiagnosis(new GraphComparison(repeated, List.of(),
                List.of(agrees, differs))));
        assertEquals(List.of("FMT-GRAPH-RESULT: no gradient for x2 (the entries are wrong; the answers are not "
                + "compared number by number)"), runner.repeatDiagnosis(new GraphComparison(repeated,
                List.of("no gradient for x2"), List.of())));
    }
}
