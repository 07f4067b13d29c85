package dev.bprop.benchmarks;

import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The reference's forward pass and whole gradient (clause COST-TIME) on the benchmark networks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReferenceBenchmark {
    @Param({"20", "67", "220", "705"})
    public int width;

    private Problem problem;

    @Setup
    public void setUp() {
        problem = Network.problem(width);
    }

    @Benchmark
    public double forward() {
        return ForwardPass.of(problem).loss();
    }

    @Benchmark
    public Result gradient() {
        return Backpropagation.gradient(problem);
    }
}
