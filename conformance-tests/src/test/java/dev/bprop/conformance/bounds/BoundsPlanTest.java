package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard plan is the networks the clauses of SPEC.md name. */
class BoundsPlanTest {
    @Test
    void BOUND_WEIGHTS_widths10To40AtDepth3AndBatch8SpanAFactorOfMoreThan8InWeights() {
        assertEquals(List.of(new Shape(10, 3, 8), new Shape(14, 3, 8), new Shape(20, 3, 8), new Shape(28, 3, 8),
                new Shape(40, 3, 8)), BoundsPlan.standard().weights());
        // w = L·n(n + 1): 3·10·11 = 330 and 3·40·41 = 4 920, a factor of 14.9.
        assertEquals(330, BoundsPlan.standard().weights().get(0).weights());
        assertEquals(4_920, BoundsPlan.standard().weights().get(4).weights());
    }

    @Test
    void BOUND_DEPTH_depths4To32AtWidth24AndBatch8() {
        assertEquals(List.of(4, 6, 8, 11, 16, 23, 32), BoundsPlan.standard().depth().stream().map(Shape::depth).toList());
        BoundsPlan.standard().depth().forEach(shape -> assertEquals(new Shape(24, shape.depth(), 8), shape));
    }

    @Test
    void BOUND_BATCH_batches4To64OfOneNetworkOfWidth32AndDepth3() {
        assertEquals(List.of(new Shape(32, 3, 4), new Shape(32, 3, 8), new Shape(32, 3, 16), new Shape(32, 3, 32),
                new Shape(32, 3, 64)), BoundsPlan.standard().batch());
    }

    @Test
    void BOUND_RATIO_oneNetworkOfWidth64Depth3AndBatch32() {
        assertEquals(new Shape(64, 3, 32), BoundsPlan.standard().ratio());
    }

    @Test
    void BOUND_MEMORY_widths16To128AtDepth3AndBatch1AndAStepOf16Examples() {
        List<Shape> memory = List.of(new Shape(16, 3, 1), new Shape(32, 3, 1), new Shape(64, 3, 1),
                new Shape(128, 3, 1));
        assertEquals(memory, BoundsPlan.standard().memoryWeights());
        assertEquals(memory, BoundsPlan.standard().memoryExamples());
        assertEquals(16, BoundsPlan.standard().exampleStep());
    }
}
