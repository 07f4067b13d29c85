package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.spi.UnsupportedProblemException;
import org.opentest4j.TestAbortedException;

/**
 * KIT-CAPABILITY for what no capability hook can say in advance: an adapter that cannot express a problem throws
 * {@link UnsupportedProblemException} (or JUnit's {@link TestAbortedException}), and the case is skipped with the
 * adapter's reason instead of failing with "the implementation threw".
 */
final class Unsupported {
    private Unsupported() {
    }

    /** Whether the adapter threw {@code fault}'s cause to say that it cannot express the problem. */
    static boolean isDeclared(AdapterCall.Fault fault) {
        return fault.getCause() instanceof UnsupportedProblemException
                || fault.getCause() instanceof TestAbortedException;
    }

    /** The abort that skips case {@code name} with the adapter's reason, the message of {@code fault}'s cause. */
    static TestAbortedException skip(TestName name, AdapterCall.Fault fault) {
        return new TestAbortedException(name + " skipped: the implementation cannot express the problem: "
                + fault.getCause().getMessage(), fault.getCause());
    }
}
