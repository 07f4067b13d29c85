package dev.bprop.benchmarks;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.compare.DirectionalCheck;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The oracle that scales (clause CMP-DIRECTIONAL) on the same networks as {@link ReferenceBenchmark}, compared with
 * the reference's gradient time (target: at most 3 times).
 *
 * <p>{@link #directional} is the check as the oracle runs it ({@link DirectionalCheck}): gᵀv of the reference's
 * gradient along a Rademacher direction against the oracle's gᵀv, with the rounding bound Σ_k |v_k| b_k — the matrix
 * forward mode above 1 000 parameters, DerivativeStructure and the tape below. {@link #derivativeStructureDirectional}
 * is gᵀv alone by forward-mode AD with commons-math3 {@code DerivativeStructure}, element by element, for comparison.
 *
 * <p>{@link #verdict} is the element-wise verdict ({@link MlpComparison}, clauses CMP-TOLERANCE and CMP-VALUE): the
 * reference's result as expected against a copy with every number moved by one part in 10¹³ as found (within
 * tolerance, but not bit-identical, so every loss, output and gradient component is compared with its own bound).
 * Its bound comes from the matrix route ({@code tangent.MatrixRoundingBound}) on all four networks, whose w·m
 * (6.7·10⁴ to 6.4·10⁷ multiply-adds) is beyond the tape's limit of 10⁴.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OracleBenchmark {
    @Param({"20", "67", "220", "705"})
    public int width;

    private ProblemObjective objective;
    private double[] direction;
    private double[] gradient;
    private Result expected;
    private Result found;

    @Setup
    public void setUp() {
        objective = new ProblemObjective(Network.problem(width));
        direction = ForwardMode.randomDirection(objective.dimension(), Network.SEED);
        expected = Backpropagation.gradient(objective.problem());
        gradient = objective.flatten(expected);
        found = perturbed(expected, 1 + 1e-13);
    }

    /** {@code result} with every number multiplied by {@code factor}. */
    static Result perturbed(Result result, double factor) {
        double[][] outputs = result.outputs();
        for (double[] row : outputs) {
            scale(row, factor);
        }
        List<LayerGradient> gradients = result.gradients().stream().map(layer -> {
            double[][] weights = layer.weights();
            for (double[] row : weights) {
                scale(row, factor);
            }
            double[] bias = layer.bias();
            scale(bias, factor);
            return new LayerGradient(weights, bias);
        }).toList();
        return new Result(result.loss() * factor, outputs, gradients);
    }

    private static void scale(double[] row, double factor) {
        for (int c = 0; c < row.length; c++) {
            row[c] *= factor;
        }
    }

    /** The verdict as the conformance kit asks for it: the comparison, then whether it passed. */
    @Benchmark
    public boolean verdict() {
        return MlpComparison.of(objective.problem(), expected, found, Sides.referenceAgainst(Precision.FLOAT64))
                .passed();
    }

    @Benchmark
    public ElementComparison directional() {
        return DirectionalCheck.of(objective, gradient, "reference", Network.SEED);
    }

    @Benchmark
    public double derivativeStructureDirectional() {
        return ForwardMode.directionalDerivative(objective, direction);
    }
}
