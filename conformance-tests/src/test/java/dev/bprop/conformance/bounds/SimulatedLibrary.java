package dev.bprop.conformance.bounds;

import dev.bprop.conformance.internal.bounds.measure.SimulatedMachine;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * A library on a {@link SimulatedMachine}: its gradient and its forward pass cost what a test scripts as functions
 * of the problem (CPU and wall nanoseconds, heap bytes), and compute nothing. Every hook of
 * {@link RuntimeBoundsImplementation} is scripted too.
 */
final class SimulatedLibrary implements RuntimeBoundsImplementation {
    private final SimulatedMachine machine;
    private final ToLongFunction<Problem> gradientCpu;
    private ToLongFunction<Problem> gradientWall;
    private ToLongFunction<Problem> gradientBytes = problem -> 0;
    private Optional<ToLongFunction<Problem>> forwardCpu = Optional.empty();
    private boolean worksOnCallingThread = true;
    private Set<Activation> activations = EnumSet.allOf(Activation.class);
    private Set<Loss> losses = EnumSet.allOf(Loss.class);

    /** A gradient of {@code cpu} nanoseconds, on the wall clock too, that allocates nothing; no forward pass. */
    SimulatedLibrary(SimulatedMachine machine, ToLongFunction<Problem> cpu) {
        this.machine = machine;
        this.gradientCpu = cpu;
        this.gradientWall = cpu;
    }

    SimulatedLibrary allocating(ToLongFunction<Problem> bytes) {
        gradientBytes = bytes;
        return this;
    }

    SimulatedLibrary withForwardPass(ToLongFunction<Problem> cpu) {
        forwardCpu = Optional.of(cpu);
        return this;
    }

    /** Off the calling thread: the gradient lasts {@code wall} nanoseconds on the wall clock. */
    SimulatedLibrary offTheCallingThread(ToLongFunction<Problem> wall) {
        worksOnCallingThread = false;
        gradientWall = wall;
        return this;
    }

    /** On the calling thread, but waiting: the gradient lasts {@code wall} nanoseconds on the wall clock. */
    SimulatedLibrary waiting(ToLongFunction<Problem> wall) {
        gradientWall = wall;
        return this;
    }

    SimulatedLibrary supporting(Set<Activation> supportedActivations, Set<Loss> supportedLosses) {
        activations = supportedActivations;
        losses = supportedLosses;
        return this;
    }

    @Override
    public Result gradient(Problem problem) {
        machine.run(gradientCpu.applyAsLong(problem), gradientWall.applyAsLong(problem),
                gradientBytes.applyAsLong(problem));
        return null;
    }

    @Override
    public Optional<ForwardOnly> forwardOnly() {
        return forwardCpu.map(cpu -> problem -> {
            machine.run(cpu.applyAsLong(problem), cpu.applyAsLong(problem), 0);
            return 0;
        });
    }

    @Override
    public boolean worksOnCallingThread() {
        return worksOnCallingThread;
    }

    @Override
    public Set<Activation> activations() {
        return activations;
    }

    @Override
    public Set<Loss> losses() {
        return losses;
    }

    /** w, the problem's weights and biases. */
    static long w(Problem problem) {
        return problem.parameterCount();
    }

    /** m, the problem's batch size. */
    static long m(Problem problem) {
        return problem.batchSize();
    }

    /** L, the problem's depth. */
    static long depth(Problem problem) {
        return problem.depth();
    }

    /** h + n_0 + n_L of a network of the scaling family, (L + 1)·n. */
    static long units(Problem problem) {
        return (long) (problem.depth() + 1) * problem.width(0);
    }
}
