package dev.bprop.reference.graph;

/** A node whose value or gradient came out infinite or NaN (log of a negative number, division by zero). */
public final class NonFiniteValueException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final transient Node node;
    private final String detail;

    public NonFiniteValueException(Node node, String detail) {
        super(node + ": " + detail);
        this.node = node;
        this.detail = detail;
    }

    /** What is not finite, without the node's name. */
    public String detail() {
        return detail;
    }

    public Node node() {
        return node;
    }
}
