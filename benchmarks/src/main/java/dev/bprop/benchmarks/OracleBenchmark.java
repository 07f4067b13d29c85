package dev.bprop.benchmarks;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.objective.ProblemObjective;
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
 * The oracle that scales (clause CMP-DIRECTIONAL): one directional derivative gᵀv of the benchmark network's loss
 * by forward-mode AD with commons-math3 {@code DerivativeStructure}, on the same networks as
 * {@link ReferenceBenchmark}. It costs one O(w·m) pass in derivative-structure arithmetic, so it is compared with the
 * reference's gradient time (target: at most 3 times).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OracleBenchmark {
    @Param({"20", "67", "220", "705"})
    public int width;

    private ProblemObjective objective;
    private double[] direction;

    @Setup
    public void setUp() {
        objective = new ProblemObjective(Network.problem(width));
        direction = ForwardMode.randomDirection(objective.dimension(), Network.SEED);
    }

    @Benchmark
    public double directional() {
        return ForwardMode.directionalDerivative(objective, direction);
    }
}
