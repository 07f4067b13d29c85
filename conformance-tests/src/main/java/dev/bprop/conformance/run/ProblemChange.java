package dev.bprop.conformance.run;

import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Problem;
import java.util.Optional;

/** The first number of a problem that a call changed (KIT-PURE), named by its place in the problem file. */
final class ProblemChange {
    private ProblemChange() {
    }

    static Optional<String> first(Problem before, Problem after) {
        Optional<String> change = matrix("inputs", before.inputs(), after.inputs());
        if (change.isEmpty()) {
            change = matrix("targets", before.targets(), after.targets());
        }
        for (int l = 1; l <= before.depth() && change.isEmpty(); l++) {
            change = matrix(LayerIndex.layerPlace(l) + ".weights", before.layer(l).weights(), after.layer(l).weights())
                    .or(row(LayerIndex.layerPlace(l) + ".bias", before.layer(l).bias(), after.layer(l).bias()));
        }
        return change;
    }

    private static Optional<String> matrix(String place, double[][] before, double[][] after) {
        for (int r = 0; r < before.length; r++) {
            Optional<String> change = row(place + "[" + r + "]", before[r], after[r]).get();
            if (change.isPresent()) {
                return change;
            }
        }
        return Optional.empty();
    }

    private static java.util.function.Supplier<Optional<String>> row(String place, double[] before, double[] after) {
        return () -> {
            for (int c = 0; c < before.length; c++) {
                if (Double.compare(before[c], after[c]) != 0) {
                    return Optional.of(place + "[" + c + "] was " + before[c] + " and is now " + after[c]);
                }
            }
            return Optional.empty();
        };
    }
}
