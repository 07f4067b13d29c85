package dev.bprop.examples.encog;

import dev.bprop.conformance.bounds.ForwardOnly;
import dev.bprop.conformance.bounds.RuntimeBoundsImplementation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.encog.ml.data.MLDataSet;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.neural.flat.FlatNetwork;
import org.encog.neural.networks.BasicNetwork;

/**
 * The conformance kit's adapter to Encog 3.4 ({@code org.encog:encog-core:3.4}): a {@link BasicNetwork} built from
 * the problem ({@link EncogNetworks}), its {@code Backpropagation} trainer's gradient ({@link GradientSums}) and
 * its error ({@link EncogLoss}), converted to the spec's conventions:
 *
 * <ul>
 * <li><b>Sign and batch (BP-BATCH, LOSS-MEAN, GD-STEP).</b> Encog's trainer accumulates Σ_e −∂ℓ_e/∂w, the descent
 * direction of the batch sum; the spec's ∂J/∂w is the ascent direction of the batch mean. The adapter returns
 * −(Encog's sum)/m.</li>
 * <li><b>Layout (NOT-SHAPES).</b> Encog keeps one flat array, output layer first, bias as the extra neuron of the
 * layer below; {@link EncogNetworks#flatIndex} maps w^l_ji and b^l_j to it.</li>
 * <li><b>Loss scaling (LOSS-MSE, LOSS-CE, LOSS-BCE).</b> See {@link EncogLoss}: Encog's MSE is the mean over all
 * m · n_L entries without ½, so J = error · n_L / 2; its one-hot log loss is J for cross entropy; for binary cross
 * entropy Encog has no error value and J is evaluated from Encog's z^L.</li>
 * <li><b>Outputs.</b> a^L from {@code BasicNetwork.compute}, Encog's forward pass, example by example.</li>
 * </ul>
 *
 * <p>Capabilities: every activation Encog 3.4 has ({@link EncogActivations}: all but leaky_relu), all three losses,
 * float64 (Encog computes in {@code double} throughout). For the runtime bounds the forward pass alone is
 * {@code BasicNetwork.calculateError}, and Encog works on the calling thread and the Java heap with one thread.
 * Encog has no expression graphs, so the graph profile does not apply.
 */
public final class EncogMlp implements RuntimeBoundsImplementation {
    @Override
    public Result gradient(Problem problem) {
        BasicNetwork network = EncogNetworks.of(problem);
        EncogLoss loss = EncogLoss.of(problem.loss());
        ForwardPass forward = ForwardPass.run(network, problem.inputs());
        MLDataSet batch = new BasicMLDataSet(problem.inputs(), problem.targets());
        GradientSums.Reading reading = loss.measured(() -> GradientSums.of(network, batch, loss.errorFunction()));
        return new Result(loss.loss(reading.error(), forward, problem.targets()), forward.outputs(),
                layerGradients(problem, network.getFlat(), reading.sums()));
    }

    @Override
    public Set<Activation> activations() {
        return EncogActivations.supported();
    }

    /** J from Encog's forward pass alone ({@link EncogLoss#forwardLoss}). */
    @Override
    public Optional<ForwardOnly> forwardOnly() {
        return Optional.of(problem -> EncogLoss.of(problem.loss()).forwardLoss(EncogNetworks.of(problem), problem));
    }

    /** ∂J/∂W^l and ∂J/∂b^l: Encog's sums of negative per-example gradients, negated and divided by m. */
    private static List<LayerGradient> layerGradients(Problem problem, FlatNetwork flat, double[] sums) {
        double m = problem.batchSize();
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= problem.depth(); l++) {
            Layer layer = problem.layer(l);
            double[][] weights = new double[layer.outputs()][layer.inputs()];
            double[] bias = new double[layer.outputs()];
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    weights[j][i] = -sums[EncogNetworks.flatIndex(flat, l, i, j)] / m;
                }
                bias[j] = -sums[EncogNetworks.flatIndex(flat, l, layer.inputs(), j)] / m;
            }
            gradients.add(new LayerGradient(weights, bias));
        }
        return gradients;
    }
}
