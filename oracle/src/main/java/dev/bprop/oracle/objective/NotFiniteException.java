package dev.bprop.oracle.objective;

import dev.bprop.spec.json.OneLine;

/**
 * A value or derivative of an objective that leaves the finite doubles (clause E-EVAL): the input is outside the
 * domain its formulas are defined on (log of a number ≤ 0, division by 0, an overflowing exponential or
 * pre-activation). The message is one line, {@code PLACE: what is wrong}, with the place a path into the input
 * ({@code nodes[3]}, {@code layers[1]}, {@code loss}) as FMT-ERRORS names places, so a command can report it as it
 * reports a file's error; it is the oracle's own exception because it is found by evaluating, not by reading a file.
 */
public final class NotFiniteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String place;

    public NotFiniteException(String place, String detail) {
        super(OneLine.of(place + ": " + detail));
        this.place = place;
    }

    /** Where the value that is not finite arises, as a path into the input. */
    public String place() {
        return place;
    }
}
