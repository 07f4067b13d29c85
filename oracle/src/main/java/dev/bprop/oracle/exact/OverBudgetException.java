package dev.bprop.oracle.exact;

/** The exact gradient would exceed its {@link ExactBudget}: it is skipped, with the limit that was reached. */
public final class OverBudgetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OverBudgetException(String reason) {
        super(reason);
    }
}
