package dev.bprop.conformance.internal.bounds.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MediansTest {
    @Test
    void BOUND_MEASURE_theMiddleValueOrTheMeanOfTheMiddleTwo() {
        double[] values = {9, 1, 5};
        assertEquals(5, Medians.of(values));
        assertArrayEquals(new double[] {9, 1, 5}, values, "the input is left as it was");
        assertEquals(4.5, Medians.of(new double[] {8, 1, 4, 5}));
        assertArrayEquals(new double[] {2, 7}, Medians.ofRows(new double[][] {{2}, {1, 7, 100}}));
    }

    @Test
    void BOUND_MEASURE_oneOutlierDoesNotMoveIt() {
        assertEquals(2, Medians.of(new double[] {1, 2, 1e9}));
    }

    @Test
    void BOUND_MEASURE_noValuesHaveNoMedian() {
        assertThrows(IllegalArgumentException.class, () -> Medians.of(new double[0]));
    }
}
