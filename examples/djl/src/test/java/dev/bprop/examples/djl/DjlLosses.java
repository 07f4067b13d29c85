package dev.bprop.examples.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.L2Loss;
import ai.djl.training.loss.SigmoidBinaryCrossEntropyLoss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import dev.bprop.spec.mlp.Loss;
import java.util.EnumSet;
import java.util.Set;

/**
 * The spec's losses computed with DJL's {@code ai.djl.training.loss} classes, converted to the spec's scaling.
 *
 * <p>DJL's losses take the mean over <em>every entry</em> of the m × n_L prediction; the spec's (LOSS-MEAN) take
 * the mean over the m examples of a per-example loss that <em>sums</em> over the n_L outputs. The conversions:
 *
 * <ul>
 * <li><b>mse</b> ({@link L2Loss}, default weight ½): DJL computes (1/(m·n_L)) Σ ½ (y − a)², the spec (LOSS-MSE)
 * (1/m) Σ_e ½ ‖a_e − y_e‖². The ½ agrees; the adapter multiplies by n_L.</li>
 * <li><b>cross_entropy</b> ({@link SoftmaxCrossEntropyLoss} with {@code sparseLabel = false}, since the spec's
 * targets are distributions, not class indices, and {@code fromLogit = true}, which in DJL means "the prediction
 * is the logits, apply logSoftmax": the stable form LOSS-STABLE asks for): DJL computes
 * −(1/m) Σ_e Σ_k y_ek logSoftmax(z_e)_k, the spec's LOSS-CE exactly. No conversion.</li>
 * <li><b>binary_cross_entropy</b> ({@link SigmoidBinaryCrossEntropyLoss} with {@code fromSigmoid = false}: it takes
 * the logits and evaluates relu(z) − z·y + softplus(−|z|), LOSS-STABLE's softplus form): a mean over the m·n_L
 * entries; the adapter multiplies by n_L.</li>
 * </ul>
 *
 * The multiplication by n_L happens before {@code backward}, so the gradients PyTorch returns are those of the spec's
 * J and need no further scaling. Sign: all three are the loss itself, not its negative; the gradient is ∇J.
 */
final class DjlLosses {
    private static final L2Loss MSE = new L2Loss("mse");
    private static final SoftmaxCrossEntropyLoss CROSS_ENTROPY =
            new SoftmaxCrossEntropyLoss("cross_entropy", 1, -1, false, true);
    private static final SigmoidBinaryCrossEntropyLoss BINARY_CROSS_ENTROPY =
            new SigmoidBinaryCrossEntropyLoss("binary_cross_entropy", 1, false);

    private DjlLosses() {
    }

    /** Every loss of the spec. */
    static Set<Loss> supported() {
        return EnumSet.allOf(Loss.class);
    }

    /**
     * J of the spec for the batch, as a scalar array on the autograd tape.
     *
     * @param logits z^L, m × n_L (what DJL's cross-entropy losses take)
     * @param outputs a^L = g^L(z^L), m × n_L (what {@link L2Loss} takes)
     * @param targets y, m × n_L
     */
    static NDArray loss(Loss loss, NDArray logits, NDArray outputs, NDArray targets) {
        long outputCount = targets.getShape().get(1);
        return switch (loss) {
            case MSE -> evaluate(MSE, targets, outputs).mul(outputCount);
            case CROSS_ENTROPY -> evaluate(CROSS_ENTROPY, targets, logits);
            case BINARY_CROSS_ENTROPY -> evaluate(BINARY_CROSS_ENTROPY, targets, logits).mul(outputCount);
        };
    }

    private static NDArray evaluate(ai.djl.training.loss.Loss loss, NDArray targets, NDArray predictions) {
        return loss.evaluate(new NDList(targets), new NDList(predictions));
    }
}
