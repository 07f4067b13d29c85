package dev.bprop.conformance.bounds;

import dev.bprop.conformance.bounds.Sampling;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * The limits and the measuring effort of the runtime-bounds profile. Each can be set by a system property
 * {@code bprop.bounds.NAME} or, failing that, an environment variable {@code BPROP_BOUNDS_NAME}:
 *
 * <table>
 * <caption>settings</caption>
 * <tr><th>NAME</th><th>default</th><th>meaning</th></tr>
 * <tr><td>exponent</td><td>1.25</td><td>the largest fitted log–log exponent (BOUND-WEIGHTS, -DEPTH, -BATCH,
 * -MEMORY)</td></tr>
 * <tr><td>ratio</td><td>5</td><td>the largest gradient time over forward time (BOUND-RATIO)</td></tr>
 * <tr><td>budget</td><td>8</td><td>seconds one clause may measure, warm-up included</td></tr>
 * <tr><td>warmup</td><td>0.5</td><td>seconds of warm-up calls before a timing clause measures</td></tr>
 * <tr><td>sample</td><td>4</td><td>milliseconds one timing sample lasts (calls are repeated to fill it)</td></tr>
 * <tr><td>rounds</td><td>5</td><td>rounds before the first verdict</td></tr>
 * <tr><td>confidence</td><td>0.99</td><td>coverage of the bootstrap interval</td></tr>
 * <tr><td>seed</td><td>20261122</td><td>the seed of the networks, the round order and the bootstrap</td></tr>
 * </table>
 *
 * <p>With the defaults the six clauses spend at most about 6 × 8 s, so the whole profile stays under a minute.
 */
public record BoundsSettings(double exponentLimit, double ratioLimit, Duration budget, Duration warmUp,
        Duration sampleTime, Sampling sampling) {
    /** The default seed. */
    public static final long DEFAULT_SEED = 20261122L;
    private static final int RESAMPLES = 2000;

    /** The settings as the system properties and environment variables give them, defaults for the rest. */
    public static BoundsSettings fromEnvironment() {
        return new BoundsSettings(
                number("exponent", 1.25),
                number("ratio", 5),
                seconds(number("budget", 8)),
                seconds(number("warmup", 0.5)),
                seconds(number("sample", 4) / 1000),
                new Sampling((int) number("rounds", 5), number("confidence", 0.99), RESAMPLES,
                        setting("seed", Long::parseLong, DEFAULT_SEED)));
    }

    /** The same settings with another budget per clause. */
    public BoundsSettings withBudget(Duration newBudget) {
        return new BoundsSettings(exponentLimit, ratioLimit, newBudget, warmUp, sampleTime, sampling);
    }

    private static double number(String name, double fallback) {
        return setting(name, Double::parseDouble, fallback);
    }

    private static <T> T setting(String name, Function<String, T> parse, T fallback) {
        String property = "bprop.bounds." + name;
        String variable = "BPROP_BOUNDS_" + name.toUpperCase(Locale.ROOT);
        String value = System.getProperty(property, System.getenv(variable));
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " (or " + variable + "): not a number: " + value, e);
        }
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
