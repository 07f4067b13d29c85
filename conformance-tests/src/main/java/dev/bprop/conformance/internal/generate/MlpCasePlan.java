package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The generated MLP cases, clause by clause. Each case draws from its own generator, seeded by the base seed and
 * the case's place in the plan; the seed is in the case's name, and the same base seed gives the same cases.
 * Depths run 1–6, widths 1–64 and batches 1–32, drawn log-uniformly so that small networks, which fail most
 * readably, are the common ones; every supported activation and loss is used; the edge cases of the issue have
 * cases of their own. Where a clause leaves a choice (a depth in a range, a hidden activation, the output activation
 * of an MSE network), the plan chooses within the implementation's capabilities (KIT-CAPABILITY); a case whose
 * clause needs what the implementation does not declare is still planned, and skipped when run.
 */
public final class MlpCasePlan {
    private final long baseSeed;
    private final MlpCapabilities capabilities;
    private final List<MlpCase> cases = new ArrayList<>();

    private MlpCasePlan(long baseSeed, MlpCapabilities capabilities) {
        this.baseSeed = baseSeed;
        this.capabilities = capabilities;
    }

    /** Every generated case for an implementation with {@code capabilities}. */
    public static List<MlpCase> cases(long baseSeed, MlpCapabilities capabilities) {
        MlpCasePlan plan = new MlpCasePlan(baseSeed, capabilities);
        plan.outputErrors();
        plan.hiddenErrors();
        plan.activations();
        plan.losses();
        plan.edges();
        plan.cases.addAll(HidingPlaces.cases(baseSeed, capabilities));
        return List.copyOf(plan.cases);
    }

    /** The cases that check the adapter's contract rather than the numbers (KIT-*, FMT-RESULT). */
    public static List<MlpCase> contractCases(long baseSeed, MlpCapabilities capabilities) {
        MlpCasePlan plan = new MlpCasePlan(baseSeed ^ 0x5DEECE66DL, capabilities);
        for (String clause : List.of("KIT-DETERMINISTIC", "FMT-RESULT")) {
            plan.repeat(2, clause, "mixed", r -> plan.mixed(r, plan.depth(r, 1, 4)));
        }
        plan.repeat(1, "KIT-FINITE", "large-logits", r -> Edges.largeLogits(r, Activation.SOFTMAX,
                Loss.CROSS_ENTROPY));
        plan.repeat(1, "KIT-FINITE", "saturated", r -> Edges.saturated(r, Activation.SIGMOID, plan.margin()));
        plan.cases.addAll(HidingPlaces.contractCases(baseSeed, capabilities));
        return List.copyOf(plan.cases);
    }

    private void outputErrors() {
        for (Activation last : Activation.values()) {
            if (last != Activation.SOFTMAX) {
                repeat(2, "BP1", last.fileName() + "-mse", r -> shaped(r, 1, List.of(last), Loss.MSE));
            }
        }
        repeat(3, "BP1-SOFTMAX-CE", "softmax-ce", r -> withLast(r, Activation.SOFTMAX, Loss.CROSS_ENTROPY));
        repeat(3, "BP1-SIGMOID-BCE", "sigmoid-bce", r -> withLast(r, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY));
        repeat(3, "BP1-JACOBIAN", "softmax-mse", r -> withLast(r, Activation.SOFTMAX, Loss.MSE));
    }

    private void hiddenErrors() {
        repeat(6, "BP2", "mixed", r -> mixed(r, depth(r, 2, 6)));
        repeat(2, "BP2", "square", r -> square(r, depth(r, 2, 4)));
        repeat(2, "BP3", "mixed", r -> mixed(r, depth(r, 1, 3)));
        repeat(2, "BP4", "mixed", r -> mixed(r, depth(r, 1, 3)));
        repeat(2, "BP4", "square", r -> square(r, depth(r, 2, 4)));
        repeat(3, "BP-BATCH", "mixed", r -> mixed(r, depth(r, 1, 3)));
    }

    private void activations() {
        for (Activation hidden : Activation.values()) {
            if (hidden != Activation.SOFTMAX) {
                String clause = "ACT-" + hidden.name().replace('_', '-');
                repeat(2, clause, hidden.fileName() + "-hidden", r -> {
                    int depth = depth(r, 2, 4);
                    List<Activation> layers = new ArrayList<>();
                    for (int l = 1; l < depth; l++) {
                        layers.add(hidden);
                    }
                    layers.add(mseOutput(r));
                    return shaped(r, depth, layers, Loss.MSE);
                });
            }
        }
    }

    private void losses() {
        repeat(2, "LOSS-MSE", "mixed", r -> withLast(r, pick(r, capabilities.elementwiseOutputs(Loss.MSE),
                Activation.IDENTITY), Loss.MSE));
        repeat(2, "LOSS-CE", "softmax", r -> withLast(r, Activation.SOFTMAX, Loss.CROSS_ENTROPY));
        repeat(2, "LOSS-BCE", "sigmoid", r -> withLast(r, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY));
    }

    private void edges() {
        repeat(1, "BP2", "edge-width-1", r -> Edges.widthOne(r, hidden(r, depth(r, 4, 7) - 1), margin()));
        repeat(1, "BP-BATCH", "edge-batch-1", r -> Edges.batchOne(r, hidden(r, depth(r, 3, 5) - 1), margin()));
        repeat(1, "ACT-RELU", "edge-dead-units", r -> Edges.deadRelus(r, margin()));
        repeat(1, "ACT-SIGMOID", "edge-saturated", r -> Edges.saturated(r, Activation.SIGMOID, margin()));
        repeat(1, "ACT-TANH", "edge-saturated", r -> Edges.saturated(r, Activation.TANH, margin()));
        repeat(1, "BP4", "edge-zero-weights", r -> Edges.zeroWeights(r, hidden(r, depth(r, 3, 5) - 1), margin()));
        repeat(1, "LOSS-STABLE", "edge-large-logits-ce", r -> Edges.largeLogits(r, Activation.SOFTMAX,
                Loss.CROSS_ENTROPY));
        repeat(1, "LOSS-STABLE", "edge-large-logits-bce", r -> Edges.largeLogits(r, Activation.SIGMOID,
                Loss.BINARY_CROSS_ENTROPY));
    }

    private void repeat(int count, String clause, String label, Function<SplittableRandom, Problem> draw) {
        for (int k = 0; k < count; k++) {
            long seed = CaseSeeds.of(baseSeed, cases.size());
            Problem problem = draw.apply(new SplittableRandom(seed));
            String caseName = label.toLowerCase(Locale.ROOT) + "_seed=" + seed;
            cases.add(new MlpCase(TestName.required(clause, caseName), problem, "generated with seed " + seed
                    + " (base seed " + baseSeed + "): " + describe(problem), OptionalLong.of(seed)));
        }
    }

    /** A network of random depth 1–3 whose last layer is {@code last} with {@code loss}. */
    private Problem withLast(SplittableRandom r, Activation last, Loss loss) {
        int depth = depth(r, 1, 3);
        List<Activation> layers = new ArrayList<>(hidden(r, depth - 1));
        layers.add(last);
        return shaped(r, depth, layers, loss);
    }

    /** A network of {@code depth} layers with supported hidden activations and a supported output and loss. */
    private Problem mixed(SplittableRandom r, int depth) {
        List<Loss> losses = capabilities.losses().stream().sorted().filter(this::hasOutput).toList();
        Loss loss = pick(r, losses, Loss.MSE);
        Activation last = loss.requiredOutputActivation()
                .orElseGet(() -> pick(r, capabilities.elementwiseOutputs(loss), Activation.IDENTITY));
        List<Activation> layers = new ArrayList<>(hidden(r, depth - 1));
        layers.add(last);
        return shaped(r, depth, layers, loss);
    }

    /** Every layer of one width, so that a transposed or misplaced square matrix has the right shape. */
    private Problem square(SplittableRandom r, int depth) {
        int[] widths = new int[depth + 1];
        java.util.Arrays.fill(widths, 2 + r.nextInt(6));
        List<Activation> layers = new ArrayList<>(hidden(r, depth - 1));
        layers.add(mseOutput(r));
        return RandomProblems.draw(r, null, new Architecture(widths, layers, Loss.MSE, 2 + r.nextInt(8)), 1.5,
                margin());
    }

    private List<Activation> hidden(SplittableRandom r, int count) {
        List<Activation> layers = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            layers.add(pick(r, capabilities.hiddenElementwise(), Activation.TANH));
        }
        return layers;
    }

    /** Whether some output activation the implementation allows goes with {@code loss}. */
    private boolean hasOutput(Loss loss) {
        return loss.requiredOutputActivation().map(a -> capabilities.supports(a, loss))
                .orElse(!capabilities.elementwiseOutputs(loss).isEmpty());
    }

    /** The output layer of a network with MSE: identity where the implementation allows it, else one it does. */
    private Activation mseOutput(SplittableRandom r) {
        return capabilities.supports(Activation.IDENTITY, Loss.MSE) ? Activation.IDENTITY
                : pick(r, capabilities.elementwiseOutputs(Loss.MSE), Activation.IDENTITY);
    }

    /**
     * A depth in {@code from..to}, the range the clause asks for, narrowed to the depths the implementation
     * supports; the whole range when none of it is (the case is then skipped). Where the declarations cover the
     * range it draws {@code from + r.nextInt(to − from + 1)}, so that a case's seed names the same problem for every
     * such adapter.
     */
    private int depth(SplittableRandom r, int from, int to) {
        int low = Math.max(from, capabilities.minDepth());
        int high = Math.min(to, capabilities.maxDepth());
        return low <= high ? low + r.nextInt(high - low + 1) : from + r.nextInt(to - from + 1);
    }

    private Problem shaped(SplittableRandom r, int depth, List<Activation> layers, Loss loss) {
        int[] widths = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            widths[l] = logUniform(r, 64);
        }
        if (loss == Loss.CROSS_ENTROPY || layers.get(depth - 1) == Activation.SOFTMAX) {
            widths[depth] = Math.max(2, widths[depth]);
        }
        Architecture architecture = new Architecture(widths, layers, loss, logUniform(r, 32));
        return RandomProblems.draw(r, null, architecture, 1.5, margin());
    }

    private double margin() {
        return capabilities.kinkMargin();
    }

    /** An integer in 1..max, log-uniformly: as many cases in 1..8 as in 8..64. */
    static int logUniform(SplittableRandom r, int max) {
        return (int) Math.min(max, Math.floor(Math.exp(r.nextDouble() * Math.log(max + 1))));
    }

    private static <T> T pick(SplittableRandom r, List<T> choices, T fallback) {
        return choices.isEmpty() ? fallback : choices.get(r.nextInt(choices.size()));
    }

    static String describe(Problem problem) {
        StringBuilder text = new StringBuilder();
        for (int l = 0; l <= problem.depth(); l++) {
            text.append(l == 0 ? "" : "-").append(problem.width(l));
        }
        text.append(" ");
        for (int l = 1; l <= problem.depth(); l++) {
            text.append(l == 1 ? "" : "/").append(problem.layer(l).activation().fileName());
        }
        return text.append(" ").append(problem.loss().fileName()).append(" m=").append(problem.batchSize())
                .toString();
    }
}
