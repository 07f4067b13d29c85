package dev.bprop.conformance.internal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.graph.GraphOp;
import org.junit.jupiter.api.Test;

/** GBP-OPS' forward values, kept where the generator wants them: off poles and kinks, of moderate size. */
class OpValuesTest {
    @Test
    void GBP_OPS_theForwardValueOfEachOperation() {
        assertEquals(5, OpValues.apply(GraphOp.ADD, 2, 3));
        assertEquals(-1, OpValues.apply(GraphOp.SUB, 2, 3));
        assertEquals(6, OpValues.apply(GraphOp.MUL, 2, 3));
        assertEquals(0.5, OpValues.apply(GraphOp.DIV, 2, 4));
        assertEquals(8, OpValues.apply(GraphOp.POW, 2, 3));
        assertEquals(-2, OpValues.apply(GraphOp.NEG, 2, 0));
        assertEquals(0, OpValues.apply(GraphOp.SIN, 0, 0));
        assertEquals(1, OpValues.apply(GraphOp.COS, 0, 0));
        assertEquals(1, OpValues.apply(GraphOp.EXP, 0, 0));
        assertEquals(0, OpValues.apply(GraphOp.LOG, 1, 0));
        assertEquals(0, OpValues.apply(GraphOp.TANH, 0, 0));
        assertEquals(0.5, OpValues.apply(GraphOp.SIGMOID, 0, 0));
        assertEquals(0, OpValues.apply(GraphOp.RELU, -2, 0));
        assertEquals(2, OpValues.apply(GraphOp.RELU, 2, 0));
    }

    @Test
    void GBP_OPS_outsideTheGeneratorsDomainThereIsNoValue() {
        assertEquals(Double.NaN, OpValues.apply(GraphOp.DIV, 1, 0.125));
        assertEquals(Double.NaN, OpValues.apply(GraphOp.POW, -2, 2));
        assertEquals(Double.NaN, OpValues.apply(GraphOp.POW, 2, 4));
        assertEquals(Double.NaN, OpValues.apply(GraphOp.EXP, 4, 0));
        assertEquals(Double.NaN, OpValues.apply(GraphOp.LOG, 0.0625, 0));
        assertEquals(Double.NaN, OpValues.apply(GraphOp.RELU, 0.0005, 0));
    }

    /** |value| < 1000: 999 is kept, 1000 = 100·10 is not. */
    @Test
    void GBP_OPS_valuesStayOfModerateSize() {
        assertEquals(999, OpValues.apply(GraphOp.ADD, 998, 1));
        assertEquals(Double.NaN, OpValues.apply(GraphOp.MUL, 100, 10));
        assertEquals(Double.NaN, OpValues.apply(GraphOp.MUL, -100, 10));
    }

    @Test
    void GBP_OPS_leavesHaveNoOperationValue() {
        assertThrows(IllegalArgumentException.class, () -> OpValues.apply(GraphOp.INPUT, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> OpValues.apply(GraphOp.CONST, 1, 1));
    }
}
