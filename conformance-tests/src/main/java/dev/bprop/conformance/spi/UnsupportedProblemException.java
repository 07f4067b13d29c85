package dev.bprop.conformance.spi;

/**
 * Thrown by an adapter for a problem or graph its library cannot express, when no capability hook says so in
 * advance (a layer width it cannot allocate, an activation it offers only with some losses): the case is skipped
 * with {@link #getMessage() the reason}, never failed and never passed (clause KIT-CAPABILITY). JUnit's
 * {@code TestAbortedException}, thrown by {@code Assumptions}, is taken the same way.
 */
public class UnsupportedProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code reason}: what the library cannot express, e.g. "softmax only on the output layer". */
    public UnsupportedProblemException(String reason) {
        super(reason);
    }
}
