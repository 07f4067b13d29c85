package dev.bprop.benchmarks.peers;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark network (tanh hidden layers, softmax with cross-entropy) in DJL 0.35.1 on PyTorch 2.7.1, float64,
 * written as the kit's DJL adapter does (examples/djl, {@code DjlNetwork}): {@link Linear#linear} with DJL's
 * weight layout, which is the spec's (NOT-SHAPES), {@link Activation#tanh}, and {@link SoftmaxCrossEntropyLoss} on
 * the logits with dense labels, which is LOSS-CE exactly; PyTorch's autograd does the backward pass.
 *
 * <p>W^l and b^l stay in native memory, marked to require gradients, as in a training loop. {@link #gradient()}
 * copies the batch in from Java (as the reference reads it), runs the forward pass, the loss and the backward pass
 * under a {@link GradientCollector}, and frees every intermediate array with the call's own manager. PyTorch adds
 * each new gradient into the parameter's {@code .grad}: one addition per parameter, as in any DJL training step
 * (DJL's trainer also zeroes them between steps, which is left out here).
 */
final class DjlMlp implements AutoCloseable {
    /** The name DJL registers its PyTorch engine under. */
    private static final String ENGINE = "PyTorch";
    private static final SoftmaxCrossEntropyLoss CROSS_ENTROPY =
            new SoftmaxCrossEntropyLoss("cross_entropy", 1, -1, false, true);

    static {
        NativeLibraries.configure();
    }

    private final Problem problem;
    private final NDManager parameters;
    private final List<NDArray> weights = new ArrayList<>();
    private final List<NDArray> biases = new ArrayList<>();

    DjlMlp(Problem problem) {
        this.problem = problem;
        parameters = Engine.getEngine(ENGINE).newBaseManager();
        for (Layer layer : problem.layers()) {
            weights.add(parameters.create(layer.weights()));
            biases.add(parameters.create(layer.bias()));
        }
        weights.forEach(w -> w.setRequiresGradient(true));
        biases.forEach(b -> b.setRequiresGradient(true));
    }

    /** J: forward pass, loss and backward pass, the gradients left on the parameters. */
    double gradient() {
        try (NDManager call = parameters.newSubManager();
                GradientCollector collector = Engine.getEngine(ENGINE).newGradientCollector()) {
            NDArray activations = call.create(problem.inputs());
            for (int l = 1; l < problem.depth(); l++) {
                activations = Activation.tanh(affine(l, activations));
            }
            NDArray logits = affine(problem.depth(), activations);
            NDArray loss = CROSS_ENTROPY.evaluate(new NDList(call.create(problem.targets())), new NDList(logits));
            collector.backward(loss);
            return loss.getDouble();
        }
    }

    /** Z^l = A^(l−1) (W^l)ᵀ + 1_m (b^l)ᵀ (FWD-Z), on the manager of A^(l−1). */
    private NDArray affine(int l, NDArray previous) {
        return Linear.linear(previous, weights.get(l - 1), biases.get(l - 1)).singletonOrThrow();
    }

    /** The gradients on the parameters (after one {@link #gradient()} call: PyTorch accumulates), as Java arrays. */
    List<LayerGradient> gradients() {
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            NDArray weightGradient = weights.get(l).getGradient();
            int columns = Math.toIntExact(weightGradient.getShape().get(1));
            double[] flat = weightGradient.toDoubleArray();
            double[][] rows = new double[flat.length / columns][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
            }
            gradients.add(new LayerGradient(rows, biases.get(l).getGradient().toDoubleArray()));
        }
        return gradients;
    }

    @Override
    public void close() {
        parameters.close();
    }
}
