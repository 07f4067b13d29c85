package dev.bprop.cli.grade;

import java.util.Arrays;
import java.util.Optional;

/**
 * A quantity an assignment grades (clause FMT-GRADE-ASSIGNMENT), with the name it has in the assignment's
 * {@code points} and the clause that defines it. Layered quantities score once per layer l = 1..L; Δ^L is BP1's, the
 * hidden Δ^l are BP2's.
 */
public enum Quantity {
    LOSS("loss", "LOSS-MEAN", false, false),
    OUTPUTS("outputs", "FWD-A", false, false),
    Z("z", "FWD-Z", true, false),
    A("a", "FWD-A", true, false),
    DELTA("delta", "BP2", true, false),
    WEIGHT_GRADIENTS("weight_gradients", "BP4", true, false),
    BIAS_GRADIENTS("bias_gradients", "BP3", true, false),
    VALUE("value", "GBP-OPS", false, true),
    GRADIENT("gradient", "GBP-BUILDGRAD", false, true);

    private final String fileName;
    private final String clause;
    private final boolean layered;
    private final boolean graph;

    Quantity(String fileName, String clause, boolean layered, boolean graph) {
        this.fileName = fileName;
        this.clause = clause;
        this.layered = layered;
        this.graph = graph;
    }

    public static Optional<Quantity> fromFileName(String name) {
        return Arrays.stream(values()).filter(q -> q.fileName.equals(name)).findFirst();
    }

    /** The name in an assignment's {@code points}. */
    public String fileName() {
        return fileName;
    }

    /** The clause that defines the quantity of layer {@code l} of an {@code depth}-layer network. */
    public String clause(int l, int depth) {
        return this == DELTA && l == depth ? "BP1" : clause;
    }

    /** Whether it is scored once per layer. */
    public boolean layered() {
        return layered;
    }

    /** Whether it belongs to a graph problem rather than a network. */
    public boolean ofGraph() {
        return graph;
    }
}
