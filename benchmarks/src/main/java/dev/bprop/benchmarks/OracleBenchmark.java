package dev.bprop.benchmarks;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.compare.DirectionalCheck;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.mlp.Backpropagation;
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

    @Setup
    public void setUp() {
        objective = new ProblemObjective(Network.problem(width));
        direction = ForwardMode.randomDirection(objective.dimension(), Network.SEED);
        gradient = objective.flatten(Backpropagation.gradient(objective.problem()));
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
