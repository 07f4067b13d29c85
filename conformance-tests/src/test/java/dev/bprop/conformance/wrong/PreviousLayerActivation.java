package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;

/** The activation of layer l − 1 used where layer l's belongs, for the hidden layers l = 2..L−1. */
final class PreviousLayerActivation extends Textbook {
    @Override
    Activation activation(Problem problem, int l) {
        return l >= 2 && l < problem.depth() ? problem.layer(l - 1).activation() : problem.layer(l).activation();
    }
}
