package dev.bprop.benchmarks;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.exact.ExactBudget;
import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.fd.FdComponent;
import dev.bprop.oracle.fd.FiniteDifferences;
import dev.bprop.oracle.objective.ProblemObjective;
import java.util.List;
import java.util.Optional;
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
 * The oracles that give the whole gradient, one pass per parameter, O(w²·m): finite differences with Richardson
 * extrapolation, the full {@code DerivativeStructure} gradient, and exact fractions. Measured on the smallest
 * benchmark network only (about 10³ weights); at 10⁶ weights each would take hours. Exact fractions need rational
 * operations, so they run on {@link Network#rationalProblem(int)}, the same shapes with relu, identity and mse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuadraticOracleBenchmark {
    @Param({"20"})
    public int width;

    private ProblemObjective objective;
    private ProblemObjective rationalObjective;

    @Setup
    public void setUp() {
        objective = new ProblemObjective(Network.problem(width));
        rationalObjective = new ProblemObjective(Network.rationalProblem(width));
    }

    @Benchmark
    public List<FdComponent> finiteDifferences() {
        return FiniteDifferences.gradient(objective);
    }

    @Benchmark
    public double[] derivativeStructureFull() {
        return ForwardMode.gradient(objective);
    }

    @Benchmark
    public Optional<ExactGradient> exactFractions() {
        return ExactGradient.attempt(rationalObjective, ExactBudget.UNLIMITED).gradient();
    }
}
