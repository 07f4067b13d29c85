package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Inputs;

/**
 * An element-wise function that is constant between its jumps, such as the slope of relu: its derivative is 0
 * wherever it exists, and taken as 0 at the jumps, so second derivatives through relu are 0 (clause ACT-KINK).
 */
abstract class PiecewiseConstant extends ElementWise {
    /** ∂/∂a = 0, shape of a. */
    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        return inputs.on().filled(inputs.on().shape(g), 0);
    }
}
