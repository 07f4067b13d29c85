package dev.bprop.benchmarks.peers;

import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * The benchmark network (tanh hidden layers, softmax with cross-entropy) as a DL4J 1.0.0-M2.1
 * {@code MultiLayerNetwork} in float64, configured as the kit's DL4J adapter does (examples/dl4j,
 * {@code Dl4jNetworks}): {@code DenseLayer}s and an {@code OutputLayer} with {@code LossMCXENT}, a {@code NoOp}
 * updater, workspaces on. Parameters, inputs and labels are written once; {@link #gradient()} is what a training
 * step costs before the updater: {@code computeGradientAndScore()}, the forward pass, the loss and the backward pass,
 * leaving the gradients in DL4J's arrays.
 *
 * <p>DL4J's conventions, converted only by {@link #gradients()} (for the check that this is the reference's
 * gradient): W is stored nIn × nOut, the transpose of the spec's W^l (NOT-SHAPES), and the gradient is the batch
 * sum, m times the spec's mean (BP-BATCH; DL4J's updater divides by m later).
 */
final class Dl4jMlp {
    static {
        NativeLibraries.configure();
    }

    private final Problem problem;
    private final MultiLayerNetwork network;

    Dl4jMlp(Problem problem) {
        oneThread();
        this.problem = problem;
        network = new MultiLayerNetwork(configuration(problem));
        network.init();
        for (int l = 1; l <= problem.depth(); l++) {
            Layer layer = problem.layer(l);
            network.getParam(parameter(l, "W")).assign(Nd4j.create(layer.weights()).transpose());
            network.getParam(parameter(l, "b")).assign(Nd4j.create(layer.bias(), new long[] {1, layer.outputs()}));
        }
        network.setInput(Nd4j.create(problem.inputs()));
        network.setLabels(Nd4j.create(problem.targets()));
    }

    /**
     * OpenBLAS on one thread, and nd4j's own operations on one thread or not at all: nd4j takes its thread count
     * from {@code OMP_NUM_THREADS} once, when it loads, and ignores {@code Environment.setMaxThreads}, so a JVM
     * started without {@code OMP_NUM_THREADS=1} cannot be fixed from here and would time several threads.
     */
    private static void oneThread() {
        Nd4j.factory().blas().setMaxThreads(1);
        int threads = Nd4j.getEnvironment().maxThreads();
        if (threads != 1) {
            throw new IllegalStateException("nd4j computes on " + threads
                    + " threads: start the benchmarks with OMP_NUM_THREADS=1 in the environment");
        }
    }

    private static org.deeplearning4j.nn.conf.MultiLayerConfiguration configuration(Problem problem) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(new NoOp())
                .weightInit(WeightInit.ZERO)
                .miniBatch(true)
                .list();
        int depth = problem.depth();
        for (int l = 1; l < depth; l++) {
            list.layer(new DenseLayer.Builder().nIn(problem.width(l - 1)).nOut(problem.width(l))
                    .activation(Activation.TANH).build());
        }
        list.layer(new OutputLayer.Builder(new LossMCXENT()).nIn(problem.width(depth - 1)).nOut(problem.width(depth))
                .activation(Activation.SOFTMAX).build());
        return list.build();
    }

    /** DL4J's score, J: forward pass, loss and backward pass, the gradients left in the network. */
    double gradient() {
        network.computeGradientAndScore();
        return network.score();
    }

    /** The gradients of the last {@link #gradient()} call in the spec's layout and scale. */
    List<LayerGradient> gradients() {
        List<LayerGradient> gradients = new ArrayList<>();
        double examples = problem.batchSize();
        for (int l = 1; l <= problem.depth(); l++) {
            INDArray weights = network.gradient().getGradientFor(parameter(l, "W")).transpose().div(examples);
            INDArray bias = network.gradient().getGradientFor(parameter(l, "b")).div(examples);
            gradients.add(new LayerGradient(weights.toDoubleMatrix(), bias.toDoubleVector()));
        }
        return gradients;
    }

    /** DL4J's name of layer l's parameter ("W" or "b"); DL4J counts layers from 0. */
    private static String parameter(int l, String name) {
        return (l - 1) + "_" + name;
    }
}
