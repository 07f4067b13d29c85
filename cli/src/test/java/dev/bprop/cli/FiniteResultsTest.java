package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause FMT-NUMBERS: no NaN or infinity is ever printed as part of a result; the first one is named. */
class FiniteResultsTest {
    private static Result result(double loss, double output, double weight, double bias) {
        return new Result(loss, new double[][] {{1}, {output}},
                List.of(new LayerGradient(new double[][] {{1, 2}}, new double[] {3}),
                        new LayerGradient(new double[][] {{4, weight}}, new double[] {bias})));
    }

    @Test
    void fmtNumbers_everyEntryIsCheckedAndTheFirstBadOneNamed() {
        assertDoesNotThrow(() -> FiniteResults.requireFinite(result(0, 0, 0, 0)));
        assertEquals("loss", place(result(Double.NaN, 0, 0, 0)));
        assertEquals("outputs[1][0]", place(result(0, Double.POSITIVE_INFINITY, 0, 0)));
        assertEquals("gradients[1].weights[0][1]", place(result(0, 0, Double.NEGATIVE_INFINITY, 0)));
        assertEquals("gradients[1].bias[0]", place(result(0, 0, 0, Double.NaN)));
        assertEquals("outputs[1][0]", place(result(0, Double.NaN, Double.NaN, Double.NaN)));
    }

    @Test
    void fmtNumbers_theMessageSaysWhatWasComputed() {
        assertEquals("gradients[1].bias[0]: the reference computed NaN: the problem's numbers overflow double "
                + "precision, so there is no result to print", assertThrows(InvalidInputException.class,
                        () -> FiniteResults.requireFinite(result(0, 0, 0, Double.NaN))).getMessage());
    }

    private static String place(Result result) {
        return assertThrows(InvalidInputException.class, () -> FiniteResults.requireFinite(result)).place();
    }
}
