package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.MlpCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.problem.PreActivations;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generated cases reach where bugs hide: the sizes, depths and sequences the issue names, by construction. */
class HidingPlacesTest {
    /**
     * The capabilities of an adapter that declares nothing, so claims everything (made in each test, not once in a
     * static field: under mutation testing a class initialised before the mutant would not see it).
     */
    static MlpCapabilities all() {
        return MlpCapabilities.of(problem -> null);
    }

    private static Map<String, Problem> byLabel(List<MlpCase> cases) {
        return cases.stream().collect(Collectors.toMap(c -> c.name().caseName().replaceAll("_seed=.*", ""),
                MlpCase::problem));
    }

    @Test
    void BP4_BP_BATCH_BP2_widthsBatchesAndDepthsBeyondTheOrdinaryCases() {
        Map<String, Problem> cases = byLabel(HidingPlaces.cases(20261122L, all()));
        for (int width : new int[] {65, 97, 130}) {
            assertEquals(width, cases.get("edge-width-" + width).width(1));
        }
        for (int batch : new int[] {33, 64, 70}) {
            assertEquals(batch, cases.get("edge-batch-" + batch).batchSize());
        }
        assertEquals(8, cases.get("edge-depth-8").depth());
        assertEquals(10, cases.get("edge-depth-10").depth());
    }

    @Test
    void BP2_saturatedAndOrdinaryExamplesAlternateInOneBatch() {
        Problem problem = byLabel(HidingPlaces.cases(20261122L, all())).get("edge-saturated-sequence");
        PreActivations z = PreActivations.of(problem);
        List<Boolean> saturated = IntStream.range(0, problem.batchSize()).mapToObj(e -> IntStream
                .range(0, problem.width(1)).anyMatch(j -> Math.abs(z.z(1, e, j)) > 100)).toList();
        assertEquals(List.of(false, true, false, true, true, false), saturated);
    }

    @Test
    void KIT_DETERMINISTIC_theConcurrentCaseHasAtLeastTenToTheFiveWeights() {
        Problem problem = HidingPlaces.contractCases(20261122L, all()).get(0).problem();
        long weights = 0;
        for (int l = 1; l <= problem.depth(); l++) {
            weights += (long) problem.width(l) * problem.width(l - 1);
        }
        assertTrue(weights >= 100_000, "weights: " + weights);
    }

    /** The saturating sequence takes tanh or sigmoid, whichever is declared hidden, and is left out without either. */
    @Test
    void BP2_theSaturatedSequenceTakesASaturatingActivationTheImplementationDeclares() {
        MlpCapabilities sigmoidHidden = Profiles.declaring(null, EnumSet.of(Activation.SIGMOID, Activation.RELU),
                null, 1, Integer.MAX_VALUE, dev.bprop.conformance.spi.Precision.FLOAT64, true);
        assertEquals(Activation.SIGMOID, byLabel(HidingPlaces.cases(3L, sigmoidHidden)).get("edge-saturated-sequence")
                .layer(1).activation());
        MlpCapabilities tanhHidden = Profiles.declaring(null, EnumSet.of(Activation.TANH, Activation.RELU), null, 1,
                Integer.MAX_VALUE, dev.bprop.conformance.spi.Precision.FLOAT64, true);
        assertEquals(Activation.TANH, byLabel(HidingPlaces.cases(3L, tanhHidden)).get("edge-saturated-sequence")
                .layer(1).activation());
        MlpCapabilities reluHidden = Profiles.declaring(null, EnumSet.of(Activation.RELU, Activation.HARDTANH), null, 1,
                Integer.MAX_VALUE, dev.bprop.conformance.spi.Precision.FLOAT64, true);
        assertEquals(Set.of("edge-width-65", "edge-width-97", "edge-width-130", "edge-batch-33", "edge-batch-64",
                "edge-batch-70", "edge-depth-8", "edge-depth-10"), byLabel(HidingPlaces.cases(3L, reluHidden)).keySet());
    }

    /** Declared nothing element-wise for hidden layers: they are tanh, and the case is skipped when run. */
    @Test
    void KIT_CAPABILITY_withoutADeclaredHiddenActivationTheHiddenLayersAreTanh() {
        MlpCapabilities softmaxHidden = Profiles.declaring(null, EnumSet.of(Activation.SOFTMAX), null, 1,
                Integer.MAX_VALUE, dev.bprop.conformance.spi.Precision.FLOAT64, true);
        Problem deep = byLabel(HidingPlaces.cases(3L, softmaxHidden)).get("edge-depth-8");
        for (int l = 1; l < deep.depth(); l++) {
            assertEquals(Activation.TANH, deep.layer(l).activation());
        }
    }
}
