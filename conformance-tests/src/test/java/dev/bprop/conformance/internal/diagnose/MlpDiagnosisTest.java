package dev.bprop.conformance.internal.diagnose;

import static dev.bprop.conformance.internal.diagnose.Results.unitResult;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.internal.diagnose.model.MlpModels;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnosis by reproduction (KIT-DIAGNOSIS) of hand-made failures. */
class MlpDiagnosisTest {
    /**
     * One identity unit, w = 1, b = 0, x = (1, 3), y = 0: a = x, J = (1 + 9)/2/2 = 2.5, δ_e = x_e/2, so ∂J/∂b = 2 and
     * ∂J/∂w = (1·1 + 3·3)/2 = 5.
     */
    private static final Problem TWO_EXAMPLES = new Problem("two", List.of(new Layer(Activation.IDENTITY,
            new double[][] {{1}}, new double[] {0})), Loss.MSE, new double[][] {{1}, {3}}, new double[][] {{0}, {0}});
    private static final Result REFERENCE = new Result(2.5, new double[][] {{1}, {3}}, List.of(
            new LayerGradient(new double[][] {{5}}, new double[] {2})));

    /**
     * Twice the gradient with the loss kept: the batch sum (every example weighted 1: ∂J/∂b = 1 + 3 = 4, ∂J/∂w =
     * 1 + 9 = 10) and the mse gradient without its ½ (δ_e = 2·x_e/2) both give it, exactly; no other model does.
     */
    @Test
    void KIT_DIAGNOSIS_everyModelThatReproducesIsNamedWithANote() {
        Result found = new Result(2.5, new double[][] {{1}, {3}}, List.of(new LayerGradient(new double[][] {{10}},
                new double[] {4})));
        List<String> findings = diagnose(TWO_EXAMPLES, found);
        assertEquals(List.of("reproduced by model `batch-sum-instead-of-mean` (BP-BATCH): your result equals the "
                        + "reference computed with the batch sum instead of the mean BP-BATCH wants: every example "
                        + "weighted 1, not 1/m — every number within its tolerance and the model's own rounding, the "
                        + "largest difference 0 ulps",
                "reproduced by model `mse-gradient-missing-half` (LOSS-MSE): your result equals the reference "
                        + "computed with ∂ℓ/∂a = 2(a − y), the derivative of the squared error without its ½, while the "
                        + "loss keeps the ½ — every number within its tolerance and the model's own rounding, the "
                        + "largest difference 0 ulps",
                "2 of the " + MlpModels.all().size() + " known bugs give these same numbers on this problem; a larger "
                        + "problem tells them apart"), findings);
        assertEquals(List.of("batch-sum-instead-of-mean", "mse-gradient-missing-half"), MlpDiagnosis.reproduced(
                TWO_EXAMPLES, found, comparison(TWO_EXAMPLES, REFERENCE, found)).stream().map(Reproduced::name)
                .toList());
    }

    /** ∂J/∂b = 3 for 2, the weight right: no model moves the bias alone by that much. Only the facts. */
    @Test
    void KIT_DIAGNOSIS_noModelReproducesAndOnlyTheFactsAreStated() {
        Result found = new Result(2.5, new double[][] {{1}, {3}}, List.of(new LayerGradient(new double[][] {{5}},
                new double[] {3})));
        assertEquals(List.of("the gradients differ in no weight gradient and ∂J/∂b^l of layers [1] (of layers 1..1)",
                "no known bug of the kit's catalogue (46 models) reproduces these numbers"), diagnose(TWO_EXAMPLES,
                found));
    }

    /**
     * One example, x = 2, y = 0: a = 2, δ = 2, ∂J/∂w = 4. An all-zero gradient is what the batch models that need
     * two examples predict at m = 1 (weight 0); they do not apply here, so nothing reproduces it.
     */
    @Test
    void KIT_DIAGNOSIS_aModelThatDoesNotApplyIsNotTried() {
        Problem one = Results.unit(Activation.IDENTITY, 0, 0, 2);
        Result reference = unitResult(2, 2, new double[] {4}, 2);
        Result zero = unitResult(2, 2, new double[] {0}, 0);
        assertEquals(List.of("the gradients differ in ∂J/∂W^l of layers [1] and ∂J/∂b^l of layers [1] (of layers "
                + "1..1)", "every gradient number is 0", "no known bug of the kit's catalogue (46 models) reproduces "
                + "these numbers"), diagnose(one, zero, reference));
    }

    /**
     * W = (1, 1), x = (1, 2), y = 0: a = 3, δ = 3, ∂J/∂W = (3, 6). Returned as a 2 × 1 column: a shape error, and the
     * transposed-shape model gives exactly that (weight decay, indexing the found gradient as 1 × 2, throws and is
     * skipped).
     */
    @Test
    void FMT_RESULT_aTransposedShapeIsNamedAndReproduced() {
        Problem wide = Results.unit(Activation.IDENTITY, 0, 0, 1, 2);
        Result reference = unitResult(4.5, 3, new double[] {3, 6}, 3);
        Result column = new Result(4.5, new double[][] {{3}}, List.of(new LayerGradient(new double[][] {{3}, {6}},
                new double[] {3})));
        assertEquals(List.of("FMT-RESULT: gradients[0].weights: expected 1 rows of 2, found 2 rows",
                "reproduced by model `bp4-transposed-shape` (BP4): your result equals the reference computed with "
                        + "∂J/∂W^l returned as a^(l−1) δᵀ, the transpose of BP4's δ (a^(l−1))ᵀ, in the transposed "
                        + "shape n_(l−1) × n_l — every number within its tolerance and the model's own rounding, the "
                        + "largest difference 0 ulps"), diagnose(wide, column, reference));
    }

    private static List<String> diagnose(Problem problem, Result found) {
        return diagnose(problem, found, REFERENCE);
    }

    private static List<String> diagnose(Problem problem, Result found, Result reference) {
        return MlpDiagnosis.of(problem, reference, found, comparison(problem, reference, found));
    }

    private static MlpComparison comparison(Problem problem, Result reference, Result found) {
        return MlpComparison.of(problem, reference, found, Sides.referenceAgainst(Precision.FLOAT64));
    }
}
