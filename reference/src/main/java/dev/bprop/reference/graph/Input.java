package dev.bprop.reference.graph;


/** Clause GBP-OP-INPUT: a variable x holding a value; the gradient is taken with respect to such nodes. */
public final class Input extends Leaf {
    public Input(Matrix value) {
        super(value);
    }

    @Override
    public String name() {
        return "input";
    }
}
