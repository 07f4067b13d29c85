package dev.bprop.conformance.internal.diagnose;

import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Places;
import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.compare.ElementComparison;
import java.util.List;

/**
 * Why a second call answered differently from the first (KIT-DETERMINISTIC), by reproduction: a second answer
 * that is the first plus the first, within the tolerance, is reproduced by gradient buffers that are not reset
 * between calls. Otherwise only the facts: where the answers differ, or that their shapes do (FMT-RESULT).
 */
public final class RepeatDiagnosis {
    private RepeatDiagnosis() {
    }

    /**
     * The findings for a failed comparison whose expected side is the first answer and whose found side the
     * second.
     */
    public static List<String> of(MlpComparison firstAgainstSecond) {
        if (!firstAgainstSecond.shapeErrors().isEmpty()) {
            return firstAgainstSecond.shapeErrors().stream().map(error -> "FMT-RESULT: " + error
                    + " (the shapes are wrong; the answers are not compared number by number)").toList();
        }
        List<ElementComparison> gradients = firstAgainstSecond.elements().stream()
                .filter(Places::inLayerGradient).toList();
        boolean doubled = gradients.stream().allMatch(e -> e.foundIsTimes(2));
        if (doubled) {
            return List.of("reproduced: the second gradient is the first one added to itself, every number within "
                    + "its tolerance: the gradients accumulate in buffers that are not reset between calls "
                    + "(KIT-DETERMINISTIC)");
        }
        List<ElementComparison> mismatches = firstAgainstSecond.mismatches();
        return List.of(mismatches.size() + " of " + firstAgainstSecond.elements().size() + " numbers differ "
                + "between the two calls, the first at " + mismatches.get(0).place().path() + "; no known bug "
                + "reproduces the second answer from the first (KIT-DETERMINISTIC)");
    }
}
