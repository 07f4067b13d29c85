package dev.bprop.conformance.internal.bounds.measure;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Heap bytes allocated by one call on the calling thread, read from the per-thread allocation counter of
 * {@link Instruments#threadAllocatedBytes()}: the difference of its readings after and before the call, at least one
 * byte. A few warm-up calls first let the JIT settle what it allocates.
 */
public final class AllocationMeter implements Meter {
    private static final int WARM_UP_CALLS = 3;

    private final LongSupplier allocatedBytes;
    private List<Workload> workloads;

    /** @param allocatedBytes the bytes the calling thread has allocated so far */
    public AllocationMeter(LongSupplier allocatedBytes) {
        this.allocatedBytes = allocatedBytes;
    }

    @Override
    public void warmUp(List<Workload> toMeasure, Budget budget) {
        workloads = List.copyOf(toMeasure);
        for (int call = 0; call < WARM_UP_CALLS; call++) {
            for (Workload workload : workloads) {
                if (budget.exhausted()) {
                    return;
                }
                Sink.consume(workload.call().run(workload.problem()));
            }
        }
    }

    @Override
    public double measure(int index) {
        Workload workload = workloads.get(index);
        long before = allocatedBytes.getAsLong();
        Object result = workload.call().run(workload.problem());
        long allocated = allocatedBytes.getAsLong() - before;
        Sink.consume(result);
        return Math.max(1, allocated);
    }

    @Override
    public String unit() {
        return "bytes";
    }
}
