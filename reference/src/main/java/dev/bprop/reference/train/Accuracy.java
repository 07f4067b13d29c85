package dev.bprop.reference.train;

import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import java.util.List;

/**
 * The share of examples classified right: the predicted class is the output unit with the largest a^L; with a
 * single output unit, the class is 1 when a^L ≥ ½. Ties go to the lower index.
 */
public final class Accuracy {
    private Accuracy() {
    }

    public static double of(List<Layer> layers, Loss loss, Dataset data) {
        double[][] outputs = ForwardPass.of(GradientDescent.problem(layers, loss, data)).outputs();
        int right = 0;
        for (int e = 0; e < outputs.length; e++) {
            right += predictedClass(outputs[e]) == predictedClass(data.targets()[e]) ? 1 : 0;
        }
        return (double) right / outputs.length;
    }

    static int predictedClass(double[] row) {
        if (row.length == 1) {
            return row[0] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }
}
