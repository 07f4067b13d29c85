package dev.bprop.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.generate.MlpCapabilities;
import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.conformance.launch.SuiteRun;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.UnsupportedProblemException;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * KIT-CAPABILITY through the launcher, as an adopter's build runs the suites: a case outside what the adapter
 * declares, or one the adapter refuses by throwing {@link UnsupportedProblemException} or JUnit's
 * {@code TestAbortedException}, is skipped with the reason; it is never failed and never passed. The adapters are
 * the reference (which conforms) with one restriction each, so every skip is the restriction's.
 */
class KitCapabilityTest {
    /** Problems the positional adapter was handed although its declarations rule them out. */
    static final List<String> POSED_OUTSIDE = new CopyOnWriteArrayList<>();

    /** The reference, declaring: softmax and sigmoid only on the output, relu and tanh only hidden, depth 2–3. */
    static final class PositionalReference implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            MlpCapabilities.of(this).unsupported(problem).ifPresent(reason -> {
                POSED_OUTSIDE.add(reason);
                throw new IllegalStateException("posed outside the declared capabilities: " + reason);
            });
            return new ReferenceMlpImplementation().gradient(problem);
        }

        @Override
        public Set<Activation> outputActivations() {
            return EnumSet.of(Activation.SOFTMAX, Activation.SIGMOID, Activation.IDENTITY);
        }

        @Override
        public Set<Activation> hiddenActivations() {
            return EnumSet.of(Activation.RELU, Activation.TANH);
        }

        @Override
        public int minDepth() {
            return 2;
        }

        @Override
        public int maxDepth() {
            return 3;
        }

        @Override
        public boolean supportsOutput(Activation output, Loss loss) {
            return !(output == Activation.SOFTMAX && loss == Loss.MSE);
        }
    }

    public static final class PositionalSuite extends MlpConformanceSuite {
        @Override
        protected MlpImplementation implementation() {
            return new PositionalReference();
        }
    }

    /** The reference, refusing batches of more than 4 examples with the kit's exception. */
    public static final class RefusingSuite extends MlpConformanceSuite {
        @Override
        protected MlpImplementation implementation() {
            return problem -> {
                if (problem.batchSize() > 4) {
                    throw new UnsupportedProblemException("batches of more than 4 examples");
                }
                return new ReferenceMlpImplementation().gradient(problem);
            };
        }
    }

    /** The reference, refusing networks of more than 2 layers with a JUnit assumption. */
    public static final class AssumingSuite extends MlpConformanceSuite {
        @Override
        protected MlpImplementation implementation() {
            return problem -> {
                Assumptions.assumeTrue(problem.depth() <= 2, "networks of more than 2 layers");
                return new ReferenceMlpImplementation().gradient(problem);
            };
        }
    }

    /** The reference graph implementation, refusing graphs of more than 12 nodes with the kit's exception. */
    public static final class RefusingGraphSuite extends GraphConformanceSuite {
        @Override
        protected GraphImplementation implementation() {
            return new GraphImplementation() {
                @Override
                public GraphResult gradient(Graph graph) {
                    if (graph.nodes().size() > 12) {
                        throw new UnsupportedProblemException("graphs of more than 12 nodes");
                    }
                    return new ReferenceGraphImplementation().gradient(graph);
                }
            };
        }
    }

    @Test
    void KIT_CAPABILITY_positionalCapabilitiesSkipWhatIsRuledOutAndPoseNothingOutsideThem() {
        POSED_OUTSIDE.clear();
        List<Outcome> outcomes = SuiteRun.run(List.of(PositionalSuite.class));
        assertEquals(List.of(), POSED_OUTSIDE, "problems posed outside the declared capabilities");
        assertEquals(List.of(), with(outcomes, Status.FAILED));
        List<Outcome> skipped = with(outcomes, Status.SKIPPED);
        assertTrue(skipped.stream().anyMatch(o -> o.message().contains("on a hidden layer")), skipped::toString);
        assertTrue(skipped.stream().anyMatch(o -> o.message().contains("declares depths 2 to 3")), skipped::toString);
        assertTrue(skipped.stream().anyMatch(o -> o.message().contains("does not combine the output activation "
                + "softmax with the loss mse")), skipped::toString);
        for (String clause : List.of("KIT-DETERMINISTIC", "FMT-RESULT", "BP2", "BP-BATCH")) {
            assertTrue(outcomes.stream().anyMatch(o -> o.name().clause().equals(clause)
                    && o.status() == Status.PASSED), () -> "no " + clause + " case passed");
        }
    }

    @Test
    void KIT_CAPABILITY_anUnsupportedProblemExceptionSkipsTheCaseWithTheAdaptersReason() {
        assertRefusalsSkipped(SuiteRun.run(List.of(RefusingSuite.class)), "batches of more than 4 examples");
    }

    @Test
    void KIT_CAPABILITY_aTestAbortedExceptionFromTheAdapterSkipsTheCaseWithItsReason() {
        assertRefusalsSkipped(SuiteRun.run(List.of(AssumingSuite.class)), "networks of more than 2 layers");
    }

    @Test
    void KIT_CAPABILITY_anUnsupportedGraphIsSkippedWithTheAdaptersReason() {
        assertRefusalsSkipped(SuiteRun.run(List.of(RefusingGraphSuite.class)), "graphs of more than 12 nodes");
    }

    private static void assertRefusalsSkipped(List<Outcome> outcomes, String reason) {
        assertEquals(List.of(), with(outcomes, Status.FAILED));
        List<Outcome> skipped = with(outcomes, Status.SKIPPED);
        assertFalse(skipped.isEmpty(), "nothing was refused");
        assertTrue(skipped.stream().allMatch(o -> o.message().contains(reason)), skipped::toString);
        assertFalse(with(outcomes, Status.PASSED).isEmpty(), "nothing passed");
    }

    private static List<Outcome> with(List<Outcome> outcomes, Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }
}
