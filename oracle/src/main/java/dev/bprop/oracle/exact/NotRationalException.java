package dev.bprop.oracle.exact;

/** The formula needs a function whose values are not rational (exp, ln, tanh, …), so it has no exact gradient. */
public final class NotRationalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotRationalException(String function) {
        super(function + " has no exact rational value");
    }
}
