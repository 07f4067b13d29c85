package dev.bprop.cli.grade;

import dev.bprop.conformance.internal.generate.Architecture;
import dev.bprop.conformance.internal.generate.RandomProblems;
import dev.bprop.conformance.internal.problem.EditableProblem;
import dev.bprop.conformance.internal.problem.Kinks;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator of an assignment (clause FMT-GRADE-ASSIGNMENT, field {@code generate}): each student gets {@code count}
 * problems of their own, drawn from the kit's {@link RandomProblems} with a seed that depends only on the assignment's
 * seed and the student's ID (GD-SEED), so that grading and handing out the problems draw the same ones.
 *
 * @param count problems per student
 * @param seed the assignment's seed
 * @param activations the activations layers draw from (the last layer's too, under mse)
 * @param losses the losses drawn from; cross_entropy puts softmax last, binary_cross_entropy sigmoid
 * @param depth the range of L, inclusive
 * @param width the range of every n_l, inclusive (n_L ≥ 2 under cross_entropy)
 * @param batch the range of m, inclusive
 * @param decimals the decimal places every weight, bias, input and target is rounded to, so that it reads like a
 *     hand-made example
 */
public record ProblemProfile(int count, long seed, List<Activation> activations, List<Loss> losses, int[] depth,
        int[] width, int[] batch, int decimals) {
    private static final int ATTEMPTS = 1000;

    public ProblemProfile {
        activations = List.copyOf(activations);
        losses = List.copyOf(losses);
    }

    /**
     * The seed of {@code student}'s problems: the first 8 bytes of SHA-256 of "seed:student", so that neighbouring
     * IDs draw unrelated problems and the seed is the same in every JVM and on every machine.
     */
    public long studentSeed(String student) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + student).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** {@code student}'s problems, with ids {@code PREFIX1}, {@code PREFIX2}, …; redrawn while a unit sits on a kink. */
    public List<Problem> draw(String student, String prefix) {
        SplittableRandom random = new SplittableRandom(studentSeed(student));
        List<Problem> problems = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            problems.add(drawOne(random, prefix + index));
        }
        return problems;
    }

    private Problem drawOne(SplittableRandom random, String id) {
        double margin = 0.5 * Math.pow(10, -decimals);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Architecture architecture = architecture(random);
            Problem drawn = round(RandomProblems.draw(random, id, architecture, 1, margin));
            if (!Kinks.anyNear(drawn, margin)) {
                return drawn;
            }
        }
        throw new IllegalStateException("no problem off the kinks in " + ATTEMPTS + " draws: raise decimals");
    }

    private Architecture architecture(SplittableRandom random) {
        int layers = between(random, depth);
        Loss loss = losses.get(random.nextInt(losses.size()));
        int[] widths = new int[layers + 1];
        for (int l = 0; l <= layers; l++) {
            widths[l] = between(random, width);
        }
        List<Activation> chosen = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            chosen.add(activations.get(random.nextInt(activations.size())));
        }
        loss.requiredOutputActivation().ifPresent(last -> chosen.set(layers - 1, last));
        if (loss == Loss.CROSS_ENTROPY) {
            widths[layers] = Math.max(2, widths[layers]);
        }
        return new Architecture(widths, chosen, loss, between(random, batch));
    }

    private static int between(SplittableRandom random, int[] range) {
        return random.nextInt(range[0], range[1] + 1);
    }

    /** Every number to {@code decimals} places; cross-entropy targets become one-hot at their largest entry (LOSS-CE). */
    private Problem round(Problem problem) {
        EditableProblem editable = EditableProblem.of(problem);
        editable.weights.replaceAll(this::round);
        editable.biases.replaceAll(this::round);
        editable.inputs = round(editable.inputs);
        editable.targets = problem.loss() == Loss.CROSS_ENTROPY ? oneHot(editable.targets) : round(editable.targets);
        return editable.toProblem();
    }

    private double[][] round(double[][] rows) {
        double[][] rounded = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            rounded[r] = round(rows[r]);
        }
        return rounded;
    }

    private double[] round(double[] values) {
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = new BigDecimal(values[i]).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        }
        return rounded;
    }

    private static double[][] oneHot(double[][] targets) {
        double[][] hot = new double[targets.length][];
        for (int e = 0; e < targets.length; e++) {
            hot[e] = new double[targets[e].length];
            int largest = 0;
            for (int k = 1; k < targets[e].length; k++) {
                largest = targets[e][k] > targets[e][largest] ? k : largest;
            }
            hot[e][largest] = 1;
        }
        return hot;
    }
}
