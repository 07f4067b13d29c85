package dev.bprop.conformance.bounds;

import dev.bprop.conformance.spi.MlpImplementation;
import java.util.Optional;

/**
 * The capability hooks of the runtime-bounds profile, for an adapter that already implements
 * {@link MlpImplementation}. Implementing this interface is optional: a plain {@code MlpImplementation} is measured
 * with the defaults below.
 */
public interface RuntimeBoundsImplementation extends MlpImplementation {
    /**
     * The library's forward pass alone, which the gradient's time is compared with (clause BOUND-RATIO, the
     * cheap-gradient principle). Empty by default: the ratio clause is then skipped with the reason.
     */
    default Optional<ForwardOnly> forwardOnly() {
        return Optional.empty();
    }

    /**
     * Whether {@link #gradient} does all its work on the calling thread and its Java heap. Then time is measured as
     * the calling thread's CPU time, which load on a shared machine cannot inflate, and allocation by the JVM's
     * per-thread counter. A library that computes on threads of its own, in native memory or on a GPU returns false:
     * time is then measured on the wall clock, and the allocation clauses (BOUND-MEMORY) are skipped with the reason.
     */
    default boolean worksOnCallingThread() {
        return true;
    }
}
