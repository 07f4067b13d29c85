package dev.bprop.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.compare.DirectionalCheck;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CMP-TOLERANCE measured: on random problems and graphs the reference's actual error — against exact fractions where
 * the problem is rational, against DerivativeStructure elsewhere — stays inside the bound the model declares for it,
 * and the bound is not vacuous: the same gradient rounded to float falls outside it. The problems reach where the
 * bound is hardest to keep: saturated units, logits of ±1000 and beyond, widths up to 130, batches up to 70, and
 * chains through shared nodes (repeated squaring, whose error grows like 2^D). Every failure names its seed.
 */
class BoundSoundnessTest {
    private static final long SEED = Long.getLong("QT_SEED", 20261204);
    private static final Activation[] ELEMENTWISE = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH,
        Activation.HARDTANH, Activation.RELU, Activation.LEAKY_RELU};
    private static final Activation[] RATIONAL = {Activation.IDENTITY, Activation.HARDTANH, Activation.RELU};

    /**
     * 250 rational problems (identity, hardtanh, relu; mse; entries k/64, so every input is read exactly): every
     * component of the reference within b_k + ½ ulp of the exact gradient. And the bound is not vacuous: on at least
     * nine in ten of the problems whose gradient float rounding changes, the float-rounded gradient falls outside it.
     */
    @Test
    void cmpTolerance_theReferenceIsInsideItsBoundAgainstExactFractions() {
        SplittableRandom random = new SplittableRandom(SEED);
        int changed = 0;
        int caught = 0;
        for (int trial = 0; trial < 250; trial++) {
            long seed = random.nextLong();
            Problem problem = network(new SplittableRandom(seed), RATIONAL, Loss.MSE, 6, 5, 4, 64, 1);
            ProblemObjective objective = new ProblemObjective(problem);
            double[] reference = objective.flatten(Backpropagation.gradient(problem));
            double[] exact = ExactGradient.of(objective).orElseThrow().nearestDoubles();
            RoundingBound bound = RoundingBound.of(objective);
            boolean rounded = false;
            boolean outside = false;
            for (int k = 0; k < reference.length; k++) {
                double allowed = bound.of(k) + Math.ulp(exact[k]) / 2;
                double error = Math.abs(reference[k] - exact[k]);
                assertTrue(error <= allowed, "seed " + seed + ", " + objective.place(k).path() + ": error " + error
                        + " > bound " + allowed + "\n" + BpropJson.write(problem));
                float leaked = (float) reference[k];
                rounded |= leaked != reference[k];
                outside |= Math.abs(leaked - exact[k]) > allowed;
            }
            changed += rounded ? 1 : 0;
            caught += rounded && outside ? 1 : 0;
        }
        assertTrue(changed > 150, "problems float rounding changes: " + changed);
        assertTrue(caught >= 0.9 * changed, "float32 rounding outside the bound on " + caught + " of " + changed);
    }

    /**
     * 300 problems of every activation and loss, with weights up to 30 (saturated sigmoid and tanh units, logits in the
     * hundreds and thousands) against DerivativeStructure, both float64: every component within 2·b_k.
     */
    @Test
    void cmpTolerance_theReferenceIsInsideItsBoundAgainstDerivativeStructure() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Loss[] losses = Loss.values();
        for (int trial = 0; trial < 300; trial++) {
            long seed = random.nextLong();
            Loss loss = losses[trial % losses.length];
            double scale = trial % 3 == 0 ? 30 : trial % 3 == 1 ? 300 : 2;
            Problem problem = network(new SplittableRandom(seed), ELEMENTWISE, loss, 6, 5, 3, 0, scale);
            ProblemObjective objective = new ProblemObjective(problem);
            double[] reference = objective.flatten(Backpropagation.gradient(problem));
            double[] forward = ForwardMode.gradient(objective);
            RoundingBound bound = RoundingBound.of(objective);
            for (int k = 0; k < reference.length; k++) {
                double error = Math.abs(reference[k] - forward[k]);
                assertTrue(error <= 2 * bound.of(k), "seed " + seed + ", " + objective.place(k).path() + ": |Δ| "
                        + error + " > 2·b " + 2 * bound.of(k) + "\n" + BpropJson.write(problem));
            }
        }
    }

    /**
     * Widths up to 130 and batches up to 70, every loss: the reference against forward-mode AD along three random
     * directions each (CMP-DIRECTIONAL, O(w·m)), and the element-wise verdict of the reference's own answer against
     * itself rounded to float, which must fail.
     */
    @Test
    void cmpTolerance_wideLayersAndLargeBatchesStayInsideTheBound() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int trial = 0; trial < 12; trial++) {
            long seed = random.nextLong();
            SplittableRandom local = new SplittableRandom(seed);
            Problem problem = network(local, ELEMENTWISE, Loss.values()[trial % 3], 130, 70, 2, 0, 1.5);
            ProblemObjective objective = new ProblemObjective(problem);
            Result reference = Backpropagation.gradient(problem);
            double[] gradient = objective.flatten(reference);
            for (long direction = 0; direction < 3; direction++) {
                ElementComparison check = DirectionalCheck.of(objective, gradient, "reference", seed + direction);
                assertEquals(Verdict.AGREES, check.verdict(), "seed " + seed + ": " + check);
            }
            if (objective.dimension() * problem.batchSize() < 200_000) {
                MlpComparison leak = MlpComparison.of(problem, reference, floatRounded(reference),
                        Sides.referenceAgainst(Precision.FLOAT64));
                assertTrue(!leak.passed(), "seed " + seed + ": a float-rounded gradient passed");
            }
        }
    }

    /**
     * Chains through one shared node: x squared n times for n = 1 … 9 at random x in [0.5, 1.5]. The exact gradient 2ⁿ·x^(2ⁿ − 1) is rational; the reference's error, which grows
     * like 2ⁿ·u, stays inside the bound (D = max(depth, K) with K = 2ⁿ − 1), where 2·depth·u·S would not.
     */
    @Test
    void cmpTolerance_chainsThroughSharedNodesStayInsideTheBound() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        int beyondTheDepthBound = 0;
        for (int trial = 0; trial < 90; trial++) {
            int squarings = 1 + trial % 9;
            double x = 0.5 + random.nextDouble();
            StringBuilder nodes = new StringBuilder("{\"name\": \"x0\", \"op\": \"input\", \"value\": " + x + "}");
            for (int i = 1; i <= squarings; i++) {
                nodes.append(", {\"name\": \"x").append(i).append("\", \"op\": \"mul\", \"inputs\": [\"x")
                        .append(i - 1).append("\", \"x").append(i - 1).append("\"]}");
            }
            Graph graph = BpropJson.parseGraph("{\"nodes\": [" + nodes + "], \"output\": \"x" + squarings + "\"}");
            GraphObjective objective = new GraphObjective(graph);
            double reference = objective.flatten(GraphFile.gradient(graph))[0];
            double exact = ExactGradient.attempt(objective, dev.bprop.oracle.exact.ExactBudget.UNLIMITED).gradient()
                    .orElseThrow().nearestDoubles()[0];
            RoundingBound bound = RoundingBound.of(objective);
            double error = Math.abs(reference - exact);
            assertTrue(error <= bound.of(0) + Math.ulp(exact) / 2, "x = " + x + " squared " + squarings
                    + " times: error " + error + " > " + bound.of(0));
            double depthOnly = 2 * squarings * 0x1p-53 * bound.sums()[0];
            beyondTheDepthBound += error > depthOnly ? 1 : 0;
        }
        assertTrue(beyondTheDepthBound > 0, "no chain needed more than the depth bound: the test shows nothing");
    }

    /**
     * A random network: 1 … {@code maxDepth} layers of widths 1 … {@code maxWidth}, a batch of 1 … {@code maxBatch},
     * entries uniform in ±scale (multiples of 1/{@code grid} when grid &gt; 0, so they are exact binary fractions),
     * hidden activations from {@code hidden}, the head that fits the loss (FMT-PROBLEM-LOSS-FIT).
     */
    static Problem network(SplittableRandom random, Activation[] hidden, Loss loss, int maxWidth, int maxBatch,
            int maxDepth, int grid, double scale) {
        int depth = 1 + random.nextInt(maxDepth);
        int batch = 1 + random.nextInt(maxBatch);
        int[] widths = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            widths[l] = 1 + random.nextInt(maxWidth);
        }
        Activation head = switch (loss) {
            case MSE -> hidden[random.nextInt(hidden.length)];
            case CROSS_ENTROPY -> Activation.SOFTMAX;
            case BINARY_CROSS_ENTROPY -> Activation.SIGMOID;
        };
        if (loss == Loss.CROSS_ENTROPY && widths[depth] < 2) {
            widths[depth] = 2;
        }
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            Activation activation = l == depth ? head : hidden[random.nextInt(hidden.length)];
            layers.add(new Layer(activation, matrix(random, widths[l], widths[l - 1], grid, scale / Math.sqrt(
                    widths[l - 1])), matrix(random, 1, widths[l], grid, scale)[0]));
        }
        double[][] targets = new double[batch][widths[depth]];
        for (double[] row : targets) {
            switch (loss) {
                case MSE -> row[random.nextInt(row.length)] = 1;
                case CROSS_ENTROPY -> row[random.nextInt(row.length)] = 1;
                case BINARY_CROSS_ENTROPY -> {
                    for (int k = 0; k < row.length; k++) {
                        row[k] = random.nextInt(2);
                    }
                }
            }
        }
        return new Problem("soundness", layers, loss, matrix(random, batch, widths[0], grid, 1), targets);
    }

    private static double[][] matrix(SplittableRandom random, int rows, int columns, int grid, double scale) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int i = 0; i < columns; i++) {
                double value = random.nextDouble(-scale, scale);
                row[i] = grid > 0 ? Math.rint(value * grid) / grid : value;
            }
        }
        return matrix;
    }

    private static Result floatRounded(Result result) {
        List<LayerGradient> gradients = new ArrayList<>();
        for (LayerGradient gradient : result.gradients()) {
            double[][] weights = gradient.weights().clone();
            for (int j = 0; j < weights.length; j++) {
                weights[j] = weights[j].clone();
                for (int i = 0; i < weights[j].length; i++) {
                    weights[j][i] = (float) weights[j][i];
                }
            }
            double[] bias = gradient.bias().clone();
            for (int j = 0; j < bias.length; j++) {
                bias[j] = (float) bias[j];
            }
            gradients.add(new LayerGradient(weights, bias));
        }
        return new Result(result.loss(), result.outputs(), gradients);
    }
}
