package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.MlpCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.problem.Kinks;
import dev.bprop.conformance.internal.problem.PreActivations;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The generated MLP cases, clause by clause (the plan of MlpCasePlan's Javadoc): how many each clause gets, the shapes
 * its clause asks for, and free choices within the capabilities (KIT-CAPABILITY).
 */
class MlpCasePlanTest {
    private static String label(MlpCase c) {
        return c.name().clause() + " " + c.name().caseName().replaceAll("_seed=.*", "");
    }

    private static List<String> times(int count, String label) {
        return java.util.Collections.nCopies(count, label);
    }

    private static List<Activation> activations(Problem problem) {
        return problem.layers().stream().map(Layer::activation).toList();
    }

    private static List<MlpCase> withLabel(List<MlpCase> cases, String label) {
        return cases.stream().filter(c -> label(c).equals(label)).toList();
    }

    @Test
    void KIT_CAPABILITY_everyClauseGetsItsCases() {
        List<String> expected = new ArrayList<>();
        for (String last : List.of("identity", "sigmoid", "tanh", "hardtanh", "relu", "leaky_relu")) {
            expected.addAll(times(2, "BP1 " + last + "-mse"));
        }
        expected.addAll(times(3, "BP1-SOFTMAX-CE softmax-ce"));
        expected.addAll(times(3, "BP1-SIGMOID-BCE sigmoid-bce"));
        expected.addAll(times(3, "BP1-JACOBIAN softmax-mse"));
        expected.addAll(times(6, "BP2 mixed"));
        expected.addAll(times(2, "BP2 square"));
        expected.addAll(times(2, "BP3 mixed"));
        expected.addAll(times(2, "BP4 mixed"));
        expected.addAll(times(2, "BP4 square"));
        expected.addAll(times(3, "BP-BATCH mixed"));
        for (String hidden : List.of("IDENTITY identity", "SIGMOID sigmoid", "TANH tanh", "HARDTANH hardtanh",
                "RELU relu", "LEAKY-RELU leaky_relu")) {
            expected.addAll(times(2, "ACT-" + hidden + "-hidden"));
        }
        expected.addAll(times(2, "LOSS-MSE mixed"));
        expected.addAll(times(2, "LOSS-CE softmax"));
        expected.addAll(times(2, "LOSS-BCE sigmoid"));
        expected.addAll(List.of("BP2 edge-width-1", "BP-BATCH edge-batch-1", "ACT-RELU edge-dead-units",
                "ACT-SIGMOID edge-saturated", "ACT-TANH edge-saturated", "BP4 edge-zero-weights",
                "LOSS-STABLE edge-large-logits-ce", "LOSS-STABLE edge-large-logits-bce"));
        expected.addAll(List.of("BP4 edge-width-65", "BP4 edge-width-97", "BP4 edge-width-130",
                "BP-BATCH edge-batch-33", "BP-BATCH edge-batch-64", "BP-BATCH edge-batch-70", "BP2 edge-depth-8",
                "BP2 edge-depth-10", "BP2 edge-saturated-sequence"));
        assertEquals(expected, MlpCasePlan.cases(7, Profiles.all()).stream().map(MlpCasePlanTest::label).toList());
        List<String> contract = new ArrayList<>();
        contract.addAll(times(2, "KIT-DETERMINISTIC mixed"));
        contract.addAll(times(2, "FMT-RESULT mixed"));
        contract.addAll(List.of("KIT-FINITE large-logits", "KIT-FINITE saturated",
                "KIT-DETERMINISTIC large-concurrent"));
        assertEquals(contract, MlpCasePlan.contractCases(7, Profiles.all()).stream().map(MlpCasePlanTest::label)
                .toList());
    }

    /** The depths each clause asks for, the output layer and loss it names. */
    @Test
    void BP1_BP2_BP3_BP4_eachClauseGetsTheNetworksItNames() {
        List<MlpCase> cases = MlpCasePlan.cases(7, Profiles.all());
        for (MlpCase c : cases) {
            Problem p = c.problem();
            String label = label(c);
            int depth = p.depth();
            Activation last = p.layer(depth).activation();
            String at = c.name() + ": " + MlpCasePlan.describe(p);
            if (label.startsWith("BP1 ")) {
                assertEquals(1, depth, at);
                assertEquals(label.substring(4).replace("-mse", ""), last.fileName(), at);
            } else if (label.startsWith("BP2 mixed")) {
                assertTrue(depth >= 2 && depth <= 6, at);
            } else if (label.endsWith(" mixed") && !label.startsWith("LOSS")) {
                assertTrue(depth >= 1 && depth <= 3, at);
            } else if (label.endsWith("square")) {
                assertTrue(depth >= 2 && depth <= 4, at);
                assertTrue(p.width(0) >= 2 && p.width(0) <= 7, at);
                assertTrue(IntStream.rangeClosed(0, depth).allMatch(l -> p.width(l) == p.width(0)), at);
                assertTrue(p.batchSize() >= 2 && p.batchSize() <= 9, at);
                assertEquals(Activation.IDENTITY, last, at);
            } else if (label.endsWith("-hidden")) {
                assertTrue(depth >= 2 && depth <= 4, at);
                String hidden = label.substring(label.indexOf(' ') + 1).replace("-hidden", "");
                assertTrue(activations(p).subList(0, depth - 1).stream().allMatch(a -> a.fileName().equals(hidden)),
                        at);
                assertEquals(Activation.IDENTITY, last, at);
                assertEquals(Loss.MSE, p.loss(), at);
            }
            if (label.endsWith("softmax-ce") || label.equals("LOSS-CE softmax")) {
                assertEquals(List.of(Activation.SOFTMAX, Loss.CROSS_ENTROPY), List.of(last, p.loss()), at);
            }
            if (label.endsWith("sigmoid-bce") || label.equals("LOSS-BCE sigmoid")) {
                assertEquals(List.of(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY), List.of(last, p.loss()), at);
            }
            if (label.endsWith("softmax-mse")) {
                assertEquals(List.of(Activation.SOFTMAX, Loss.MSE), List.of(last, p.loss()), at);
            }
            if (label.equals("LOSS-MSE mixed")) {
                assertEquals(Loss.MSE, p.loss(), at);
                assertTrue(last != Activation.SOFTMAX, at);
            }
            if (last == Activation.SOFTMAX || p.loss() == Loss.CROSS_ENTROPY) {
                assertTrue(p.width(depth) >= 2, at);
            }
        }
    }

    /**
     * Widths 1–64 (up to 130 at a hiding place), batches 1–32 (up to 70), never an empty layer or batch (FMT-PROBLEM);
     * one problem of each kind read back from its file as it was written.
     */
    @Test
    void FMT_PROBLEM_everyGeneratedProblemIsValidAndOfTheStatedSizes() {
        List<MlpCase> cases = MlpCasePlan.cases(3, Profiles.all());
        for (MlpCase c : cases) {
            Problem p = c.problem();
            int most = c.name().caseName().startsWith("edge-") ? 130 : 64;
            assertTrue(IntStream.rangeClosed(0, p.depth()).allMatch(l -> p.width(l) >= 1 && p.width(l) <= most),
                    c.name() + ": " + MlpCasePlan.describe(p));
            assertTrue(p.batchSize() >= 1 && p.batchSize() <= (most == 64 ? 32 : 70), c.name().toString());
        }
        for (String label : List.of("BP2 mixed", "BP2 square", "BP1-SOFTMAX-CE softmax-ce", "BP2 edge-width-1")) {
            Problem p = withLabel(cases, label).get(0).problem();
            assertEquals(p, BpropJson.parseProblem(BpropJson.write(p)), label);
        }
    }

    /** Over the plan's mixed cases the free choices vary: several losses, several hidden activations. */
    @Test
    void KIT_CAPABILITY_theFreeChoicesVary() {
        List<MlpCase> mixed = MlpCasePlan.cases(7, Profiles.all()).stream().filter(c -> label(c).endsWith(" mixed")
                && !label(c).startsWith("LOSS-MSE")).toList();
        Set<Loss> losses = mixed.stream().map(c -> c.problem().loss()).collect(Collectors.toSet());
        Set<Activation> hidden = new HashSet<>();
        mixed.forEach(c -> hidden.addAll(activations(c.problem()).subList(0, c.problem().depth() - 1)));
        assertEquals(3, losses.size(), losses::toString);
        assertTrue(hidden.size() >= 4, hidden::toString);
        assertFalse(hidden.contains(Activation.SOFTMAX));
    }

    private static List<String> skipped(MlpCapabilities capabilities, List<MlpCase> cases, Predicate<MlpCase> open) {
        return cases.stream().filter(open).filter(c -> capabilities.unsupported(c.problem()).isPresent())
                .map(c -> c.name() + ": " + capabilities.unsupported(c.problem()).get()).toList();
    }

    /** Only two-layer networks: every clause that leaves the depth open (up to 1–3 or 2–6) draws 2. */
    @Test
    void KIT_CAPABILITY_aFixedDepthIsDrawnWhereverTheClauseAllowsIt() {
        MlpCapabilities twoLayers = Profiles.twoLayersOnly();
        List<MlpCase> cases = new ArrayList<>(MlpCasePlan.cases(7, twoLayers));
        cases.addAll(MlpCasePlan.contractCases(7, twoLayers));
        assertEquals(List.of(), skipped(twoLayers, cases, c -> label(c).endsWith(" mixed")
                || label(c).endsWith("square") || label(c).endsWith("-hidden") || label(c).startsWith("LOSS-MSE")));
        // the clause's own range where none of it is supported: BP1 asks for one layer, the width-1 edge for 4–7
        assertTrue(withLabel(cases, "BP1 tanh-mse").stream().allMatch(c -> c.problem().depth() == 1));
        int widthOne = withLabel(cases, "BP2 edge-width-1").get(0).problem().depth();
        assertTrue(widthOne >= 4 && widthOne <= 7, "depth " + widthOne);
        int batchOne = withLabel(cases, "BP-BATCH edge-batch-1").get(0).problem().depth();
        assertTrue(batchOne >= 3 && batchOne <= 5, "depth " + batchOne);
    }

    /** Softmax alone on the output, not with mse: the mixed cases all take cross entropy (LOSS-MSE's needs mse). */
    @Test
    void KIT_CAPABILITY_aLossWithoutAnAllowedOutputIsNotDrawn() {
        MlpCapabilities softmaxOnly = Profiles.softmaxOutputOnly();
        List<MlpCase> cases = new ArrayList<>(MlpCasePlan.cases(7, softmaxOnly));
        cases.addAll(MlpCasePlan.contractCases(7, softmaxOnly));
        assertEquals(List.of(), skipped(softmaxOnly, cases, c -> label(c).endsWith(" mixed")
                && !label(c).startsWith("LOSS-MSE")));
        assertTrue(cases.stream().filter(c -> label(c).endsWith(" mixed") && !label(c).startsWith("LOSS-MSE"))
                .allMatch(c -> c.problem().loss() == Loss.CROSS_ENTROPY));
    }

    /**
     * No identity output and no tanh hidden: the mse networks end in a declared activation and the hidden layers
     * (of the plan and of the hiding places, whose identity output is fixed) are relu or sigmoid.
     */
    @Test
    void KIT_CAPABILITY_theOutputOfAnMseNetworkIsOneTheImplementationAllows() {
        MlpCapabilities capabilities = Profiles.withoutIdentityOrTanh();
        List<MlpCase> cases = MlpCasePlan.cases(7, capabilities);
        assertEquals(List.of(), skipped(capabilities, cases, c -> label(c).endsWith(" mixed")
                || label(c).endsWith("square") || label(c).equals("ACT-RELU relu-hidden")
                || label(c).equals("ACT-SIGMOID sigmoid-hidden") || label(c).startsWith("LOSS-MSE")));
        for (MlpCase c : cases) {
            if (label(c).matches("BP4 edge-width-\\d+|BP-BATCH edge-batch-\\d\\d|BP2 edge-depth-\\d+")) {
                List<Activation> hidden = activations(c.problem()).subList(0, c.problem().depth() - 1);
                assertTrue(Set.of(Activation.RELU, Activation.SIGMOID).containsAll(hidden), c.name() + ": " + hidden);
            }
        }
        assertEquals(Activation.SIGMOID, withLabel(cases, "BP2 edge-saturated-sequence").get(0).problem().layer(1)
                .activation());
    }

    /** Generated pre-activations keep the declared precision's margin from every kink: 10⁻² in float32. */
    @Test
    void ACT_KINK_generatedProblemsKeepTheMarginOfTheDeclaredPrecision() {
        for (MlpCase c : MlpCasePlan.cases(5, Profiles.allInFloat32())) {
            assertFalse(Kinks.anyNear(c.problem(), 1e-2), c.name().toString());
        }
    }

    @Test
    void KIT_FINITE_theContractsLargeLogitsAndSaturatedUnits() {
        List<MlpCase> cases = MlpCasePlan.contractCases(7, Profiles.all());
        Problem logits = withLabel(cases, "KIT-FINITE large-logits").get(0).problem();
        assertEquals(List.of(Activation.SOFTMAX, Loss.CROSS_ENTROPY), List.of(logits.layer(1).activation(),
                logits.loss()));
        assertTrue(PreActivations.of(logits).largestMagnitude(1) > 100);
        Problem saturated = withLabel(cases, "KIT-FINITE saturated").get(0).problem();
        assertEquals(Activation.SIGMOID, saturated.layer(1).activation());
        assertTrue(PreActivations.of(saturated).largestMagnitude(1) > 20);
    }

    /** The edge cases' shapes: depth 4–7 of width 1, depth 3–5 with one example, depth 3–5 with zero weights. */
    @Test
    void BP2_BP_BATCH_BP4_theEdgeCasesShapes() {
        List<MlpCase> cases = MlpCasePlan.cases(9, Profiles.all());
        Problem widthOne = withLabel(cases, "BP2 edge-width-1").get(0).problem();
        assertTrue(widthOne.depth() >= 4 && widthOne.depth() <= 7, MlpCasePlan.describe(widthOne));
        Problem batchOne = withLabel(cases, "BP-BATCH edge-batch-1").get(0).problem();
        assertTrue(batchOne.depth() >= 3 && batchOne.depth() <= 5, MlpCasePlan.describe(batchOne));
        assertEquals(1, batchOne.batchSize());
        Problem zero = withLabel(cases, "BP4 edge-zero-weights").get(0).problem();
        assertTrue(zero.depth() >= 3 && zero.depth() <= 5, MlpCasePlan.describe(zero));
    }

    /** The seed in a case's name and origin; the same base seed gives the same cases, another base seed others. */
    @Test
    void GD_SEED_theSameBaseSeedGivesTheSameCases() {
        List<MlpCase> first = MlpCasePlan.cases(0, Profiles.all());
        assertEquals(first, MlpCasePlan.cases(0, Profiles.all()));
        MlpCase c = first.get(0);
        long seed = c.seed().orElseThrow();
        assertEquals("identity-mse_seed=" + seed, c.name().caseName());
        assertEquals("generated with seed " + seed + " (base seed 0): " + MlpCasePlan.describe(c.problem()),
                c.origin());
        List<MlpCase> all = new ArrayList<>(first);
        all.addAll(MlpCasePlan.contractCases(0, Profiles.all()));
        assertEquals(all.size(), all.stream().map(x -> x.seed().orElseThrow()).distinct().count());
    }

    /** widths n_0-…-n_L, the activations of layers 1..L, the loss, the batch size. */
    @Test
    void FMT_PROBLEM_aProblemDescribedInOneLine() {
        Problem problem = new Problem(null, List.of(
                new Layer(Activation.TANH, new double[3][2], new double[3]),
                new Layer(Activation.SIGMOID, new double[1][3], new double[1])), Loss.BINARY_CROSS_ENTROPY,
                new double[4][2], new double[4][1]);
        assertEquals("2-3-1 tanh/sigmoid binary_cross_entropy m=4", MlpCasePlan.describe(problem));
    }

    /**
     * 1..max log-uniformly: P(k ≤ v) = ln(v + 1)/ln(max + 1). For max = 8: P(8) = 1 − ln 8/ln 9 ≈ 0.054; for
     * max = 64, P(value < 8) = ln 8/ln 65 ≈ 0.498: as many in 1..7 as in 8..64.
     */
    @Test
    void GD_SEED_sizesAreDrawnLogUniformly() {
        SplittableRandom r = new SplittableRandom(11);
        int[] counts = new int[9];
        for (int k = 0; k < 2000; k++) {
            counts[MlpCasePlan.logUniform(r, 8)]++;
        }
        assertEquals(0, counts[0]);
        assertTrue(IntStream.rangeClosed(1, 8).allMatch(v -> counts[v] > 50), java.util.Arrays.toString(counts));
        int below8 = 0;
        for (int k = 0; k < 2000; k++) {
            int value = MlpCasePlan.logUniform(r, 64);
            assertTrue(value >= 1 && value <= 64, "seed 11: " + value);
            below8 += value < 8 ? 1 : 0;
        }
        assertTrue(below8 > 900 && below8 < 1100, "seed 11: " + below8 + " of 2000 below 8");
    }

    /** Cross entropy declared, softmax not an allowed output: no mixed case takes cross entropy. */
    @Test
    void KIT_CAPABILITY_aLossWhoseRequiredOutputIsNotAllowedIsNotDrawn() {
        MlpCapabilities noSoftmax = Profiles.declaring(java.util.EnumSet.of(Activation.SIGMOID, Activation.IDENTITY),
                null, null, 1, Integer.MAX_VALUE, dev.bprop.conformance.spi.Precision.FLOAT64, true);
        List<MlpCase> cases = MlpCasePlan.cases(7, noSoftmax);
        assertEquals(List.of(), skipped(noSoftmax, cases, c -> label(c).endsWith(" mixed")));
    }

    /**
     * A softmax output or cross entropy has at least two outputs, over the plans of four base seeds; element-wise
     * outputs may have one (a log-uniform width is 1 with probability ln 2/ln 65 ≈ 0.17).
     */
    @Test
    void ACT_SOFTMAX_aSoftmaxOutputHasAtLeastTwoUnits() {
        int oneOutput = 0;
        for (long base = 1; base <= 4; base++) {
            for (MlpCase c : MlpCasePlan.cases(base, Profiles.all())) {
                Problem p = c.problem();
                if (p.layer(p.depth()).activation() == Activation.SOFTMAX || p.loss() == Loss.CROSS_ENTROPY) {
                    assertTrue(p.width(p.depth()) >= 2, c.name().toString());
                } else if (p.width(p.depth()) == 1) {
                    oneOutput++;
                }
            }
        }
        assertTrue(oneOutput > 0);
    }
}
