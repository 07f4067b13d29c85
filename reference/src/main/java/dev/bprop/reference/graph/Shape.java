package dev.bprop.reference.graph;

/** The shape of a node's value (clause GBP-GRAPH): a matrix of {@code rows} × {@code cols}; a scalar is 1×1. */
public record Shape(int rows, int cols) {
    /** The shape of a scalar. */
    public static final Shape SCALAR = new Shape(1, 1);

    public Shape {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a shape has at least one row and one column: " + rows + "×" + cols);
        }
    }

    @Override
    public String toString() {
        return rows + "×" + cols;
    }
}
