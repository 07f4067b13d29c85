package dev.bprop.conformance.internal.bounds.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.bounds.ScalingNetworks;
import dev.bprop.conformance.bounds.Shape;
import dev.bprop.spec.mlp.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heap per call (clause BOUND-MEASURE) on a {@link SimulatedMachine}: each call allocates a scripted number of bytes. */
class AllocationMeterTest {
    private static final Problem PROBLEM = ScalingNetworks.problem(new Shape(1, 1, 1), 1);
    private static final long MICROS = 1_000;

    private final SimulatedMachine machine = new SimulatedMachine();
    private final AllocationMeter meter = new AllocationMeter(machine.instruments().threadAllocatedBytes()
            .orElseThrow());
    private final int[] calls = new int[2];
    private int returned;

    @Test
    void BOUND_MEASURE_aMeasurementIsTheBytesOfOneCallAtLeastOne() {
        meter.warmUp(workloads(800, 0), budget(Duration.ofSeconds(1)));
        assertArrayEquals(new int[] {3, 3}, calls, "three warm-up calls each");
        assertEquals(800, meter.measure(0));
        assertEquals(1, meter.measure(1), "a call that allocates nothing counts one byte, which a log-log fit needs");
        assertEquals(800, meter.measure(0), "not what the counter reads, but its difference over the call");
        assertArrayEquals(new int[] {5, 4}, calls);
        assertEquals("bytes", meter.unit());
    }

    @Test
    void BOUND_MEASURE_theBudgetEndsTheWarmUp() {
        // Each call lasts 10 µs: calls start at 0, 10, 20, 30 and 40 µs; at 50 µs the budget of 45 µs is spent, so
        // the first workload had its three warm-up calls and the second two.
        meter.warmUp(workloads(800, 0), budget(Duration.ofNanos(45 * MICROS)));
        assertArrayEquals(new int[] {3, 2}, calls);
    }

    @Test
    void BOUND_MEASURE_everyResultIsConsumedSoThatNoCompilerCanDropTheCall() {
        int before = Sink.consumed();
        meter.warmUp(workloads(800, 0), budget(Duration.ofSeconds(1)));
        meter.measure(1);
        assertEquals(before ^ returned, Sink.consumed(), "the xor of the identity hashes of all 3 + 3 + 1 results");
    }

    private Budget budget(Duration duration) {
        return Budget.of(duration, machine.instruments().wall());
    }

    private List<Workload> workloads(long... bytes) {
        return List.of(workload(0, bytes[0]), workload(1, bytes[1]));
    }

    private Workload workload(int index, long bytes) {
        return new Workload("workload " + index, index, PROBLEM, problem -> {
            calls[index]++;
            machine.run(10 * MICROS, 10 * MICROS, bytes);
            Object result = new Object();
            returned ^= System.identityHashCode(result);
            return result;
        });
    }
}
