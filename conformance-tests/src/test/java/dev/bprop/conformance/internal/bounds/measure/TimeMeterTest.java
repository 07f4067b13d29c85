package dev.bprop.conformance.internal.bounds.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.bounds.ScalingNetworks;
import dev.bprop.conformance.bounds.Shape;
import dev.bprop.spec.mlp.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Warm-up and calibrated samples (clause BOUND-MEASURE) on a {@link SimulatedMachine}: each call keeps the calling
 * thread busy for its CPU time and lasts twice that on the wall clock.
 */
class TimeMeterTest {
    private static final Problem PROBLEM = ScalingNetworks.problem(new Shape(1, 1, 1), 1);
    private static final long MICROS = 1_000;

    private final SimulatedMachine machine = new SimulatedMachine();
    private final int[] calls = new int[2];
    private int returned;

    @Test
    void BOUND_MEASURE_aSampleRepeatsCallsForTheSampleTimeAfterAWarmUpOnTheWallClock() {
        // A warm-up pass calls both workloads: 10 + 30 µs of CPU time, 20 + 60 = 80 µs of wall time. A warm-up of
        // 1 ms on the wall clock ends after the pass that reaches it: 12 passes are 960 µs, 13 are 1 040 µs.
        // A sample of 100 µs then holds 100 / 10 = 10 calls of the first workload and 100 / 30 = 3 (rounded down)
        // of the second; a measurement is the CPU time of a sample over its calls, 10 µs and 30 µs.
        TimeMeter meter = meter(Duration.ofMillis(1));
        meter.warmUp(workloads(10 * MICROS, 30 * MICROS), Budget.of(Duration.ofSeconds(1), machine.instruments()
                .wall()));
        assertArrayEquals(new int[] {13, 13}, calls);
        assertEquals(10 * MICROS, meter.measure(0));
        assertEquals(30 * MICROS, meter.measure(1));
        assertArrayEquals(new int[] {13 + 10, 13 + 3}, calls);
        assertEquals("ns", meter.unit());
    }

    @Test
    void BOUND_MEASURE_theBudgetEndsTheWarmUpAndAWorkloadNeverCalledIsSampledOneCallAtATime() {
        // The budget of 10 µs of wall time is spent by the first call (20 µs of wall time): the second workload is
        // never warmed up, so nothing says how long its call takes, and a sample of it is one call of 30 µs.
        TimeMeter meter = meter(Duration.ofMillis(1));
        meter.warmUp(workloads(10 * MICROS, 30 * MICROS), Budget.of(Duration.ofNanos(10 * MICROS),
                machine.instruments().wall()));
        assertArrayEquals(new int[] {1, 0}, calls);
        assertEquals(30 * MICROS, meter.measure(1));
        assertEquals(10 * MICROS, meter.measure(0));
        assertArrayEquals(new int[] {1 + 10, 1}, calls);
    }

    @Test
    void BOUND_MEASURE_theWarmUpPassesOverEveryWorkloadAtLeastOnce() {
        // No warm-up time at all: still one pass, which is what calibrates the samples (100 / 10 = 10 calls).
        TimeMeter meter = meter(Duration.ZERO);
        meter.warmUp(workloads(10 * MICROS, 30 * MICROS), Budget.of(Duration.ofSeconds(1), machine.instruments()
                .wall()));
        assertArrayEquals(new int[] {1, 1}, calls);
        meter.measure(0);
        assertEquals(1 + 10, calls[0]);
    }

    @Test
    void BOUND_MEASURE_everyResultIsConsumedSoThatNoCompilerCanDropTheCall() {
        int before = Sink.consumed();
        TimeMeter meter = meter(Duration.ZERO);
        meter.warmUp(workloads(10 * MICROS, 30 * MICROS), Budget.of(Duration.ofSeconds(1), machine.instruments()
                .wall()));
        meter.measure(0);
        assertEquals(before ^ returned, Sink.consumed(), "the xor of the identity hashes of all 1 + 1 + 10 results");
    }

    private TimeMeter meter(Duration warmUp) {
        Instruments instruments = machine.instruments();
        return new TimeMeter(instruments.threadCpu(), instruments.wall(), warmUp, Duration.ofNanos(100 * MICROS));
    }

    /** Workload i: a call of {@code cpu[i]} ns of CPU time, twice that of wall time, that returns a new object. */
    private List<Workload> workloads(long... cpu) {
        return List.of(workload(0, cpu[0]), workload(1, cpu[1]));
    }

    private Workload workload(int index, long cpu) {
        return new Workload("workload " + index, index, PROBLEM, problem -> {
            calls[index]++;
            machine.run(cpu, 2 * cpu, 0);
            Object result = new Object();
            returned ^= System.identityHashCode(result);
            return result;
        });
    }
}
