package dev.bprop.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * EJML's dense matrix products ({@code CommonOps_DDRM}) on the shapes of the benchmark networks: the anchor the
 * reference is compared with. {@link #forwardProducts()} does the products of the forward pass, A^(l−1) (W^l)ᵀ for
 * l = 1..3; {@link #gradientProducts()} adds those of the backward pass, Δ^(l+1) W^(l+1) (BP2) for l = 2, 1 and
 * (Δ^l)ᵀ A^(l−1) (BP4) for l = 1..3: exactly the flops the reference's gradient is counted with, and nothing else
 * (no activations, no allocation), so it is an upper bound on what the same arithmetic can reach in Java.
 * {@link #mlpGradient()} is the like-for-like anchor: the whole gradient of the benchmark network written with
 * EJML as a library would, in preallocated matrices: the same products plus the activations, loss and
 * derivatives, with tanh' taken as libraries take it, 1 − a² from the stored activation, which costs no
 * exponential (the reference spends one per unit on 4t/(1 + t)², which keeps its digits where a saturates).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EjmlBenchmark {
    @Param({"20", "67", "220", "705"})
    public int width;

    private final DMatrixRMaj[] weights = new DMatrixRMaj[4];
    private final DMatrixRMaj[] activations = new DMatrixRMaj[4];
    private final DMatrixRMaj[] errors = new DMatrixRMaj[4];
    private final DMatrixRMaj[] weightGradients = new DMatrixRMaj[4];
    private final EjmlMlp mlp = new EjmlMlp();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(Network.SEED + width);
        int[][] shapes = Network.weightShapes(width);
        activations[0] = new DMatrixRMaj(Network.gaussian(random, Network.BATCH, width, 1));
        for (int l = 1; l <= 3; l++) {
            int rows = shapes[l - 1][0];
            int columns = shapes[l - 1][1];
            weights[l] = new DMatrixRMaj(Network.gaussian(random, rows, columns, 1 / Math.sqrt(columns)));
            activations[l] = new DMatrixRMaj(Network.BATCH, rows);
            errors[l] = new DMatrixRMaj(Network.gaussian(random, Network.BATCH, rows, 1));
            weightGradients[l] = new DMatrixRMaj(rows, columns);
        }
        mlp.setUp(Network.problem(width));
    }

    @Benchmark
    public DMatrixRMaj forwardProducts() {
        for (int l = 1; l <= 3; l++) {
            CommonOps_DDRM.multTransB(activations[l - 1], weights[l], activations[l]);
        }
        return activations[3];
    }

    @Benchmark
    public DMatrixRMaj gradientProducts() {
        forwardProducts();
        for (int l = 2; l >= 1; l--) {
            CommonOps_DDRM.mult(errors[l + 1], weights[l + 1], errors[l]);
        }
        for (int l = 1; l <= 3; l++) {
            CommonOps_DDRM.multTransA(errors[l], activations[l - 1], weightGradients[l]);
        }
        return weightGradients[1];
    }

    @Benchmark
    public double mlpGradient() {
        return mlp.gradient();
    }
}
