package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch loop that shares a static scratch buffer between all instances: alone it is right, but while another call
 * is in flight the two overwrite each other's partial sums, and the last example's contribution is lost. Such a race
 * shows only when calls overlap, which the kit's single-threaded calls on small problems never make happen; the
 * overlap is detected here rather than left to chance, so that the test is deterministic.
 */
final class SharedScratchAcrossThreads extends Textbook {
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private boolean overlapped;

    @Override
    public Result gradient(Problem problem) {
        overlapped = IN_FLIGHT.incrementAndGet() > 1;
        try {
            Result result = super.gradient(problem);
            overlapped |= IN_FLIGHT.get() > 1;
            return overlapped ? new LastExampleDropped().gradient(problem) : result;
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }
}
