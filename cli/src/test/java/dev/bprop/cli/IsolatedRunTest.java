package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * FMT-CLI: the watchdog of {@code bprop conform} stops a JVM that hangs outside the kit's adapter call, with a short
 * slack here (2 s instead of 60): limit = 3 × 0.5 s + 2 s = 3.5 s.
 */
class IsolatedRunTest {
    private static IsolatedRun.Settings settings(Class<?> adapter, String clause) {
        return new IsolatedRun.Settings(adapter.getName(), false, List.of(), Set.of(clause), Duration.ofMillis(500),
                "256m", Map.of(), Duration.ofSeconds(10));
    }

    @Test
    void FMT_CLI_aCaseThatHangsOutsideTheAdapterCallIsStoppedByTheWatchdog() throws IOException {
        long start = System.nanoTime();
        // GBP-OP-ADD has three cases (two generated, one applied directly to two inputs); each hangs in the
        // adapter's precision(), each in its own JVM. The watchdog waits 3 × 0.5 s + 10 s: a child JVM started on a
        // loaded machine still reaches its first case in time.
        List<Outcome> outcomes = new IsolatedRun(settings(FaultyAdapters.SpinningPrecision.class, "GBP-OP-ADD"),
                new PrintWriter(new StringWriter())).outcomes();
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(120).toNanos());
        assertEquals(3, outcomes.size(), outcomes.toString());
        outcomes.forEach(o -> {
            assertEquals(Outcome.Status.FAILED, o.status());
            assertTrue(o.message().endsWith("failed (clause GBP-OP-ADD): exceeded the per-case time limit of 0.5 s: "
                    + "no answer within 11.5 s, so the JVM running the suites was stopped"), o.message());
        });
    }

    @Test
    void FMT_CLI_suitesThatHangBeforeTheFirstCaseAreASetupError() {
        long start = System.nanoTime();
        SetupException error = assertThrows(SetupException.class, () -> new IsolatedRun(
                settings(FaultyAdapters.SpinningCapabilities.class, "BP4"), new PrintWriter(new StringWriter()))
                .outcomes());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(120).toNanos());
        assertEquals("--implementation: no answer within 11.5 s before the first case; the JVM running the suites was "
                + "stopped", error.getMessage());
    }
}
