package dev.bprop.conformance.launch;

import java.util.List;

/**
 * One conformance test as it ran: its name (level, clause, case), its status and its failure or skip message; when
 * the case failed because the implementation threw, what it threw (class and message) and the implementation's
 * top stack frames, for reports that keep them.
 */
public record Outcome(TestName name, Status status, String message, String thrown, List<String> frames) {
    /**
     * How a test ended. FAILED: a required test failed, or an optional one found that the library's convention
     * differs (the test itself was aborted, {@link dev.bprop.conformance.launch.ConventionDiffers}); SKIPPED: aborted
     * with the reason (an unsupported capability).
     */
    public enum Status {
        PASSED, FAILED, SKIPPED
    }

    public Outcome {
        frames = List.copyOf(frames);
    }

    /** An outcome without anything thrown by the implementation. */
    public Outcome(TestName name, Status status, String message) {
        this(name, status, message, "", List.of());
    }
}
