package dev.bprop.conformance.bounds;

import dev.bprop.conformance.internal.bounds.measure.Instruments;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What an adapter declares through the hooks of {@link RuntimeBoundsImplementation}, with that interface's defaults
 * for a plain {@link MlpImplementation}, and which clauses it therefore skips.
 */
final class Capabilities {
    private Capabilities() {
    }

    static Optional<ForwardOnly> forwardOnly(MlpImplementation implementation) {
        return implementation instanceof RuntimeBoundsImplementation hooks ? hooks.forwardOnly() : Optional.empty();
    }

    static boolean worksOnCallingThread(MlpImplementation implementation) {
        return !(implementation instanceof RuntimeBoundsImplementation hooks) || hooks.worksOnCallingThread();
    }

    /** The calling thread's CPU time for a library that works there, else the wall clock. */
    static LongSupplier clock(MlpImplementation implementation, Instruments instruments) {
        return worksOnCallingThread(implementation) ? instruments.threadCpu() : instruments.wall();
    }

    /** Why {@code bound} cannot be measured for {@code implementation} with {@code instruments}, if it cannot. */
    static Optional<String> unsupported(Bound bound, MlpImplementation implementation, Instruments instruments) {
        if (!implementation.activations().containsAll(List.of(Activation.TANH, Activation.IDENTITY))
                || !implementation.losses().contains(Loss.MSE)) {
            return Optional.of("the bounds networks need tanh, identity and mse, which the adapter does not declare");
        }
        return switch (bound) {
            case RATIO -> forwardOnly(implementation).isPresent() ? Optional.empty()
                    : Optional.of("the adapter has no forward pass alone to compare the gradient with: implement "
                            + "RuntimeBoundsImplementation.forwardOnly()");
            case MEMORY_WEIGHTS, MEMORY_EXAMPLES -> memory(implementation, instruments);
            default -> Optional.empty();
        };
    }

    private static Optional<String> memory(MlpImplementation implementation, Instruments instruments) {
        if (!worksOnCallingThread(implementation)) {
            return Optional.of("the adapter declares that the library works outside the calling thread's Java "
                    + "heap (RuntimeBoundsImplementation.worksOnCallingThread() is false)");
        }
        return instruments.threadAllocatedBytes().isPresent() ? Optional.empty()
                : Optional.of("this JVM cannot count the bytes a thread allocates");
    }
}
