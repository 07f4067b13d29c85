package dev.bprop.conformance.internal.run;

import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Optional;

/**
 * Clauses FMT-RESULT and FMT-GRAPH-RESULT before shapes and numbers: an answer is an object, and its lists and rows
 * are there. The first place that is null is named, so that a broken answer is reported as such, not as a crash of
 * the comparison or as a repeat that "answered differently" (KIT-DETERMINISTIC). The result types copy their arrays
 * in and out, so a null array or row shows as a {@link NullPointerException} from the accessor that copies it; a
 * graph result's gradient is never null (its record copies it), but an entry of it may be.
 */
final class ResultStructure {
    private ResultStructure() {
    }

    /** The first null place of an MLP result, if any. */
    static Optional<String> mlp(Result result) {
        if (result == null) {
            return Optional.of("the implementation returned null instead of a result");
        }
        if (absent(result::outputs)) {
            return Optional.of("outputs is null or holds a null row");
        }
        List<LayerGradient> gradients = result.gradients();
        if (gradients == null) {
            return Optional.of("gradients is null");
        }
        for (int l = 0; l < gradients.size(); l++) {
            LayerGradient gradient = gradients.get(l);
            if (gradient == null) {
                return Optional.of("gradients[" + l + "] is null");
            }
            if (absent(gradient::weights)) {
                return Optional.of("gradients[" + l + "].weights is null or holds a null row");
            }
            if (absent(gradient::bias)) {
                return Optional.of("gradients[" + l + "].bias is null");
            }
        }
        return Optional.empty();
    }

    /** The first null place of a graph result, if any. */
    static Optional<String> graph(GraphResult result) {
        if (result == null) {
            return Optional.of("the implementation returned null instead of a result");
        }
        return result.gradient().entrySet().stream().filter(entry -> entry.getKey() == null || entry.getValue() == null)
                .findFirst().map(entry -> "gradient[" + entry.getKey() + "] is null");
    }

    private static boolean absent(Runnable copy) {
        try {
            copy.run();
            return false;
        } catch (NullPointerException e) {
            return true;
        }
    }
}
