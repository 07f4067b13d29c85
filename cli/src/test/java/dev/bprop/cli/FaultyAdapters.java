package dev.bprop.cli;

import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Adapters that misbehave the ways real ones do, for {@code bprop conform}'s fault handling (FMT-CLI). Each is the
 * reference except on the one problem it breaks on: the generated BP4 case named {@value #TRIGGER} (one of the five
 * cases of clause BP4), so that a test can see the other four cases pass.
 */
final class FaultyAdapters {
    static final String TRIGGER = "edge-zero-weights";

    private FaultyAdapters() {
    }

    private static boolean trigger(Problem problem) {
        return problem.id().orElse("").equals(TRIGGER);
    }

    private static Result reference(Problem problem) {
        return new ReferenceMlpImplementation().gradient(problem);
    }

    /** Never answers on the trigger: an infinite loop that ignores interruption. */
    public static final class Hanging implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            while (trigger(problem)) {
                Thread.onSpinWait();
            }
            return reference(problem);
        }
    }

    /** Ends the JVM with status 3 on the trigger. */
    public static final class Exiting implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            if (trigger(problem)) {
                System.exit(3);
            }
            return reference(problem);
        }
    }

    /** Fills the heap on the trigger. */
    public static final class Hoarding implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            if (trigger(problem)) {
                List<long[]> hoard = new ArrayList<>();
                while (hoard.size() >= 0) {
                    hoard.add(new long[1 << 20]);
                }
            }
            return reference(problem);
        }
    }

    /** Recurses without end on the trigger. */
    public static final class Recursing implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            return trigger(problem) ? depth(problem, 0) : reference(problem);
        }

        private static Result depth(Problem problem, int level) {
            return level < 0 ? null : depth(problem, level + 1);
        }
    }

    /** Right, but takes a second for every call. */
    public static final class Slow implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reference(problem);
        }
    }

    /** Answers null to every problem. */
    public static final class NullResult implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            return null;
        }
    }

    /** The reference's result with its list of gradients set to null behind the constructor's back. */
    public static final class NullGradients implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            Result result = reference(problem);
            try {
                var gradients = Result.class.getDeclaredField("gradients");
                gradients.setAccessible(true);
                gradients.set(result, null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return result;
        }
    }

    /**
     * Wrong signs on the first problem a JVM asks it (the case), and on every later one (the shrinker's smaller
     * problems), after 200 ms of "allocating", an {@link OutOfMemoryError} wrapped in a {@link RuntimeException},
     * as libraries that wrap native failures throw it.
     */
    public static final class WrappedOutOfMemory implements MlpImplementation {
        private static int calls;

        @Override
        public synchronized Result gradient(Problem problem) {
            if (calls++ == 0) {
                return new ConformCommandTest.SignFlipped().gradient(problem);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("native allocation failed", new OutOfMemoryError("Java heap space"));
        }
    }

    /** Cannot say what it supports: asking its activations fails, as a library's lookup of its operators does. */
    public static final class NoCapabilities implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            return reference(problem);
        }

        @Override
        public java.util.Set<dev.bprop.spec.mlp.Activation> activations() {
            throw new UnsupportedOperationException("operator registry not initialised");
        }
    }

    /** Right, but never says its precision: the kit asks it in every graph case, outside the adapter call. */
    public static final class SpinningPrecision implements dev.bprop.conformance.spi.GraphImplementation {
        @Override
        public dev.bprop.spec.graph.GraphResult gradient(dev.bprop.spec.graph.Graph graph) {
            return new dev.bprop.conformance.reference.ReferenceGraphImplementation().gradient(graph);
        }

        @Override
        public dev.bprop.conformance.spi.Precision precision() {
            while (true) {
                Thread.onSpinWait();
            }
        }
    }

    /** Never says what it supports: the suites hang before their first case. */
    public static final class SpinningCapabilities implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            return reference(problem);
        }

        @Override
        public java.util.Set<dev.bprop.spec.mlp.Activation> activations() {
            while (true) {
                Thread.onSpinWait();
            }
        }
    }

    /** Works only when the system property {@code mylib.backend} is {@code cpu}, as libraries choose engines. */
    public static final class NeedsProperty implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            if (!"cpu".equals(System.getProperty("mylib.backend"))) {
                throw new IllegalStateException("no backend: set mylib.backend");
            }
            return reference(problem);
        }
    }

    /** A constructor that fails, as one does when a native library will not load. */
    public static final class Unconstructible implements MlpImplementation {
        public Unconstructible() {
            throw new IllegalStateException("no CUDA device");
        }

        @Override
        public Result gradient(Problem problem) {
            return reference(problem);
        }
    }
}
