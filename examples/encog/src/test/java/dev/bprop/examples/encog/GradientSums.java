package dev.bprop.examples.encog;

import org.encog.ml.data.MLDataSet;
import org.encog.neural.error.ErrorFunction;
import org.encog.neural.networks.BasicNetwork;
import org.encog.neural.networks.training.propagation.back.Backpropagation;

/**
 * Encog's {@link Backpropagation} trainer, asked for the gradient it would step along without taking the step.
 *
 * <p>{@code Propagation.calculateGradients()} (public) runs the {@code GradientWorker}s, which accumulate into the
 * trainer's {@code protected double[] gradients}; {@code learn()} would then add learningRate · gradients to the
 * weights and zero them. Encog 3.4 offers no public getter for that array: {@code getLastGradient()} is written
 * only by the trainers that need it (resilient and quick propagation) and stays all zeros for
 * {@code Backpropagation}. So this subclass reads the protected field right after {@code calculateGradients()}.
 *
 * <p>What the array holds (Encog 3.4, {@code GradientWorker.process} and {@code processLevel}): for every weight,
 * the <em>sum</em> over the examples of output(from) · δ(to), where δ of an output unit is the error function's
 * term (y − a)·g'(z) or y − a, and δ of a hidden unit is Σ w δ · (g'(z) + flatSpot). So it is the negative
 * gradient of the batch <em>sum</em> of the per-example losses: −m · ∂J/∂w.
 *
 * <p>Settings: one thread ({@code setThreadCount(1)}: one worker, run on the calling thread, deterministic), the
 * flat-spot fix off ({@code fixFlatSpot(false)}; by default Encog adds 0.1 to the derivative of every sigmoid
 * layer's hidden deltas, a deliberate training aid that is not the derivative), learning rate and momentum 0, no
 * regularisation, no dropout, the whole batch at once (batch size 0).
 */
final class GradientSums extends Backpropagation {
    private GradientSums(BasicNetwork network, MLDataSet batch, ErrorFunction errorFunction) {
        super(network, batch, 0, 0);
        setThreadCount(1);
        fixFlatSpot(false);
        setErrorFunction(errorFunction);
    }

    /** Σ_e of Encog's per-example gradient terms for every flat weight (layout: {@link EncogNetworks#flatIndex}). */
    static Reading of(BasicNetwork network, MLDataSet batch, ErrorFunction errorFunction) {
        GradientSums trainer = new GradientSums(network, batch, errorFunction);
        trainer.calculateGradients();
        return new Reading(trainer.gradients.clone(), trainer.getError());
    }

    /** The summed terms and the trainer's error for the batch ({@code Propagation.getError()}). */
    record Reading(double[] sums, double error) {
    }
}
