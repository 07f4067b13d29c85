package dev.bprop.conformance.internal.diagnose.model;

import static dev.bprop.conformance.internal.diagnose.model.Problems.batch;
import static dev.bprop.conformance.internal.diagnose.model.Problems.layer;
import static dev.bprop.conformance.internal.diagnose.model.Problems.problem;
import static dev.bprop.conformance.internal.diagnose.model.Problems.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MLP catalogue as the kit's README lists it (KIT-DIAGNOSIS): five families, operation-level first. */
class MlpModelsTest {
    private static final List<String> DERIVATIVES = List.of("sigmoid-derivative-at-activation",
            "sigmoid-derivative-one-minus-a", "sigmoid-derivative-of-z", "tanh-derivative-at-activation",
            "tanh-derivative-one-minus-z-squared", "tanh-derivative-one-minus-a-all-squared",
            "tanh-derivative-one-minus-a", "relu-derivative-one", "relu-derivative-is-value", "leaky-relu-slope-0.01",
            "leaky-relu-slope-zero", "leaky-relu-slope-float", "hardtanh-derivative-one", "hardtanh-derivative-of-tanh",
            "softmax-jacobian-diagonal", "softmax-jacobian-dropped", "output-derivative-applied-twice",
            "derivative-of-the-layer-above", "stale-derivative-when-saturated", "pre-activations-in-float32");
    private static final List<String> BATCH = List.of("batch-sum-instead-of-mean", "batch-mean-taken-twice",
            "batch-integer-one-over-m", "batch-first-example-only", "batch-last-example-dropped",
            "batch-last-example-only", "batch-micro-batch-means-summed");
    private static final List<String> INDICES = List.of("bp2-missing-transpose", "bp4-transposed",
            "bp4-transposed-shape", "bp4-activation-of-layer-l", "bp4-pre-activation", "bp2-without-derivative",
            "activation-of-the-layer-below", "bp4-tile-tail-dropped");
    private static final List<String> LOSS = List.of("mse-missing-half", "mse-gradient-missing-half",
            "mse-half-twice", "mse-divided-by-outputs", "residual-sign-flipped", "softmax-without-shift",
            "bce-from-the-sigmoid");
    private static final List<String> PARAMETERS = List.of("bias-gradient-missing", "bias-last-example-only",
            "bias-first-example-only", "weight-decay-added");

    /** Problems on which the families' conditions differ: hidden layers, batches, output layers and losses. */
    private static final List<Problem> PROBLEMS = List.of(
            unit(Activation.SIGMOID, 1, 0, 1, 0), unit(Activation.TANH, 1, 0, 1, 0),
            unit(Activation.SIGMOID, 1, 0, 1, 0, Loss.BINARY_CROSS_ENTROPY), batch(1, 2), batch(new double[33]),
            problem(List.of(layer(Activation.RELU, new double[][] {{1}}, 0), layer(Activation.LEAKY_RELU,
                    new double[][] {{1}}, 0), layer(Activation.SOFTMAX, new double[][] {{1}, {1}}, 0, 0)), Loss.MSE,
                    new double[][] {{1}, {2}}, new double[][] {{1, 0}, {0, 1}}),
            problem(List.of(layer(Activation.HARDTANH, new double[][] {{1}, {1}}, 0, 0)), Loss.MSE,
                    new double[][] {{1}}, new double[][] {{1, 0}}),
            problem(List.of(layer(Activation.SOFTMAX, new double[][] {{1}, {1}}, 0, 0)), Loss.CROSS_ENTROPY,
                    new double[][] {{1}}, new double[][] {{1, 0}}));

    @Test
    void KIT_DIAGNOSIS_theCatalogueIsTheFiveFamiliesInTheReadmesOrder() {
        assertEquals(DERIVATIVES, names(DerivativeModels.all()));
        assertEquals(BATCH, names(BatchModels.all()));
        assertEquals(INDICES, names(LayoutModels.all()));
        assertEquals(LOSS, names(LossModels.all()));
        assertEquals(PARAMETERS, names(ParameterModels.all()));
        List<String> all = new ArrayList<>(DERIVATIVES);
        all.addAll(BATCH);
        all.addAll(INDICES);
        all.addAll(LOSS);
        all.addAll(PARAMETERS);
        assertEquals(all, names(MlpModels.all()));
        assertEquals(46, MlpModels.all().size());
    }

    /**
     * Each family built afresh applies where the catalogue's models do (the conditions are built once for the
     * catalogue), on problems where the conditions differ: which one applies where the model tests show.
     */
    @Test
    void KIT_DIAGNOSIS_everyModelHasItsCondition() {
        List<MlpModel> fresh = new ArrayList<>(DerivativeModels.all());
        fresh.addAll(BatchModels.all());
        fresh.addAll(LayoutModels.all());
        fresh.addAll(LossModels.all());
        fresh.addAll(ParameterModels.all());
        for (int k = 0; k < fresh.size(); k++) {
            MlpModel model = fresh.get(k);
            for (Problem problem : PROBLEMS) {
                assertEquals(MlpModels.all().get(k).applies().test(problem), model.applies().test(problem),
                        model.name());
            }
            assertEquals(MlpModels.all().get(k).clause(), model.clause());
            assertEquals(MlpModels.all().get(k).cause(), model.cause());
        }
        assertEquals(List.of("ACT-SIGMOID", "BP-BATCH", "BP2", "LOSS-MSE", "BP3"), List.of(fresh.get(0).clause(),
                fresh.get(20).clause(), fresh.get(27).clause(), fresh.get(35).clause(), fresh.get(42).clause()));
    }

    /** Every model computes on every problem it applies to, a prediction of the problem's shape. */
    @Test
    void KIT_DIAGNOSIS_everyApplicableModelPredictsAResultOfTheProblemsShape() {
        for (MlpModel model : MlpModels.all()) {
            for (Problem problem : PROBLEMS) {
                if (model.applies().test(problem) && !model.name().equals("weight-decay-added")
                        && !model.name().equals("bp4-transposed-shape")
                        && !model.name().equals("bp4-activation-of-layer-l")) {
                    var result = model.predict().apply(problem, null).result();
                    assertEquals(problem.depth(), result.gradients().size(), model.name());
                    assertEquals(problem.batchSize(), result.outputs().length, model.name());
                }
            }
        }
    }

    private static List<String> names(List<MlpModel> models) {
        return models.stream().map(MlpModel::name).toList();
    }
}
