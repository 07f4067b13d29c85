package dev.bprop.conformance.bounds.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.network.ScalingNetworks;
import dev.bprop.conformance.bounds.network.Shape;
import dev.bprop.spec.mlp.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationMeterTest {
    private static final Problem PROBLEM = ScalingNetworks.problem(new Shape(2, 1, 1), 1);

    @Test
    void countsTheBytesOfOneCall() {
        AllocationMeter meter = AllocationMeter.create().orElseThrow();
        meter.warmUp(List.of(new Workload("a million longs", 1, PROBLEM, p -> new long[1_000_000]),
                new Workload("nothing", 2, PROBLEM, p -> p)), Budget.of(Duration.ofSeconds(10)));
        double bytes = meter.measure(0);
        assertTrue(bytes >= 8_000_000 && bytes < 8_001_000, "bytes " + bytes);
        assertEquals(1, meter.measure(1), 64, "nothing allocated counts as at least one byte");
        assertEquals("bytes", meter.unit());
    }

    @Test
    void anExhaustedBudgetStopsTheWarmUp() {
        AllocationMeter meter = AllocationMeter.create().orElseThrow();
        int[] calls = {0};
        meter.warmUp(List.of(new Workload("counted", 1, PROBLEM, p -> calls[0]++)), Budget.of(Duration.ZERO));
        assertEquals(0, calls[0]);
    }
}
