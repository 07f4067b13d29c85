package dev.bprop.conformance.internal.bounds.measure;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Time per call, on a clock of {@link Instruments}. After warming up every workload in turn, each is given a number
 * of calls per sample so that one sample lasts about {@code sampleTime}: long enough that the timer's resolution and a single scheduler tick do
 * not dominate a small network, short enough that the rounds stay interleaved. The budget is checked before every
 * warm-up call; a workload the budget left no time to warm up is sampled one call at a time.
 */
public final class TimeMeter implements Meter {
    private final LongSupplier clock;
    private final LongSupplier wall;
    private final Duration warmUp;
    private final long sampleNanos;
    private List<Workload> workloads;
    private int[] callsPerSample;

    /**
     * @param clock what a sample is timed on
     * @param wall what the warm-up's duration is kept on
     */
    public TimeMeter(LongSupplier clock, LongSupplier wall, Duration warmUp, Duration sampleTime) {
        this.clock = clock;
        this.wall = wall;
        this.warmUp = warmUp;
        this.sampleNanos = sampleTime.toNanos();
    }

    @Override
    public void warmUp(List<Workload> toMeasure, Budget budget) {
        workloads = List.copyOf(toMeasure);
        long[] lastCall = new long[workloads.size()];
        Budget warmingUp = Budget.of(warmUp, wall);
        do {
            for (int i = 0; i < workloads.size() && !budget.exhausted(); i++) {
                lastCall[i] = time(workloads.get(i), 1);
            }
        } while (!warmingUp.exhausted() && !budget.exhausted());
        callsPerSample = new int[workloads.size()];
        for (int i = 0; i < workloads.size(); i++) {
            callsPerSample[i] = lastCall[i] == 0 ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                    sampleNanos / lastCall[i]));
        }
    }

    @Override
    public double measure(int index) {
        return (double) time(workloads.get(index), callsPerSample[index]) / callsPerSample[index];
    }

    @Override
    public String unit() {
        return "ns";
    }

    private long time(Workload workload, int calls) {
        long start = clock.getAsLong();
        for (int c = 0; c < calls; c++) {
            Sink.consume(workload.call().run(workload.problem()));
        }
        return Math.max(1, clock.getAsLong() - start);
    }
}
