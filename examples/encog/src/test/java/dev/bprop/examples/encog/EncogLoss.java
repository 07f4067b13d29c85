package dev.bprop.examples.encog;

import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Supplier;
import org.encog.mathutil.error.ErrorCalculation;
import org.encog.mathutil.error.ErrorCalculationMode;
import org.encog.ml.data.MLDataSet;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.neural.error.CrossEntropyErrorFunction;
import org.encog.neural.error.ErrorFunction;
import org.encog.neural.error.LinearErrorFunction;
import org.encog.neural.networks.BasicNetwork;

/**
 * How each loss of the spec is trained and measured in Encog 3.4, and how Encog's numbers convert to the spec's
 * J (clauses LOSS-MEAN, LOSS-MSE, LOSS-CE, LOSS-BCE).
 *
 * <p><b>The gradient</b> comes from the trainer's {@link ErrorFunction}, which gives each output unit its error
 * term (Encog 3.4, {@code org.encog.neural.error}):
 * <ul>
 * <li>{@link LinearErrorFunction}, Encog's default: (y − a) · g'(z), the negative of ∂ℓ/∂z for ℓ = ½‖a − y‖², the
 * per-example LOSS-MSE. It ignores the flat-spot shift it is passed.</li>
 * <li>{@link CrossEntropyErrorFunction}: y − a, with no derivative. That is −∂ℓ/∂z for softmax with cross entropy
 * (BP1-SOFTMAX-CE) and for sigmoid with binary cross entropy (BP1-SIGMOID-BCE), the only pairings the spec allows
 * (FMT-PROBLEM-LOSS-FIT); so both LOSS-CE and LOSS-BCE train with it.</li>
 * </ul>
 *
 * <p><b>The loss value</b> is the trainer's error, which Encog's {@code ErrorCalculation} computes in the mode set
 * by the static, JVM-wide {@link ErrorCalculation#setMode}; {@link #measured} sets the mode for one calculation
 * and puts the previous one back (so the adapter is not safe to call from two threads at once):
 * <ul>
 * <li>mse: mode MSE, Σ_e Σ_k (y_ek − a_ek)² / (m · n_L), the mean over every entry without ½; J = error · n_L / 2.</li>
 * <li>cross_entropy: mode HOT_LOGLOSS, −(1/m) Σ_e Σ_k y_ek ln a_ek (terms with y_ek ≤ 1e−13 left out), which is J
 * itself, computed as the logarithm of Encog's softmax output.</li>
 * <li>binary_cross_entropy: Encog 3.4 has no error calculation for it. The adapter evaluates J from Encog's own
 * pre-activations z^L ({@code FlatNetwork.getLayerSums()}) with the stable form of LOSS-STABLE, softplus(z) − y z;
 * so for this loss the kit checks Encog's forward pass up to z^L and Encog's gradient, not a loss value of Encog's.</li>
 * </ul>
 */
enum EncogLoss {
    MSE(LinearErrorFunction::new, ErrorCalculationMode.MSE, (error, outputs) -> error * outputs / 2),
    CROSS_ENTROPY(CrossEntropyErrorFunction::new, ErrorCalculationMode.HOT_LOGLOSS, (error, outputs) -> error),
    BINARY_CROSS_ENTROPY(CrossEntropyErrorFunction::new, null, null);

    private final Supplier<ErrorFunction> errorFunction;
    private final ErrorCalculationMode mode;
    private final DoubleBinaryOperator fromEncogError;

    /**
     * @param mode the error-calculation mode whose error converts to J, or null where Encog has none
     * @param fromEncogError J from (Encog's error, n_L)
     */
    EncogLoss(Supplier<ErrorFunction> errorFunction, ErrorCalculationMode mode, DoubleBinaryOperator fromEncogError) {
        this.errorFunction = errorFunction;
        this.mode = mode;
        this.fromEncogError = fromEncogError;
    }

    /** The Encog loss that trains and measures {@code loss}. */
    static EncogLoss of(Loss loss) {
        return switch (loss) {
            case MSE -> MSE;
            case CROSS_ENTROPY -> CROSS_ENTROPY;
            case BINARY_CROSS_ENTROPY -> BINARY_CROSS_ENTROPY;
        };
    }

    /** A new error function for the trainer. */
    ErrorFunction errorFunction() {
        return errorFunction.get();
    }

    /** Runs an Encog calculation that reports an error, under this loss's error-calculation mode. */
    <T> T measured(Supplier<T> calculation) {
        ErrorCalculationMode previous = ErrorCalculation.getMode();
        ErrorCalculation.setMode(mode == null ? previous : mode);
        try {
            return calculation.get();
        } finally {
            ErrorCalculation.setMode(previous);
        }
    }

    /** J of LOSS-MEAN from the trainer's error (run through {@link #measured}) or, for BCE, from Encog's z^L. */
    double loss(double trainerError, ForwardPass forward, double[][] targets) {
        return mode == null ? fromLogits(forward.logits(), targets)
                : fromEncogError.applyAsDouble(trainerError, forward.outputWidth());
    }

    /** J from Encog's forward pass alone: {@code BasicNetwork.calculateError}, or for BCE z^L. */
    double forwardLoss(BasicNetwork network, Problem problem) {
        if (mode == null) {
            return fromLogits(ForwardPass.run(network, problem.inputs()).logits(), problem.targets());
        }
        MLDataSet batch = new BasicMLDataSet(problem.inputs(), problem.targets());
        return fromEncogError.applyAsDouble(measured(() -> network.calculateError(batch)), problem.width(
                problem.depth()));
    }

    /** LOSS-BCE in the stable form of LOSS-STABLE: (1/m) Σ_e Σ_k softplus(z_ek) − y_ek z_ek. */
    private static double fromLogits(double[][] logits, double[][] targets) {
        double sum = 0;
        for (int e = 0; e < logits.length; e++) {
            for (int k = 0; k < logits[e].length; k++) {
                double z = logits[e][k];
                sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - targets[e][k] * z;
            }
        }
        return sum / logits.length;
    }
}
