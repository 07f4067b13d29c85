package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.MlpCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * KIT-CAPABILITY by position: which problems an adapter's declarations rule out, with which reason, and that the
 * plan draws its free choices (depth, hidden and output activations) within them.
 */
class MlpCapabilitiesTest {
    /** Softmax and sigmoid only on the output layer, relu and tanh only hidden, 2 or 3 layers, no softmax–mse. */
    static final class Positional {
        static MlpImplementation adapter() {
            return new MlpImplementation() {
                @Override
                public dev.bprop.spec.mlp.Result gradient(Problem problem) {
                    throw new AssertionError("never called here");
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
            };
        }
    }

    /** Made in each test: under mutation testing a static field, initialised before the mutant, would not see it. */
    private static MlpCapabilities positional() {
        return MlpCapabilities.of(Positional.adapter());
    }

    /** A network of one-unit layers with {@code activations}, one example: only its shape matters here. */
    private static Problem network(Loss loss, Activation... activations) {
        List<Layer> layers = new ArrayList<>();
        for (Activation a : activations) {
            layers.add(new Layer(a, new double[][] {{0.5}}, new double[] {0.25}));
        }
        double[][] targets = {{loss == Loss.MSE ? 0.5 : 1}};
        return new Problem(null, layers, loss, new double[][] {{1}}, targets);
    }

    @Test
    void KIT_CAPABILITY_aHiddenLayerWithAnOutputOnlyActivationIsRuledOutNamingTheLayer() {
        assertEquals(Optional.of("the implementation does not declare the activation sigmoid on a hidden layer "
                + "(layer 1)"), positional().unsupported(network(Loss.MSE, Activation.SIGMOID, Activation.IDENTITY)));
    }

    @Test
    void KIT_CAPABILITY_anOutputLayerWithAHiddenOnlyActivationIsRuledOut() {
        assertEquals(Optional.of("the implementation does not declare the activation tanh on the output layer"),
                positional().unsupported(network(Loss.MSE, Activation.RELU, Activation.TANH)));
    }

    @Test
    void KIT_CAPABILITY_depthsOutsideTheDeclaredRangeAreRuledOut() {
        assertEquals(Optional.of("the implementation declares depths 2 to 3, the problem has 1 layers"),
                positional().unsupported(network(Loss.MSE, Activation.IDENTITY)));
        assertEquals(Optional.of("the implementation declares depths 2 to 3, the problem has 4 layers"),
                positional().unsupported(network(Loss.MSE, Activation.TANH, Activation.TANH, Activation.TANH,
                        Activation.IDENTITY)));
    }

    @Test
    void KIT_CAPABILITY_anUnsupportedOutputLossPairIsRuledOutAndTheOthersPass() {
        assertEquals(Optional.of("the implementation does not combine the output activation softmax with the loss "
                + "mse"), positional().unsupported(network(Loss.MSE, Activation.TANH, Activation.SOFTMAX)));
        assertEquals(Optional.empty(), positional().unsupported(network(Loss.BINARY_CROSS_ENTROPY, Activation.RELU,
                Activation.SIGMOID)));
        assertEquals(Optional.empty(), positional().unsupported(network(Loss.MSE, Activation.RELU, Activation.TANH,
                Activation.IDENTITY)));
    }

    @Test
    void KIT_CAPABILITY_positionsStayWithinTheActivationsDeclaredAtAll() {
        MlpImplementation withoutRelu = new MlpImplementation() {
            @Override
            public dev.bprop.spec.mlp.Result gradient(Problem problem) {
                throw new AssertionError("never called here");
            }

            @Override
            public Set<Activation> activations() {
                return EnumSet.complementOf(EnumSet.of(Activation.RELU));
            }

            @Override
            public Set<Activation> hiddenActivations() {
                return EnumSet.of(Activation.RELU, Activation.TANH);
            }
        };
        assertEquals(Optional.of("the implementation does not declare the activation relu on a hidden layer "
                + "(layer 1)"), MlpCapabilities.of(withoutRelu).unsupported(network(Loss.MSE, Activation.RELU,
                Activation.IDENTITY)));
    }

    @Test
    void KIT_CAPABILITY_theDefaultsRuleOutNothing() {
        MlpCapabilities everything = MlpCapabilities.of(problem -> {
            throw new AssertionError("never called here");
        });
        for (Problem problem : List.of(network(Loss.MSE, Activation.SOFTMAX, Activation.SOFTMAX),
                network(Loss.CROSS_ENTROPY, Activation.SIGMOID, Activation.SOFTMAX),
                network(Loss.MSE, Activation.LEAKY_RELU))) {
            assertEquals(Optional.empty(), everything.unsupported(problem));
        }
    }

    /**
     * Where a clause leaves the depth, the hidden activations or the output activation of an mse network open, the
     * plan chooses within the capabilities: none of those cases is skipped. The cases whose clause itself needs
     * what is ruled out (a one-layer BP1 probe, relu on the output layer, softmax with mse) and the edge cases,
     * whose shapes are fixed, are the skipped ones.
     */
    @Test
    void KIT_CAPABILITY_thePlanChoosesItsFreeParametersWithinTheCapabilities() {
        List<MlpCase> cases = new ArrayList<>(MlpCasePlan.cases(7, positional()));
        cases.addAll(MlpCasePlan.contractCases(7, positional()));
        Set<String> open = Set.of("BP2", "BP3", "BP4", "BP-BATCH", "LOSS-MSE", "ACT-RELU", "ACT-TANH",
                "KIT-DETERMINISTIC", "FMT-RESULT");
        List<String> skippedOpen = cases.stream().filter(c -> open.contains(c.name().clause()))
                .filter(c -> !c.name().caseName().startsWith("edge-"))
                .filter(c -> positional().unsupported(c.problem()).isPresent())
                .map(c -> c.name() + ": " + positional().unsupported(c.problem()).get()).toList();
        assertEquals(List.of(), skippedOpen);
        assertTrue(cases.stream().anyMatch(c -> c.name().clause().equals("BP1-JACOBIAN")
                && positional().unsupported(c.problem()).orElse("").contains("softmax with the loss mse")));
    }

    @Test
    void KIT_CAPABILITY_theUnsupportedPairsAreReadFromTheAdapter() {
        assertEquals(Set.of(new MlpCapabilities.OutputPair(Activation.SOFTMAX, Loss.MSE)),
                positional().unsupportedOutputs());
        assertEquals(Set.of(), Profiles.all().unsupportedOutputs());
    }

    /** The element-wise activations (softmax is not one) at each position, in the order of the spec's list. */
    @Test
    void KIT_CAPABILITY_theElementwiseActivationsAtEachPosition() {
        assertEquals(List.of(Activation.TANH, Activation.RELU), positional().hiddenElementwise());
        assertEquals(List.of(Activation.IDENTITY, Activation.SIGMOID), positional().elementwiseOutputs(Loss.MSE));
        assertEquals(List.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.HARDTANH,
                Activation.RELU, Activation.LEAKY_RELU), Profiles.all().hiddenElementwise());
        assertEquals(List.of(), Profiles.softmaxOutputOnly().elementwiseOutputs(Loss.MSE));
    }

    /** An adapter that cannot combine sigmoid with mse: sigmoid is an mse output no more, a bce one still. */
    @Test
    void KIT_CAPABILITY_anOutputIsOfferedOnlyWithTheLossesItCombinesWith() {
        MlpCapabilities capabilities = MlpCapabilities.of(new MlpImplementation() {
            @Override
            public dev.bprop.spec.mlp.Result gradient(Problem problem) {
                throw new AssertionError("never called here");
            }

            @Override
            public boolean supportsOutput(Activation output, Loss loss) {
                return !(output == Activation.SIGMOID && loss == Loss.MSE);
            }
        });
        assertEquals(List.of(Activation.IDENTITY, Activation.TANH, Activation.HARDTANH, Activation.RELU,
                Activation.LEAKY_RELU), capabilities.elementwiseOutputs(Loss.MSE));
        assertTrue(capabilities.elementwiseOutputs(Loss.BINARY_CROSS_ENTROPY).contains(Activation.SIGMOID));
        assertTrue(capabilities.supports(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY));
        assertFalse(capabilities.supports(Activation.SIGMOID, Loss.MSE));
    }

    /** supports: the output declared, the loss declared, and the pair combined; each alone rules it out. */
    @Test
    void KIT_CAPABILITY_anOutputAndLossAreSupportedOnlyIfAllThreeHold() {
        MlpCapabilities softmaxOnly = Profiles.softmaxOutputOnly();
        assertTrue(softmaxOnly.supports(Activation.SOFTMAX, Loss.CROSS_ENTROPY));
        assertFalse(softmaxOnly.supports(Activation.SIGMOID, Loss.CROSS_ENTROPY));
        assertFalse(softmaxOnly.supports(Activation.SOFTMAX, Loss.BINARY_CROSS_ENTROPY));
        assertFalse(softmaxOnly.supports(Activation.SOFTMAX, Loss.MSE));
    }

    @Test
    void KIT_CAPABILITY_aLossNotDeclaredIsRuledOutFirst() {
        assertEquals(Optional.of("the implementation does not declare the loss binary_cross_entropy"),
                Profiles.softmaxOutputOnly().unsupported(network(Loss.BINARY_CROSS_ENTROPY, Activation.SIGMOID)));
    }

    @Test
    void KIT_CAPABILITY_theDeclaredDepthsAreInclusive() {
        MlpCapabilities twoOrThree = positional();
        assertEquals(List.of(false, true, true, false), List.of(twoOrThree.supportsDepth(1),
                twoOrThree.supportsDepth(2), twoOrThree.supportsDepth(3), twoOrThree.supportsDepth(4)));
    }

    /** KIT-PRECISION: the margin off the kinks is 10⁻⁶ in float64, 10⁻² in float32. */
    @Test
    void KIT_PRECISION_theKinkMarginWidensWithCoarserRounding() {
        assertEquals(1e-6, Profiles.all().kinkMargin());
        assertEquals(1e-2, Profiles.allInFloat32().kinkMargin());
    }
}
