package dev.bprop.reference.graph;


/** Clause GBP-OP-CONST: a constant; it gets no gradient. */
public final class Constant extends Leaf {
    public Constant(Matrix value) {
        super(value);
    }

    @Override
    public String name() {
        return "const";
    }
}
