package dev.bprop.conformance.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.Place;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The layout of a failure message (FMT-RESULT's report lines, KIT-DIAGNOSIS, KIT-SHRINK), written out by hand. */
class FailureTest {
    /** bias[k] expected 0, found 1: |Δ| = 1, relative 1, ulps from 0.0 to 1.0 = the bits of 1.0 = 0x3FF0…0. */
    private static ElementComparison bias(int k) {
        return new ElementComparison(new Place("gradients[0].bias[" + k + "]", "BP3", 1, "bias", "[" + k + "]"), 0,
                1, 0, 0, "exact", Verdict.DISAGREES);
    }

    @Test
    void KIT_aRequiredFailureShowsItsFirstEightMismatchesTheDiagnosisAndTheFile() {
        AssertionFailedError error = Failure.of(TestName.required("BP3", "tiny"), "a vector", "numbers differ")
                .mismatches(IntStream.range(0, 9).mapToObj(FailureTest::bias).toList(),
                        Sides.referenceAgainst(Precision.FLOAT64), OptionalLong.empty())
                .diagnosis(List.of("first finding", "second finding"))
                .file("the problem:", "\n{ }\n\n").error();
        StringBuilder expected = new StringBuilder("required_BP3_tiny failed (clause BP3): numbers differ\n"
                + "  case: a vector\n  9 numbers outside their tolerance");
        for (int k = 0; k < 8; k++) {
            expected.append("\n    BP3 layer 1 bias[").append(k).append("] (gradients[0].bias[").append(k)
                    .append("]): expected 0.0 (reference), found 1.0 (implementation), oracle error 0.0; |Δ| = 1.0, "
                            + "relative 1.0, 4607182418800017408 ulps > tolerance 0.0 = exact; no seed (a fixed case)");
        }
        expected.append("\n  diagnosis:\n    - first finding\n    - second finding\n  the problem:\n{ }");
        assertEquals(expected.toString(), error.getMessage());
        assertNull(error.getCause());
    }

    @Test
    void KIT_anOptionalDifferenceWithoutNumbersOrFindingsIsOneLineAndKeepsItsCause() {
        IllegalStateException cause = new IllegalStateException("thrown");
        AssertionFailedError error = Failure.of(TestName.optional("ACT-KINK", "relu"), "a probe", "convention")
                .mismatches(List.of(), Sides.referenceAgainst(Precision.FLOAT64), OptionalLong.of(3))
                .diagnosis(List.of()).error(cause);
        assertEquals("optional_ACT-KINK_relu differs (clause ACT-KINK): convention\n  case: a probe",
                error.getMessage());
        assertSame(cause, error.getCause());
    }
}
