package dev.bprop.conformance;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The base seeds of one run: the first and, with the system property {@code bprop.conformance.seeds=N}, the N − 1
 * that follow it. More seeds reach more of the problems where bugs hide (README: N ≥ 3 in CI).
 */
final class BaseSeeds {
    private BaseSeeds() {
    }

    static List<Long> from(long first) {
        int count = Math.max(1, Integer.getInteger("bprop.conformance.seeds", 1));
        return LongStream.range(0, count).mapToObj(k -> first + k).toList();
    }
}
