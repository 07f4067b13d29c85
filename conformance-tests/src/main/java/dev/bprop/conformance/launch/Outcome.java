package dev.bprop.conformance.launch;

import dev.bprop.conformance.naming.TestName;

/** One conformance test as it ran: its name (level, clause, case), its status and its failure or skip message. */
public record Outcome(TestName name, Status status, String message) {
    /** How a test ended; a skipped test was aborted with the reason (an unsupported capability). */
    public enum Status {
        PASSED, FAILED, SKIPPED
    }
}
