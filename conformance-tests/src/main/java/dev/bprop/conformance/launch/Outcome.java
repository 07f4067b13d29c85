package dev.bprop.conformance.launch;

import dev.bprop.conformance.naming.TestName;

/** One conformance test as it ran: its name (level, clause, case), its status and its failure or skip message. */
public record Outcome(TestName name, Status status, String message) {
    /**
     * How a test ended. FAILED: a required test failed, or an optional one found that the library's convention
     * differs (the test itself was aborted, {@link dev.bprop.conformance.naming.ConventionDiffers}); SKIPPED: aborted
     * with the reason (an unsupported capability).
     */
    public enum Status {
        PASSED, FAILED, SKIPPED
    }
}
