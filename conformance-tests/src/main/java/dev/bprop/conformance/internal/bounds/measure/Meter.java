package dev.bprop.conformance.internal.bounds.measure;

import java.util.List;

/** Measures one workload at a time: the time of a call, or the heap it allocates. */
public interface Meter {
    /** Runs the workloads until the JIT has compiled them, and calibrates, within the budget. */
    void warmUp(List<Workload> workloads, Budget budget);

    /** One measurement of workload {@code index} of those warmed up; positive. */
    double measure(int index);

    /** The unit of a measurement, for reports. */
    String unit();
}
