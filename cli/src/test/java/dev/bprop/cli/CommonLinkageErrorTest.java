package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.conformance.launch.TestName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * FMT-CLI, exit status 3 found only once the cases ran: no case passed, and every failed case threw the same
 * {@link LinkageError} of the JDK. Anything else is a verdict on the implementation, not a setup error.
 */
class CommonLinkageErrorTest {
    private static final String MISSING = "java.lang.NoClassDefFoundError: lib/Net";

    private static Outcome threw(String clause, String thrown) {
        return new Outcome(TestName.required(clause, "a"), Status.FAILED, clause + " failed", thrown, List.of());
    }

    private static Outcome outcome(String clause, Status status) {
        return new Outcome(TestName.required(clause, "a"), status, clause + " " + status);
    }

    @Test
    void FMT_CLI_everyFailureWithOneLinkageErrorIsThatError() {
        assertEquals(Optional.of(MISSING), CommonLinkageError.of(List.of(threw("BP2", MISSING), threw("BP3", MISSING),
                outcome("ACT-KINK", Status.SKIPPED))));
        String unlinked = "java.lang.UnsatisfiedLinkError: no torch in java.library.path";
        assertEquals(Optional.of(unlinked), CommonLinkageError.of(List.of(threw("BP2", unlinked))));
    }

    @Test
    void FMT_CLI_aPassedCaseTwoErrorsOrAnotherThrowableAreNoSetupError() {
        assertEquals(Optional.empty(), CommonLinkageError.of(List.of(threw("BP2", MISSING),
                outcome("BP3", Status.PASSED))));
        assertEquals(Optional.empty(), CommonLinkageError.of(List.of(threw("BP2", MISSING),
                threw("BP3", "java.lang.NoClassDefFoundError: lib/Other"))));
        assertEquals(Optional.empty(), CommonLinkageError.of(List.of(threw("BP2", "java.lang.IllegalStateException: "
                + "no backend"))));
        assertEquals(Optional.empty(), CommonLinkageError.of(List.of(threw("BP2", "my.lib.NativeError: gone"))),
                "a class the JDK does not know is no linkage error of the JDK");
        assertEquals(Optional.empty(), CommonLinkageError.of(List.of(outcome("BP2", Status.FAILED))),
                "a failed comparison threw nothing");
    }
}
