package dev.bprop.oracle.objective;

import dev.bprop.oracle.arith.Arithmetic;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The loss J(θ) of a problem (clauses FWD-Z, FWD-A, LOSS-MEAN, LOSS-STABLE) as a function of its w parameters
 * (clause NOT-W), written from the spec's formulas alone.
 *
 * <p>θ lists the layers in order, each as W^l row by row (w_ji at offset(l) + j·n_(l−1) + i) followed by b^l —
 * the order of the result file, so that component k of a gradient has one {@link Place}.
 */
public final class ProblemObjective implements Objective {
    private final Problem problem;
    private final double[][] targets;
    private final int[] offsets;

    public ProblemObjective(Problem problem) {
        this.problem = problem;
        this.targets = problem.targets();
        this.offsets = new int[problem.depth() + 2];
        for (int l = 1; l <= problem.depth(); l++) {
            Layer layer = problem.layer(l);
            offsets[l + 1] = offsets[l] + layer.outputs() * (layer.inputs() + 1);
        }
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public int dimension() {
        return offsets[problem.depth() + 1];
    }

    /** The index in θ of w^l_ji. */
    public int weightIndex(int l, int j, int i) {
        return offsets[l] + j * problem.layer(l).inputs() + i;
    }

    /** The index in θ of b^l_j. */
    public int biasIndex(int l, int j) {
        Layer layer = problem.layer(l);
        return offsets[l] + layer.outputs() * layer.inputs() + j;
    }

    @Override
    public double parameter(int k) {
        int l = layerOf(k);
        Layer layer = problem.layer(l);
        int local = k - offsets[l];
        int weights = layer.outputs() * layer.inputs();
        return local < weights ? layer.weight(local / layer.inputs(), local % layer.inputs()) : layer.bias(local - weights);
    }

    @Override
    public Place place(int k) {
        int l = layerOf(k);
        Layer layer = problem.layer(l);
        int local = k - offsets[l];
        int weights = layer.outputs() * layer.inputs();
        String prefix = LayerIndex.gradientPlace(l) + ".";
        if (local < weights) {
            String index = "[" + local / layer.inputs() + "][" + local % layer.inputs() + "]";
            return new Place(prefix + Place.WEIGHTS + index, "BP4", l, Place.WEIGHTS, index);
        }
        String index = "[" + (local - weights) + "]";
        return new Place(prefix + Place.BIAS + index, "BP3", l, Place.BIAS, index);
    }

    /** The layer l whose parameters hold index k. */
    public int layerOf(int k) {
        int l = 1;
        while (k >= offsets[l + 1]) {
            l++;
        }
        return l;
    }

    /** A result's gradients as one vector in the order of θ. */
    public double[] flatten(Result result) {
        double[] gradient = new double[dimension()];
        for (int l = 1; l <= problem.depth(); l++) {
            LayerGradient layer = result.gradient(l);
            int inputs = problem.layer(l).inputs();
            for (int j = 0; j < problem.layer(l).outputs(); j++) {
                int row = weightIndex(l, j, 0);
                for (int i = 0; i < inputs; i++) {
                    gradient[row + i] = layer.weight(j, i);
                }
                gradient[biasIndex(l, j)] = layer.bias(j);
            }
        }
        return gradient;
    }

    /**
     * LOSS-MEAN: J = (1/m) Σ_e ℓ(a^L_e, y_e).
     */
    @Override
    public <T> T evaluate(List<T> theta, Arithmetic<T> arithmetic) {
        return evaluation(theta, arithmetic).value();
    }

    /** J and the outputs a^L_e of every example, from one forward pass (FWD-Z, FWD-A, LOSS-MEAN). */
    @Override
    public <T> Evaluation<T> evaluation(List<T> theta, Arithmetic<T> arithmetic) {
        Forward<T> forward = forward(theta, arithmetic);
        int last = problem.depth();
        T sum = arithmetic.constant(0);
        for (int e = 0; e < problem.batchSize(); e++) {
            sum = arithmetic.add(sum, Losses.exampleLoss(problem.loss(), forward.z().get(last).get(e),
                    forward.a().get(last).get(e), targets[e], arithmetic));
        }
        T loss = arithmetic.divide(sum, arithmetic.constant(problem.batchSize()));
        if (!arithmetic.isFinite(loss)) {
            throw new NotFiniteException("loss", "the loss or its derivative is not finite (E-EVAL)");
        }
        return new Evaluation<>(loss, forward.a().get(last));
    }

    /**
     * The forward pass (FWD-Z, FWD-A) of every example at θ, in {@code arithmetic}: the one forward pass of the
     * oracles, which the conformance kit also reads its pre-activations from.
     *
     * @throws NotFiniteException naming the layer where a pre-activation is not finite (E-EVAL)
     */
    public <T> Forward<T> forward(List<T> theta, Arithmetic<T> arithmetic) {
        List<List<List<T>>> z = new ArrayList<>(List.of(List.of()));
        List<List<List<T>>> a = new ArrayList<>();
        List<List<T>> inputs = new ArrayList<>(problem.batchSize());
        for (int e = 0; e < problem.batchSize(); e++) {
            List<T> row = new ArrayList<>(problem.width(0));
            for (int i = 0; i < problem.width(0); i++) {
                row.add(arithmetic.constant(problem.input(e, i)));
            }
            inputs.add(row);
        }
        a.add(inputs);
        for (int l = 1; l <= problem.depth(); l++) {
            List<List<T>> zl = new ArrayList<>(problem.batchSize());
            List<List<T>> al = new ArrayList<>(problem.batchSize());
            for (List<T> below : a.get(l - 1)) {
                List<T> ze = preActivation(theta, arithmetic, l, below);
                zl.add(ze);
                al.add(Activations.apply(problem.layer(l).activation(), ze, arithmetic));
            }
            z.add(zl);
            a.add(al);
        }
        return new Forward<>(z, a);
    }

    /**
     * FWD-Z: z^l_j = Σ_i w^l_ji a^(l−1)_i + b^l_j, for j = 0 … n_l − 1.
     */
    private <T> List<T> preActivation(List<T> theta, Arithmetic<T> arithmetic, int l, List<T> below) {
        Layer layer = problem.layer(l);
        List<T> z = new ArrayList<>(layer.outputs());
        for (int j = 0; j < layer.outputs(); j++) {
            T sum = theta.get(biasIndex(l, j));
            int row = weightIndex(l, j, 0);
            for (int i = 0; i < layer.inputs(); i++) {
                sum = arithmetic.add(sum, arithmetic.multiply(theta.get(row + i), below.get(i)));
            }
            if (!arithmetic.isFinite(sum)) {
                throw new NotFiniteException(LayerIndex.layerPlace(l), "a pre-activation is not finite (E-EVAL)");
            }
            z.add(sum);
        }
        return z;
    }
}
