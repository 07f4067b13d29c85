package dev.bprop.reference.train;

/** The three forms of gradient descent of the slides (seed 001, "Gradient Descent Varianten"). */
public enum Variant {
    /** GD-BATCH: one step per epoch, on the mean gradient over the whole training set. */
    BATCH,
    /** GD-SGD: shuffle every epoch, then one step per example. */
    STOCHASTIC,
    /** GD-MINIBATCH: shuffle every epoch, split into batches of size s (the last may be smaller), one step per batch. */
    MINIBATCH
}
