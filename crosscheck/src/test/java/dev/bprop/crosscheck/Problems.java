package dev.bprop.crosscheck;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Random problems for the cross-checks: 1 to 3 layers of 1 to 4 units, batches of 1 to 3, every number k/q for an
 * integer k in [−2q, 2q] — decimal hundredths (q = 100, not binary fractions) or sixteenths (q = 16, exact in
 * binary). Targets fit the loss (FMT-ERRORS): CE rows are one-hot, BCE targets k/4 in [0, 1].
 */
final class Problems {
    private Problems() {
    }

    /** A problem whose hidden layers draw from {@code hidden} and whose last layer and loss fit each other. */
    static Gen<Problem> problems(List<Activation> hidden, List<Activation> last, List<Loss> losses, int q) {
        return in -> {
            Loss loss = losses.get(integers().between(0, losses.size() - 1).generate(in));
            Activation output = loss.requiredOutputActivation()
                    .orElseGet(() -> last.get(integers().between(0, last.size() - 1).generate(in)));
            int depth = integers().between(1, 3).generate(in);
            int m = integers().between(1, 3).generate(in);
            int width = integers().between(1, 4).generate(in);
            int inputs = width;
            List<Layer> layers = new ArrayList<>();
            for (int l = 1; l <= depth; l++) {
                int outputs = l == depth ? integers().between(1, 3).generate(in) : integers().between(1, 4).generate(in);
                Activation activation = l == depth ? output
                        : hidden.get(integers().between(0, hidden.size() - 1).generate(in));
                layers.add(new Layer(activation, numbers(outputs, inputs, q).generate(in),
                        numbers(1, outputs, q).generate(in)[0]));
                inputs = outputs;
            }
            double[][] x = numbers(m, width, q).generate(in);
            double[][] y = targets(loss, m, inputs).generate(in);
            return new Problem("random", layers, loss, x, y);
        };
    }

    private static Gen<double[][]> numbers(int rows, int columns, int q) {
        return in -> {
            double[][] values = new double[rows][columns];
            for (double[] row : values) {
                for (int c = 0; c < columns; c++) {
                    row[c] = integers().between(-2 * q, 2 * q).generate(in) / (double) q;
                }
            }
            return values;
        };
    }

    private static Gen<double[][]> targets(Loss loss, int m, int n) {
        return in -> {
            double[][] y = new double[m][n];
            for (double[] row : y) {
                for (int k = 0; k < n; k++) {
                    row[k] = switch (loss) {
                        case MSE -> integers().between(-8, 8).generate(in) / 4.0;
                        case BINARY_CROSS_ENTROPY -> integers().between(0, 4).generate(in) / 4.0;
                        case CROSS_ENTROPY -> 0;
                    };
                }
                if (loss == Loss.CROSS_ENTROPY) {
                    row[integers().between(0, n - 1).generate(in)] = 1;
                }
            }
            return y;
        };
    }
}
