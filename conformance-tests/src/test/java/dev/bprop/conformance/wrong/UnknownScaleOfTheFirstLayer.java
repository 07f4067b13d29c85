package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/** A bug no model describes: the first layer's weight gradient multiplied by 1.37. */
final class UnknownScaleOfTheFirstLayer extends Textbook {
    @Override
    public Result gradient(Problem problem) {
        Result result = super.gradient(problem);
        double[][] weights = result.gradient(1).weights();
        for (double[] row : weights) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= 1.37;
            }
        }
        List<LayerGradient> gradients = new ArrayList<>(result.gradients());
        gradients.set(0, new LayerGradient(weights, result.gradient(1).bias()));
        return new Result(result.loss(), result.outputs(), gradients);
    }
}
