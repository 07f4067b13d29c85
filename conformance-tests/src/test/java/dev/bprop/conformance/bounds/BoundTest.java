package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every test of the profile is named after the BOUND-* clause of SPEC.md it checks. */
class BoundTest {
    @Test
    void BOUND_WEIGHTS_andEveryOtherTestIsNamedAfterItsClause() {
        assertEquals(List.of("required_BOUND-WEIGHTS_time-exponent", "required_BOUND-DEPTH_time-exponent",
                "required_BOUND-BATCH_time-exponent", "required_BOUND-RATIO_gradient-over-forward",
                "required_BOUND-MEMORY_weights-exponent", "required_BOUND-MEMORY_per-example-exponent"),
                Arrays.stream(Bound.values()).map(bound -> bound.testName().toString()).toList());
        assertEquals(List.of("BOUND-WEIGHTS", "BOUND-DEPTH", "BOUND-BATCH", "BOUND-RATIO", "BOUND-MEMORY",
                "BOUND-MEMORY"), Arrays.stream(Bound.values()).map(Bound::ruleId).toList());
        for (Bound bound : Bound.values()) {
            assertEquals(bound.ruleId(), bound.testName().clause());
        }
    }

    @Test
    void BOUND_RATIO_isTheOnlyClauseThatIsNotAnExponent() {
        assertEquals(List.of(true, true, true, false, true, true),
                Arrays.stream(Bound.values()).map(Bound::isExponent).toList());
    }

    @Test
    void BOUND_MEASURE_theAxesSayWhatIsPlottedAgainstWhat() {
        assertEquals(List.of("weights w", "depth L", "batch size m", "weights w", "weights w", "units h + n0 + nL"),
                Arrays.stream(Bound.values()).map(Bound::xAxis).toList());
        assertEquals(List.of("gradient time (ns)", "gradient time (ns)", "gradient time (ns)", "time (ns)",
                "bytes per gradient (m = 1)", "bytes per added example"),
                Arrays.stream(Bound.values()).map(Bound::yAxis).toList());
    }
}
