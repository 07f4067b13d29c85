package dev.bprop.cli.grade;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/** Java submissions for the separate-JVM path of {@code bprop grade}: one correct, one with a mistake, one that
 * crashes, one that hangs. */
public final class StudentAdapters {
    private StudentAdapters() {
    }

    /** The correct student backpropagation behind the kit's adapter interface. */
    public static final class Correct implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            return new StudentBackprop(problem, StudentBackprop.Mistake.NONE).result();
        }
    }

    /** σ'(a) for σ'(z): every gradient wrong, on any network with sigmoid units. */
    public static final class SigmaPrimeOfA implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            return new StudentBackprop(problem, StudentBackprop.Mistake.SIGMA_PRIME_OF_A).result();
        }
    }

    /** Takes its JVM down on the first problem, as a native crash or a stray System.exit would. */
    public static final class Crashes implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            System.err.println("student code: giving up");
            Runtime.getRuntime().halt(3);
            return null;
        }
    }

    /** Never returns (asleep, so that it costs the grader wall time and no processor). */
    public static final class Hangs implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
