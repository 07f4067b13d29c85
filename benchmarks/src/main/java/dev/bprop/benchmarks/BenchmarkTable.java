package dev.bprop.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the reference, EJML and oracle benchmarks and prints the Markdown table of issue 7: per network,
 * the reference's forward and gradient times and GFLOP/s, its gradient/forward ratio (target ≤ 3.2 on large
 * networks, clause COST-TIME), and EJML's products on the same shapes with the reference's gradient throughput as a
 * share of theirs (target ≥ 1), the same against a whole MLP gradient written with EJML, the directional oracle check
 * (CMP-DIRECTIONAL, as the oracle runs it) against the reference's gradient (target ≤ 3), the element-wise verdict
 * (CMP-TOLERANCE, every number with its own bound, {@code MlpComparison}) against the reference's gradient
 * (target ≤ 3), and, in a jar built with {@code -Ppeers}, the whole gradient of DL4J and of DJL on PyTorch (one
 * thread each) with the same multiple; then the whole-gradient oracles on the smallest network. JMH's progress goes
 * to standard output and the table last; with a file argument the table is also written there. {@code --quick} runs
 * shorter iterations, for a smoke test.
 *
 * <pre>
 * ./mvnw -B -Pbenchmarks[,peers] -pl benchmarks -am package -DskipTests
 * OMP_NUM_THREADS=1 java -jar benchmarks/target/benchmarks.jar [--quick] [TABLE.md]
 * </pre>
 */
public final class BenchmarkTable {
    private static final String[] WIDTHS = {"20", "67", "220", "705"};
    /** The peers' benchmarks (DL4J, DJL), in the jar only when it was built with -Ppeers. */
    private static final String PEERS = "\\.peers\\.";

    private BenchmarkTable() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        List<String> arguments = List.of(args);
        boolean quick = arguments.contains("--quick");
        Options averages = new OptionsBuilder()
                .include(ReferenceBenchmark.class.getSimpleName())
                .include(EjmlBenchmark.class.getSimpleName())
                .include("\\." + OracleBenchmark.class.getSimpleName())
                .include(PEERS)
                .forks(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(1))
                .build();
        // The quadratic oracles take seconds per call: one warm-up call and a few timed ones.
        Options singleShots = new OptionsBuilder()
                .include(QuadraticOracleBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(1)
                .measurementIterations(quick ? 1 : 3)
                .build();
        Map<String, Double> millis = millis(new Runner(averages).run());
        millis.putAll(millis(new Runner(singleShots).run()));
        String table = table(millis);
        System.out.print(table);
        Optional<String> file = arguments.stream().filter(a -> !a.equals("--quick")).findFirst();
        if (file.isPresent()) {
            Files.writeString(Path.of(file.get()), table);
        }
    }

    /** Milliseconds per call by "method width", e.g. "gradient 705". */
    private static Map<String, Double> millis(Collection<RunResult> results) {
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            millis.put(method + " " + result.getParams().getParam("width"), result.getPrimaryResult().getScore());
        }
        return millis;
    }

    static String table(Map<String, Double> millis) {
        List<Peer> peers = Peer.ALL.stream().filter(peer -> peer.wasRun(millis)).toList();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Machine: %d cores, %s %s, %s; batch %d; times are JMH averages (ms); GF/s counts 2 flops per "
                        + "multiply-add of the products.%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.arch"),
                Network.BATCH));
        table.append("| weights | ref forward ms | ref gradient ms | ref fwd GF/s | ref grad GF/s | gradient/forward "
                + "| EJML fwd products GF/s | EJML grad products GF/s | ref grad / EJML grad | EJML MLP gradient ms "
                + "| ref grad / EJML MLP | directional check ms "
                + "| check / ref gradient | DerivativeStructure gᵀv ms | element-wise verdict ms "
                + "| verdict / ref gradient |");
        for (Peer peer : peers) {
            table.append(String.format(Locale.ROOT, " %s gradient ms | ref grad / %s |", peer.name(),
                    peer.shortName()));
        }
        table.append('\n').append("| ---: ".repeat(16 + 2 * peers.size())).append("|\n");
        for (String width : WIDTHS) {
            int n = Integer.parseInt(width);
            double forward = millis.get("forward " + width);
            double gradient = millis.get("gradient " + width);
            double ejmlForward = millis.get("forwardProducts " + width);
            double ejmlGradient = millis.get("gradientProducts " + width);
            double ejmlMlp = millis.get("mlpGradient " + width);
            double directional = millis.get("directional " + width);
            double verdict = millis.get("verdict " + width);
            table.append(String.format(Locale.ROOT,
                    "| %d | %.4f | %.4f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.4f | %.2f | %.4f | %.2f | %.3f "
                            + "| %.4f | %.2f |",
                    Network.weights(n), forward, gradient, gflops(Network.forwardFlops(n), forward),
                    gflops(Network.gradientFlops(n), gradient), gradient / forward,
                    gflops(Network.forwardFlops(n), ejmlForward), gflops(Network.gradientFlops(n), ejmlGradient),
                    ejmlGradient / gradient, ejmlMlp, ejmlMlp / gradient, directional, directional / gradient,
                    millis.get("derivativeStructureDirectional " + width), verdict, verdict / gradient));
            for (Peer peer : peers) {
                double peerGradient = millis.get(peer.method() + " " + width);
                table.append(String.format(Locale.ROOT, " %.4f | %.2f |", peerGradient, peerGradient / gradient));
            }
            table.append('\n');
        }
        String small = WIDTHS[0];
        table.append(String.format(Locale.ROOT, "%nWhole-gradient oracles, O(w²·m), on the %d-weight network (ms per "
                + "gradient; exact fractions on the same shapes with relu, identity and mse):%n%n"
                + "| reference gradient | finite differences (Richardson) | DerivativeStructure full | exact fractions |%n"
                + "| ---: | ---: | ---: | ---: |%n| %.4f | %.1f | %.1f | %.1f |%n",
                Network.weights(Integer.parseInt(small)), millis.get("gradient " + small),
                millis.get("finiteDifferences " + small), millis.get("derivativeStructureFull " + small),
                millis.get("exactFractions " + small)));
        return table.toString();
    }

    /**
     * A library a user would pick instead of the reference, timed by the benchmarks of package {@code peers} (built
     * with {@code -Ppeers} only): its column heading, the short name of its ratio column, its benchmark method.
     */
    private record Peer(String name, String shortName, String method) {
        static final List<Peer> ALL = List.of(new Peer("DL4J", "DL4J", "dl4jGradient"),
                new Peer("DJL (PyTorch)", "DJL", "djlGradient"));

        /** Whether the run timed this library on every network (not in a jar built without -Ppeers). */
        boolean wasRun(Map<String, Double> millis) {
            return Arrays.stream(WIDTHS).allMatch(width -> millis.containsKey(method + " " + width));
        }
    }

    private static double gflops(double flops, double millis) {
        return flops / (millis * 1e-3) / 1e9;
    }
}
