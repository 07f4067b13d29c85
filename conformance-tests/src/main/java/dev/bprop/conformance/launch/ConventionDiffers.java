package dev.bprop.conformance.launch;

import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * How an {@link Level#OPTIONAL optional} test ends when the library takes another convention than the spec's (the
 * derivative at a kink, clause ACT-KINK): aborted, not failed, with the finding and the library's convention in the
 * message, so that a choice never fails a build (clause KIT-CAPABILITY). Surefire reports the test as skipped with
 * that message; {@code SuiteRun} and {@code bprop conform} count it as the optional clause's difference.
 */
public final class ConventionDiffers extends TestAbortedException {
    private static final long serialVersionUID = 1L;

    private ConventionDiffers(AssertionFailedError finding) {
        super(finding.getMessage());
    }

    /** Runs an optional test's {@code check}; a failure it finds becomes the report of a different convention. */
    public static void reported(Runnable check) {
        try {
            check.run();
        } catch (AssertionFailedError finding) {
            throw new ConventionDiffers(finding);
        }
    }
}
