package dev.bprop.reference.mlp;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of small random problems: 1–3 layers of 1–4 units, batches of 1–3, every activation
 * (softmax last only) and every loss that fits the last activation. A falsified property prints the problem as
 * a problem file, so that it can be rerun with {@code bprop gradient}.
 */
final class RandomProblems {
    private static final Activation[] ELEMENTWISE = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH,
            Activation.HARDTANH, Activation.RELU, Activation.LEAKY_RELU};

    private RandomProblems() {
    }

    static Gen<Problem> problems() {
        Gen<Problem> problems = RandomProblems::problem;
        return problems.describedAs(BpropJson::write);
    }

    private static Problem problem(RandomnessSource in) {
        int depth = integers().between(1, 3).generate(in);
        int batchSize = integers().between(1, 3).generate(in);
        int width = integers().between(1, 4).generate(in);
        double[][] inputs = matrix(in, batchSize, width, -1, 1);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            int outputs = integers().between(1, 4).generate(in);
            Activation activation = l < depth
                    ? ELEMENTWISE[integers().between(0, ELEMENTWISE.length - 1).generate(in)]
                    : Activation.values()[integers().between(0, Activation.values().length - 1).generate(in)];
            layers.add(new Layer(activation, matrix(in, outputs, width, -1.5, 1.5), matrix(in, 1, outputs, -1, 1)[0]));
            width = outputs;
        }
        Activation last = layers.get(depth - 1).activation();
        boolean meanSquaredError = integers().between(0, 1).generate(in) == 0;
        Loss loss = meanSquaredError || (last != Activation.SOFTMAX && last != Activation.SIGMOID) ? Loss.MSE
                : last == Activation.SOFTMAX ? Loss.CROSS_ENTROPY : Loss.BINARY_CROSS_ENTROPY;
        return new Problem(null, layers, loss, inputs, targets(in, loss, batchSize, width));
    }

    private static double[][] targets(RandomnessSource in, Loss loss, int batchSize, int width) {
        return switch (loss) {
            case MSE -> matrix(in, batchSize, width, -1, 1);
            case BINARY_CROSS_ENTROPY -> matrix(in, batchSize, width, 0, 1);
            case CROSS_ENTROPY -> distributions(matrix(in, batchSize, width, 0.01, 1));
        };
    }

    private static double[][] distributions(double[][] weights) {
        for (double[] row : weights) {
            double sum = 0;
            for (double weight : row) {
                sum += weight;
            }
            for (int k = 0; k < row.length; k++) {
                row[k] /= sum;
            }
        }
        return weights;
    }

    private static double[][] matrix(RandomnessSource in, int rows, int columns, double low, double high) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = doubles().between(low, high).generate(in);
            }
        }
        return matrix;
    }
}
