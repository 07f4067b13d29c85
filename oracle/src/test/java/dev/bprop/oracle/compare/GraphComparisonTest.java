package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A graph result compared in the oracle's model (FMT-GRAPH-RESULT, CMP-VERDICT), on f = x·y at (x, y) = (2, 3) by
 * hand: f = 6, ∂f/∂x = y = 3, ∂f/∂y = x = 2. One multiplication: D = 1, the value's magnitude V = 6 and S_x = 3,
 * so the value is allowed 1·(2^−53·6 + η) per side and ∂f/∂x 2·1·(2^−53·3 + η) per side, both near 10^−15.
 */
class GraphComparisonTest {
    private static final Graph PRODUCT = BpropJson.parseGraph("""
            {"nodes": [{"name": "x", "op": "input", "value": 2}, {"name": "y", "op": "input", "value": 3},
                       {"name": "f", "op": "mul", "inputs": ["x", "y"]}], "output": "f"}""");
    private static final GraphResult EXPECTED = result(6, 3, 2);
    private static final Sides FLOAT64 = Sides.referenceAgainst(Precision.FLOAT64);

    @Test
    void fmtGraphResult_anIdenticalResultPassesWithNoElements() {
        GraphComparison comparison = GraphComparison.of(PRODUCT, EXPECTED, result(6, 3, 2), FLOAT64);
        assertTrue(comparison.passed());
        assertEquals(List.of(), comparison.elements());
        assertEquals(List.of(), comparison.shapeErrors());
        assertEquals(FLOAT64, comparison.sides());
    }

    @Test
    void fmtGraphResult_nullIsAShapeErrorAndFails() {
        GraphComparison comparison = GraphComparison.of(PRODUCT, EXPECTED, null, FLOAT64);
        assertFalse(comparison.passed());
        assertEquals(List.of("the implementation returned null"), comparison.shapeErrors());
        assertEquals(List.of(), comparison.elements());
    }

    @Test
    void fmtGraphResult_aMissingOrExtraGradientEntryIsNamedBeforeAnyNumber() {
        GraphComparison missing = GraphComparison.of(PRODUCT, EXPECTED, new GraphResult(6, Map.of("x", 3.0)),
                FLOAT64);
        assertFalse(missing.passed());
        assertEquals(List.of("gradient: expected one entry for each input node [x, y], found [x]"),
                missing.shapeErrors());
        assertEquals(List.of(), missing.elements());
        GraphResult extra = new GraphResult(6, new java.util.LinkedHashMap<>(Map.of("x", 3.0, "y", 2.0, "z", 0.0)));
        assertEquals(1, GraphComparison.of(PRODUCT, EXPECTED, extra, FLOAT64).shapeErrors().size());
    }

    @Test
    void cmpVerdict_aWrongGradientComponentIsTheOneMismatch() {
        GraphComparison comparison = GraphComparison.of(PRODUCT, EXPECTED, result(6, 3 + 1e-9, 2), FLOAT64);
        assertFalse(comparison.passed());
        assertEquals(List.of("value", "gradient.x", "gradient.y"),
                comparison.elements().stream().map(e -> e.place().path()).toList());
        assertEquals(List.of("gradient.x"), comparison.mismatches().stream().map(e -> e.place().path()).toList());
        assertEquals(List.of(), comparison.shapeErrors());
    }

    @Test
    void cmpValue_aWrongValueAloneIsCompared() {
        GraphComparison comparison = GraphComparison.of(PRODUCT, EXPECTED, result(6 + 1e-9, 3, 2), FLOAT64);
        assertFalse(comparison.passed());
        assertEquals(List.of("value"), comparison.mismatches().stream().map(e -> e.place().path()).toList());
        assertEquals("GBP-OPS", comparison.mismatches().get(0).place().clause());
    }

    /** One ulp of 6 is 2^−50 < 2·2^−53·6: within the value's tolerance, so the result passes with its elements. */
    @Test
    void cmpValue_aRoundingDifferenceWithinTheToleranceAgrees() {
        GraphComparison comparison = GraphComparison.of(PRODUCT, EXPECTED, result(Math.nextUp(6.0), 3, 2), FLOAT64);
        assertTrue(comparison.passed());
        assertEquals(3, comparison.elements().size());
        assertEquals(2 * (0x1p-53 * 6 + Double.MIN_VALUE), comparison.elements().get(0).tolerance());
    }

    private static GraphResult result(double value, double x, double y) {
        return new GraphResult(value, new java.util.LinkedHashMap<>(Map.of("x", x, "y", y)));
    }
}
