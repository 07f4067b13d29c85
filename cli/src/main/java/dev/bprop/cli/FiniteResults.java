package dev.bprop.cli;

import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Result;

/**
 * Refuses to print a NaN or an infinity. The reference evaluates stably, so a valid problem only gets here when
 * its own numbers are so large that W a overflows double precision (weights near 1e308, say); the place named is
 * the first non-finite entry of the answer, and the exit status is that of bad input.
 */
final class FiniteResults {
    private FiniteResults() {
    }

    /** Checks the loss and the outputs a^L, the whole answer of {@code bprop forward}. */
    static void requireFinite(double loss, double[][] outputs) {
        require("loss", loss);
        for (int e = 0; e < outputs.length; e++) {
            for (int k = 0; k < outputs[e].length; k++) {
                require("outputs[" + e + "][" + k + "]", outputs[e][k]);
            }
        }
    }

    /** Checks every number of a result file. */
    static void requireFinite(Result result) {
        requireFinite(result.loss(), result.outputs());
        for (int l = 1; l <= result.gradients().size(); l++) {
            LayerGradient gradient = result.gradient(l);
            double[][] weights = gradient.weights();
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    require(LayerIndex.gradientPlace(l) + ".weights[" + j + "][" + i + "]", weights[j][i]);
                }
                require(LayerIndex.gradientPlace(l) + ".bias[" + j + "]", gradient.bias(j));
            }
        }
    }

    private static void require(String place, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(place, "the reference computed " + value
                    + ": the problem's numbers overflow double precision, so there is no result to print");
        }
    }
}
