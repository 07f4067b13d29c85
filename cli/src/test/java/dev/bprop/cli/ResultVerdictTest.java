package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.Place;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CMP-VERDICT as {@code bprop check --result} prints it: the heading, one row per disagreeing number (at most 20,
 * then a count of the rest), the numbers not judged, the diagnosis, and the verdict over the numbers judged.
 */
class ResultVerdictTest {
    private static final String HEADING = "result r.json (float64) against the reference (float64), number by number "
            + "(CMP-VERDICT):\n";
    private final StringWriter text = new StringWriter();

    private static ElementComparison element(int index, Verdict verdict) {
        return new ElementComparison(new Place("gradients[0].weights[0][" + index + "]", "BP4", 1, "W", "0," + index),
                1.0, verdict == Verdict.DISAGREES ? 1.5 : 1.0, 0, 1e-9, "test", verdict);
    }

    private static List<ElementComparison> elements(int agreeing, int disagreeing, int unbounded) {
        List<ElementComparison> elements = new ArrayList<>();
        for (int i = 0; i < agreeing + disagreeing + unbounded; i++) {
            elements.add(element(i, i < agreeing ? Verdict.AGREES : i < agreeing + disagreeing ? Verdict.DISAGREES
                    : Verdict.NOT_BOUNDED));
        }
        return elements;
    }

    private boolean print(List<ElementComparison> elements, List<String> diagnosis) {
        return ResultVerdict.print(elements, "r.json (float64)", diagnosis, new PrintWriter(text, true));
    }

    private String printed() {
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void cmpVerdict_anAgreeingResultIsOneHeadingAndOneVerdict() {
        assertTrue(print(elements(3, 0, 0), List.of()));
        assertEquals(HEADING + "AGREE: all 3 numbers judged are within their tolerance\n", printed());
    }

    /** 1 − 1.5: |Δ| = 5.00e-01 against the tolerance 1.00e-09. */
    @Test
    void cmpVerdict_eachDisagreementIsARowThenTheDiagnosisThenTheVerdict() {
        assertFalse(print(elements(2, 1, 0), List.of("sign flipped", "float32 rounding")));
        assertEquals(HEADING
                + String.format("  %-32s %-24s %-24s %-10s %s%n", "place", "reference (expected)",
                        "r.json (float64) (found)", "|Δ|", "tolerance").replace(System.lineSeparator(), "\n")
                + String.format("  %-32s %-24s %-24s %-10s %s%n", "gradients[0].weights[0][2]", "1.0", "1.5",
                        "5.00e-01", "1.00e-09").replace(System.lineSeparator(), "\n")
                + "diagnosis:\n  - sign flipped\n  - float32 rounding\n"
                + "DISAGREE: 1 of 3 numbers outside their tolerance\n", printed());
    }

    @Test
    void cmpVerdict_twentyRowsAtMostThenACountOfTheRest() {
        print(elements(0, 20, 0), List.of());
        assertFalse(printed().contains("more numbers"), printed());
        assertEquals(1 + 1 + 20 + 1, printed().lines().count(), printed());
        text.getBuffer().setLength(0);
        print(elements(0, 23, 0), List.of());
        assertTrue(printed().contains("\n  … and 3 more numbers outside their tolerance\n"), printed());
        assertEquals(1 + 1 + 20 + 1 + 1, printed().lines().count(), printed());
        assertTrue(printed().endsWith("DISAGREE: 23 of 23 numbers outside their tolerance\n"), printed());
    }

    /** Numbers whose bound overflows are neither agreeing nor disagreeing: counted apart, left out of the verdict. */
    @Test
    void cmpVerdict_numbersNotJudgedAreCountedApart() {
        assertTrue(print(elements(2, 0, 3), List.of()));
        assertEquals(HEADING + "  3 numbers not judged: their rounding bound overflows the double range\n"
                + "AGREE: all 2 numbers judged are within their tolerance\n", printed());
    }
}
