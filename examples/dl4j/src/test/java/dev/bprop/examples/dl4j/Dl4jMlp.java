package dev.bprop.examples.dl4j;

import dev.bprop.conformance.bounds.ForwardOnly;
import dev.bprop.conformance.bounds.RuntimeBoundsImplementation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The conformance kit's adapter to Deeplearning4j 1.0.0-M2.1: a {@code MultiLayerNetwork} in {@code DataType.DOUBLE}
 * (built by {@link Dl4jNetworks}), whose {@code computeGradientAndScore()} gives the loss and the gradients;
 * a^L comes from one more forward pass, {@code output(x, false)}, since {@code computeGradientAndScore()} does not
 * keep the output layer's activations.
 *
 * <p>Conversions to the spec (each explained in {@link Dl4jConventions}): W^l and ∂J/∂W^l are transposed (DL4J
 * stores nIn × nOut, NOT-SHAPES); the gradient is divided by m (DL4J returns the batch sum, BP-BATCH); for
 * {@code mse} the score and the gradient are multiplied by n_L/2 (DL4J's {@code LossMSE} has no ½ and divides by the
 * number of outputs, LOSS-MSE).
 *
 * <p>Capabilities: every activation of the spec (leaky relu with slope 0.1) and every loss, in float64. For the
 * runtime bounds, nd4j computes in native code on off-heap buffers, so the adapter declares that the library does
 * not work on the calling thread's Java heap: time is taken on the wall clock and the allocation clauses
 * (BOUND-MEMORY) are skipped with that reason. The forward pass alone is {@code MultiLayerNetwork.score(DataSet)}.
 */
public final class Dl4jMlp implements RuntimeBoundsImplementation {
    private final Dl4jNetworks networks = new Dl4jNetworks();

    @Override
    public Result gradient(Problem problem) {
        MultiLayerNetwork network = networks.withParameters(problem);
        INDArray inputs = Nd4j.create(problem.inputs());
        double[][] outputs = rows(network.output(inputs, false));
        network.setInput(inputs);
        network.setLabels(Nd4j.create(problem.targets()));
        network.computeGradientAndScore();

        int units = problem.width(problem.depth());
        double scoreFactor = Dl4jConventions.scoreFactor(problem.loss(), units);
        double gradientFactor = Dl4jConventions.gradientFactor(problem.loss(), units, problem.batchSize());
        Gradient gradient = network.gradient();
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= problem.depth(); l++) {
            String prefix = (l - 1) + "_";
            double[][] weights = rows(gradient.getGradientFor(prefix + "W"));
            double[] bias = gradient.getGradientFor(prefix + "b").dup().data().asDouble();
            gradients.add(new LayerGradient(Dl4jConventions.transposed(weights, gradientFactor),
                    Dl4jConventions.divided(bias, gradientFactor)));
        }
        return new Result(network.score() / scoreFactor, outputs, gradients);
    }

    /** J from DL4J's forward pass and score alone, converted as in {@link #gradient}. */
    @Override
    public Optional<ForwardOnly> forwardOnly() {
        return Optional.of(problem -> {
            MultiLayerNetwork network = networks.withParameters(problem);
            double score = network.score(new DataSet(Nd4j.create(problem.inputs()), Nd4j.create(problem.targets())));
            return score / Dl4jConventions.scoreFactor(problem.loss(), problem.width(problem.depth()));
        });
    }

    /** nd4j computes in native code (OpenMP, OpenBLAS) on off-heap buffers: see the class comment. */
    @Override
    public boolean worksOnCallingThread() {
        return false;
    }

    /**
     * The rows of a 2-d array, copied out with one native copy: {@code INDArray.toDoubleMatrix()} copies row by row,
     * one native call per row, which made reading the gradient cost more than computing it.
     */
    private static double[][] rows(INDArray array) {
        int rows = Math.toIntExact(array.size(0));
        int columns = Math.toIntExact(array.size(1));
        double[] flat = array.dup('c').data().asDouble();
        double[][] result = new double[rows][];
        for (int r = 0; r < rows; r++) {
            result[r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
        }
        return result;
    }
}
