package dev.bprop.reference.train;

/**
 * How to train (clauses GD-STEP, GD-BATCH, GD-SGD, GD-MINIBATCH, GD-SEED).
 *
 * @param learningRate η, the step size of θ ← θ − η ∇J
 * @param epochs how many passes over the training set
 * @param batchSize s, the size of a mini-batch (used by {@link Variant#MINIBATCH} only)
 * @param variant batch, stochastic or mini-batch
 * @param seed the seed of every random choice: the initial weights and the shuffles
 */
public record TrainingOptions(double learningRate, int epochs, int batchSize, Variant variant, long seed) {
    public TrainingOptions {
        java.util.Objects.requireNonNull(variant, "variant");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate: expected a finite number > 0, found " + learningRate);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs: expected at least 1, found " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size: expected at least 1, found " + batchSize);
        }
    }
}
