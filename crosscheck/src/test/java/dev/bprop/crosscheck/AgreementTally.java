package dev.bprop.crosscheck;

import dev.bprop.oracle.compare.Comparison;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The largest relative error seen between each pair of methods over every cross-check of the run, written to
 * {@code target/agreement.txt} so that the figures can be quoted.
 */
final class AgreementTally {
    private static final Map<String, double[]> LARGEST = new TreeMap<>();

    private AgreementTally() {
    }

    static synchronized void record(Comparison comparison) {
        double[] entry = LARGEST.computeIfAbsent(comparison.expected() + " vs " + comparison.found(),
                pair -> new double[2]);
        entry[0] = Math.max(entry[0], comparison.maxRelativeError());
        entry[1]++;
        write();
    }

    private static void write() {
        StringBuilder text = new StringBuilder("pair\tlargest relative error\tcomparisons\n");
        LARGEST.forEach((pair, entry) -> text.append(pair).append('\t').append(entry[0]).append('\t')
                .append((long) entry[1]).append('\n'));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "agreement.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
