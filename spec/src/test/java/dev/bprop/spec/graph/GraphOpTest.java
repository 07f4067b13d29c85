package dev.bprop.spec.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Clause FMT-GRAPH: the scalar operations, their arities, and the immutable graph types. */
class GraphOpTest {
    @Test
    void fmtGraph_leavesTakeNoInputsUnaryOpsOneBinaryOpsTwo() {
        assertEquals(0, GraphOp.INPUT.arity());
        assertEquals(0, GraphOp.CONST.arity());
        assertTrue(GraphOp.INPUT.isLeaf());
        assertTrue(GraphOp.CONST.isLeaf());
        for (GraphOp op : new GraphOp[] {GraphOp.NEG, GraphOp.SIN, GraphOp.COS, GraphOp.EXP, GraphOp.LOG,
                GraphOp.TANH, GraphOp.SIGMOID, GraphOp.RELU}) {
            assertEquals(1, op.arity(), op.fileName());
            assertFalse(op.isLeaf());
        }
        for (GraphOp op : new GraphOp[] {GraphOp.ADD, GraphOp.SUB, GraphOp.MUL, GraphOp.DIV, GraphOp.POW}) {
            assertEquals(2, op.arity(), op.fileName());
        }
        for (GraphOp op : GraphOp.values()) {
            assertEquals(Optional.of(op), GraphOp.fromFileName(op.fileName()));
        }
        assertEquals(Optional.empty(), GraphOp.fromFileName("Add"));
    }

    @Test
    void fmtGraphResult_keepsFileOrderAndCannotBeChanged() {
        java.util.LinkedHashMap<String, Double> gradient = new java.util.LinkedHashMap<>();
        gradient.put("b", 1.0);
        gradient.put("a", 2.0);
        GraphResult result = new GraphResult(3, gradient);
        gradient.put("c", 4.0);
        assertEquals(java.util.List.of("b", "a"), java.util.List.copyOf(result.gradient().keySet()));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> result.gradient().put("d", 0.0));
        assertEquals(new GraphResult(3, Map.of("b", 1.0, "a", 2.0)).gradient(), result.gradient());
    }
}
