package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.problem.EditableProblem;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The MLP cases that reach where bugs hide beyond the ordinary generated ones: layers wider than a tile of 64 with
 * sizes that are not multiples of common tiles (65, 97, 130: a tiled loop that drops its tail), batches beyond a
 * micro-batch of 32 (33, 64, 70: per-chunk means summed), depths of 8 and 10 (an index that drifts with l), a
 * batch in which saturated examples (|z| > 100) and ordinary ones alternate (a derivative cached from another
 * example), and, for KIT-DETERMINISTIC, a network of more than 10⁵ weights, which the runner asks several times
 * and from several threads at once (a data race in the batch loop shows only on large problems under contention).
 */
public final class HidingPlaces {
    /** 320 → 300 → 20: 102 000 weights, the size at which a racing batch loop shows (KIT-DETERMINISTIC). */
    public static final int LARGE_WEIGHTS = 100_000;

    /** The largest |W^1 x| of a saturated example: |z| > 100 with any bias the generator draws. */
    private static final double SATURATING_PRODUCT = 200;

    private final long baseSeed;
    private final MlpCapabilities capabilities;
    private final List<MlpCase> cases = new ArrayList<>();

    private HidingPlaces(long baseSeed, MlpCapabilities capabilities) {
        this.baseSeed = baseSeed;
        this.capabilities = capabilities;
    }

    /** The numeric cases: wide layers, large batches, deep networks, a mixed saturated batch. */
    public static List<MlpCase> cases(long baseSeed, MlpCapabilities capabilities) {
        HidingPlaces plan = new HidingPlaces(baseSeed ^ 0x7F4A7C15L, capabilities);
        for (int width : new int[] {65, 97, 130}) {
            plan.add("BP4", "edge-width-" + width, r -> plan.draw(r, new int[] {2 + r.nextInt(6), width,
                    1 + r.nextInt(3)}, 3));
        }
        for (int batch : new int[] {33, 64, 70}) {
            plan.add("BP-BATCH", "edge-batch-" + batch, r -> plan.draw(r, new int[] {1 + r.nextInt(5),
                    1 + r.nextInt(6), 1 + r.nextInt(3)}, batch));
        }
        for (int depth : new int[] {8, 10}) {
            plan.add("BP2", "edge-depth-" + depth, r -> {
                int[] widths = new int[depth + 1];
                Arrays.setAll(widths, l -> 1 + r.nextInt(6));
                return plan.draw(r, widths, 1 + r.nextInt(6));
            });
        }
        plan.saturatedActivation().ifPresent(activation -> plan.add("BP2", "edge-saturated-sequence",
                r -> plan.saturatedSequence(r, activation)));
        return List.copyOf(plan.cases);
    }

    /** The contract case: KIT-DETERMINISTIC on a network of more than {@value #LARGE_WEIGHTS} weights. */
    public static List<MlpCase> contractCases(long baseSeed, MlpCapabilities capabilities) {
        HidingPlaces plan = new HidingPlaces(baseSeed ^ 0x2545F491L, capabilities);
        plan.add("KIT-DETERMINISTIC", "large-concurrent", r -> plan.draw(r, new int[] {320, 300, 20}, 8));
        return List.copyOf(plan.cases);
    }

    private void add(String clause, String label, Function<SplittableRandom, Problem> draw) {
        long seed = CaseSeeds.of(baseSeed, cases.size());
        Problem problem = draw.apply(new SplittableRandom(seed));
        cases.add(new MlpCase(TestName.required(clause, label + "_seed=" + seed), problem, "generated with seed "
                + seed + " (base seed " + baseSeed + "): " + MlpCasePlan.describe(problem), OptionalLong.of(seed)));
    }

    /** Hidden layers of a supported activation (tanh where it can), an identity output layer, mse. */
    private Problem draw(SplittableRandom r, int[] widths, int batch) {
        List<Activation> layers = new ArrayList<>();
        List<Activation> hidden = capabilities.hiddenElementwise();
        for (int l = 1; l < widths.length - 1; l++) {
            layers.add(hidden.isEmpty() ? Activation.TANH : hidden.get(r.nextInt(hidden.size())));
        }
        layers.add(Activation.IDENTITY);
        return RandomProblems.draw(r, null, new Architecture(widths, layers, Loss.MSE, batch), 1.5,
                capabilities.kinkMargin());
    }

    /** tanh or sigmoid, whichever is supported: the activations whose units saturate. */
    private java.util.Optional<Activation> saturatedActivation() {
        return capabilities.hiddenElementwise().stream().filter(a -> a == Activation.TANH || a == Activation.SIGMOID)
                .findFirst();
    }

    /**
     * One saturating hidden layer and six examples in the order ordinary, saturated, ordinary, saturated, saturated,
     * ordinary: the saturated ones are ordinary inputs scaled so that their largest |W^1 x| is 200, which, with
     * biases below 0.5, puts a unit's |z| above 100.
     */
    private Problem saturatedSequence(SplittableRandom r, Activation activation) {
        EditableProblem problem = EditableProblem.of(RandomProblems.draw(r, null, new Architecture(
                new int[] {2 + r.nextInt(4), 2 + r.nextInt(5), 1 + r.nextInt(2)},
                List.of(activation, Activation.IDENTITY), Loss.MSE, 6), 1.5, capabilities.kinkMargin()));
        double[][] weights = problem.weights.get(0);
        for (int e : new int[] {1, 3, 4}) {
            double largest = 0;
            for (double[] row : weights) {
                double product = 0;
                for (int i = 0; i < row.length; i++) {
                    product += row[i] * problem.inputs[e][i];
                }
                largest = Math.max(largest, Math.abs(product));
            }
            for (int i = 0; i < problem.inputs[e].length && largest > 0; i++) {
                problem.inputs[e][i] *= SATURATING_PRODUCT / largest;
            }
        }
        return problem.toProblem();
    }
}
