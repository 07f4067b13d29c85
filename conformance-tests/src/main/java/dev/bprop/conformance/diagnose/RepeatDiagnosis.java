package dev.bprop.conformance.diagnose;

import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Places;
import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.compare.ElementComparison;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Why a second call answered differently from the first (KIT-DETERMINISTIC): twice the gradient is the classic
 * accumulator that is never reset; any other constant factor, some other state kept between calls; no pattern,
 * randomness or a data race.
 */
public final class RepeatDiagnosis {
    private RepeatDiagnosis() {
    }

    /** The finding for a comparison whose expected side is the first answer and whose found side is the second. */
    public static String of(MlpComparison firstAgainstSecond) {
        List<ElementComparison> gradients = firstAgainstSecond.elements().stream()
                .filter(Places::inLayerGradient).toList();
        OptionalDouble ratio = CommonRatio.of(gradients);
        if (ratio.isPresent() && CommonRatio.is(ratio.getAsDouble(), 2)) {
            return "the second call returned twice the first gradient: gradients accumulate in buffers that are not "
                    + "reset between calls (KIT-DETERMINISTIC)";
        }
        if (ratio.isPresent()) {
            return String.format(Locale.ROOT, "the second call returned %.6g × the first gradient: state is kept "
                    + "between calls (KIT-DETERMINISTIC)", ratio.getAsDouble());
        }
        return "the two answers differ without a pattern: randomness or a race between threads (KIT-DETERMINISTIC)";
    }
}
