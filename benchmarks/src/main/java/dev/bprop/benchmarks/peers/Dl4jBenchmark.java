package dev.bprop.benchmarks.peers;

import dev.bprop.benchmarks.Network;
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
 * The whole gradient of the benchmark networks by DL4J ({@link Dl4jMlp}), nd4j and OpenBLAS on one thread, float64:
 * what a user would pick instead of the reference. Compiled only under {@code -Ppeers}; {@code PeerGradientTest} checks that it is the reference's
 * gradient.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Dl4jBenchmark {
    @Param({"20", "67", "220", "705"})
    public int width;

    private Dl4jMlp mlp;

    @Setup
    public void setUp() {
        mlp = new Dl4jMlp(Network.problem(width));
    }

    @Benchmark
    public double dl4jGradient() {
        return mlp.gradient();
    }
}
