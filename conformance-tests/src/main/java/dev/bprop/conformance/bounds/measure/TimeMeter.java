package dev.bprop.conformance.bounds.measure;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Time per call, on a clock of {@link Clocks}. After warming up every workload in turn, each is given a number of calls per sample so that
 * one sample lasts about {@code sampleTime}: long enough that the timer's resolution and a single scheduler tick do
 * not dominate a small network, short enough that the rounds stay interleaved. The budget is checked before every
 * warm-up call; a workload the budget left no time to warm up is sampled one call at a time.
 */
public final class TimeMeter implements Meter {
    private final LongSupplier clock;
    private final long warmUpNanos;
    private final long sampleNanos;
    private List<Workload> workloads;
    private int[] callsPerSample;

    public TimeMeter(LongSupplier clock, Duration warmUp, Duration sampleTime) {
        this.clock = clock;
        this.warmUpNanos = warmUp.toNanos();
        this.sampleNanos = sampleTime.toNanos();
    }

    @Override
    public void warmUp(List<Workload> toMeasure, Budget budget) {
        workloads = List.copyOf(toMeasure);
        long[] lastCall = new long[workloads.size()];
        long end = System.nanoTime() + warmUpNanos;
        do {
            for (int i = 0; i < workloads.size() && !budget.exhausted(); i++) {
                lastCall[i] = time(workloads.get(i), 1);
            }
        } while (System.nanoTime() - end < 0 && !budget.exhausted());
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
