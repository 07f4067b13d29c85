package dev.bprop.spec.graph;

import java.util.Arrays;
import java.util.Optional;

/** The scalar operations of an expression graph file (clause FMT-GRAPH), each with its arity. */
public enum GraphOp {
    /** A variable the gradient is taken with respect to; carries a {@code value}. */
    INPUT("input", 0),
    /** A constant; carries a {@code value}; gets no gradient. */
    CONST("const", 0),
    ADD("add", 2),
    SUB("sub", 2),
    MUL("mul", 2),
    DIV("div", 2),
    /** a^b. */
    POW("pow", 2),
    NEG("neg", 1),
    SIN("sin", 1),
    COS("cos", 1),
    EXP("exp", 1),
    LOG("log", 1),
    TANH("tanh", 1),
    SIGMOID("sigmoid", 1),
    RELU("relu", 1);

    private final String fileName;
    private final int arity;

    GraphOp(String fileName, int arity) {
        this.fileName = fileName;
        this.arity = arity;
    }

    /** The name of this operation in graph files. */
    public String fileName() {
        return fileName;
    }

    /** The number of inputs this operation takes. */
    public int arity() {
        return arity;
    }

    /** Whether nodes of this operation carry a {@code value} (leaves) rather than inputs. */
    public boolean isLeaf() {
        return arity == 0;
    }

    /** The operation whose file name is {@code name}, if there is one. */
    public static Optional<GraphOp> fromFileName(String name) {
        return Arrays.stream(values()).filter(op -> op.fileName.equals(name)).findFirst();
    }
}
