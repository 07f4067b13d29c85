package dev.bprop.conformance.bounds.measure;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Heap bytes allocated by one call on the calling thread, read from HotSpot's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}). The counter is exact and does not
 * depend on the load of the machine; a few warm-up calls first let the JIT settle what it allocates.
 */
public final class AllocationMeter implements Meter {
    private static final int WARM_UP_CALLS = 3;

    private final com.sun.management.ThreadMXBean threads;
    private List<Workload> workloads;

    private AllocationMeter(com.sun.management.ThreadMXBean threads) {
        this.threads = threads;
    }

    /** The meter, or why this JVM cannot count allocations. */
    public static Optional<AllocationMeter> create() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return Optional.of(new AllocationMeter(bean));
        }
        return Optional.empty();
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
        long before = threads.getCurrentThreadAllocatedBytes();
        Object result = workload.call().run(workload.problem());
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        Sink.consume(result);
        return Math.max(1, allocated);
    }

    @Override
    public String unit() {
        return "bytes";
    }
}
