package dev.bprop.examples.dl4j;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationHardTanH;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * DL4J {@link MultiLayerNetwork}s for spec problems (FMT-PROBLEM): layers 1..L−1 as {@code DenseLayer}s, layer L as an
 * {@code OutputLayer} carrying the loss, every array in {@code DataType.DOUBLE}.
 *
 * <p>The configuration is DL4J's default but for what keeps the gradient the plain ∇J: a {@code NoOp} updater, no
 * l1/l2 regularisation and no dropout (the defaults, left unset), {@code miniBatch(true)} (the default; its effect
 * on the scale is in {@link Dl4jConventions}). Workspaces stay on (DL4J's default); the adapter copies every
 * number it returns out of DL4J's arrays before the next call. The output layer check is off for one reason only: DL4J rejects
 * softmax with one output unit ({@code OutputLayerUtil.validateOutputLayerConfiguration}, "the output will always
 * be exactly 1.0"), which the spec allows (a = 1, gradient 0); every other check it makes passes for the spec's
 * loss–activation pairs (FMT-PROBLEM-LOSS-FIT).
 *
 * <p>Building a network costs far more than a small gradient, so networks are kept per architecture (activations,
 * widths, loss) and only their parameters are written for each problem.
 */
final class Dl4jNetworks {
    private static final int KEPT = 16;

    private final Map<Architecture, MultiLayerNetwork> networks = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Architecture, MultiLayerNetwork> eldest) {
            return size() > KEPT;
        }
    };

    /** What fixes a network's configuration: everything of a problem but its numbers. */
    private record Architecture(List<Activation> activations, List<Integer> widths, Loss loss) {
        static Architecture of(Problem problem) {
            List<Activation> activations = problem.layers().stream().map(Layer::activation).toList();
            List<Integer> widths = new java.util.ArrayList<>();
            for (int l = 0; l <= problem.depth(); l++) {
                widths.add(problem.width(l));
            }
            return new Architecture(activations, widths, problem.loss());
        }
    }

    /** A network for {@code problem}'s architecture holding W^l (transposed, see {@link Dl4jConventions}) and b^l. */
    MultiLayerNetwork withParameters(Problem problem) {
        MultiLayerNetwork network = networks.computeIfAbsent(Architecture.of(problem), Dl4jNetworks::build);
        for (int l = 1; l <= problem.depth(); l++) {
            Layer layer = problem.layer(l);
            String prefix = (l - 1) + "_";
            network.getParam(prefix + "W").assign(Nd4j.create(Dl4jConventions.transposed(layer.weights(), 1.0)));
            network.getParam(prefix + "b").assign(Nd4j.create(layer.bias(), new long[] {1, layer.outputs()}));
        }
        return network;
    }

    private static MultiLayerNetwork build(Architecture architecture) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(new NoOp())
                .weightInit(WeightInit.ZERO)
                .miniBatch(true)
                .list();
        int depth = architecture.activations().size();
        for (int l = 1; l <= depth; l++) {
            int in = architecture.widths().get(l - 1);
            int out = architecture.widths().get(l);
            IActivation activation = activation(architecture.activations().get(l - 1));
            list.layer(l - 1, l < depth
                    ? new DenseLayer.Builder().nIn(in).nOut(out).activation(activation).build()
                    : new OutputLayer.Builder(loss(architecture.loss())).nIn(in).nOut(out).activation(activation)
                            .build());
        }
        MultiLayerNetwork network = new MultiLayerNetwork(list.validateOutputLayerConfig(false).build());
        network.init();
        return network;
    }

    /** DL4J's activation for ACT-*: leaky relu with the spec's slope 0.1 (DL4J's default is 0.01). */
    static IActivation activation(Activation activation) {
        return switch (activation) {
            case IDENTITY -> new ActivationIdentity();
            case SIGMOID -> new ActivationSigmoid();
            case TANH -> new ActivationTanH();
            case HARDTANH -> new ActivationHardTanH();
            case RELU -> new ActivationReLU();
            case LEAKY_RELU -> new ActivationLReLU(0.1);
            case SOFTMAX -> new ActivationSoftmax();
        };
    }

    /** DL4J's loss for LOSS-*, with its default settings (clipping included, see FINDINGS.md). */
    static ILossFunction loss(Loss loss) {
        return switch (loss) {
            case MSE -> new LossMSE();
            case CROSS_ENTROPY -> new LossMCXENT();
            case BINARY_CROSS_ENTROPY -> new LossBinaryXENT();
        };
    }
}
