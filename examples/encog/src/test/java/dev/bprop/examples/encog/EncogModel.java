package dev.bprop.examples.encog;

import dev.bprop.conformance.internal.diagnose.model.PlainBackprop;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;

/**
 * Encog 3.4's gradient as its source computes it: the spec's backpropagation (the kit's {@link PlainBackprop}) with
 * every documented deviation of FINDINGS.md at once, read from Encog's classes, not from Encog's output. A failure
 * whose numbers this computation reproduces within CMP-TOLERANCE is explained by the documented deviations, also
 * where two of them meet on one problem and no single bug of the kit's catalogue reproduces it.
 *
 * <ul>
 * <li>Forward pass: {@code ActivationSigmoid} is 1/(1 + {@code BoundMath.exp}(−z)) and {@code ActivationSoftMax}
 * e^z/Σ e^z with the same exponential, clipped at {@code BoundNumbers.TOO_BIG} = 1e20, the softmax the uniform
 * distribution where Σ e^z is NaN or below 1e−13 (unstable-softmax; the sigmoid's floor, resolved by CMP-FUNCTION);
 * {@code ActivationReLU} sets z ≤ 0 to 0, {@code ActivationClippedLinear} clips to [−1, 1].</li>
 * <li>Derivatives ({@code derivativeFunction(z, a)}): sigmoid a(1 − a), tanh 1 − a², relu 0 for z ≤ 0 else 1;
 * identity, softmax and hardtanh the constant 1 (hardtanh-derivative-one).</li>
 * <li>BP1 with mse ({@code LinearErrorFunction}): (a − y)·g'(z, a) of the output layer's own activation, softmax
 * included (softmax-derivative-one); with cross entropy ({@code CrossEntropyErrorFunction}) a − y.</li>
 * <li>BP2 ({@code GradientWorker.processLevel}): the derivative <em>function</em> of layer l + 1 applied to layer
 * l's own z and a (derivative-from-layer-above).</li>
 * <li>The loss as the adapter reads it ({@link EncogLoss}): ½ Σ (a − y)² for mse, −Σ y ln a over the targets above
 * 1e−13 for cross entropy (HOT_LOGLOSS, from Encog's softmax), softplus(z) − y z from z^L for binary cross entropy.</li>
 * </ul>
 */
final class EncogModel extends PlainBackprop {
    /** {@code BoundNumbers.TOO_BIG}, where {@code BoundMath.exp} clips. */
    private static final double TOO_BIG = 1e20;
    /** Below this sum of exponentials {@code ActivationSoftMax} returns the uniform distribution. */
    private static final double SOFTMAX_FLOOR = 1e-13;
    /** {@code ErrorCalculation} in mode HOT_LOGLOSS leaves out the terms whose target is at most this. */
    private static final double LOG_LOSS_TARGET_FLOOR = 1e-13;

    @Override
    protected double[] activate(Activation activation, double[] z) {
        if (activation == Activation.SOFTMAX) {
            return softmax(z);
        }
        double[] a = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            a[j] = value(activation, z[j]);
        }
        return a;
    }

    /** Encog's derivative function of the layer above, at layer l's own z and a. */
    @Override
    protected double derivativeAt(Problem problem, int l, double[][] z, int e, int j) {
        double a = activate(problem.layer(l).activation(), z[e])[j];
        return derivative(problem.layer(l + 1).activation(), z[e][j], a);
    }

    /** Encog's {@code derivativeFunction(b, a)} of {@code activation}, b being z. */
    @Override
    protected double derivative(Activation activation, double z, double a) {
        return switch (activation) {
            case SIGMOID -> a * (1.0 - a);
            case TANH -> 1.0 - a * a;
            case RELU -> z <= 0 ? 0 : 1;
            case IDENTITY, SOFTMAX, HARDTANH -> 1;
            case LEAKY_RELU -> throw new IllegalArgumentException("Encog 3.4 has no leaky relu");
        };
    }

    @Override
    protected double[] outputError(Problem problem, double[] z, double[] a, double[] g) {
        if (problem.loss() != Loss.MSE) {
            return g;
        }
        Activation last = problem.layer(problem.depth()).activation();
        double[] delta = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            delta[k] = g[k] * derivative(last, z[k], a[k]);
        }
        return delta;
    }

    @Override
    protected double exampleLoss(Loss loss, double[] z, double[] a, double[] y) {
        if (loss != Loss.CROSS_ENTROPY) {
            return super.exampleLoss(loss, z, a, y);
        }
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            if (y[k] > LOG_LOSS_TARGET_FLOOR) {
                sum -= y[k] * Math.log(a[k]);
            }
        }
        return sum;
    }

    private static double value(Activation activation, double z) {
        return switch (activation) {
            case IDENTITY -> z;
            case SIGMOID -> 1.0 / (1.0 + boundedExp(-z));
            case TANH -> Math.tanh(z);
            case HARDTANH -> Math.max(-1, Math.min(1, z));
            case RELU -> z <= 0 ? 0 : z;
            case LEAKY_RELU, SOFTMAX -> throw new IllegalArgumentException(activation + " is not element-wise here");
        };
    }

    private static double[] softmax(double[] z) {
        double[] a = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            a[k] = boundedExp(z[k]);
            sum += a[k];
        }
        for (int k = 0; k < z.length; k++) {
            a[k] = Double.isNaN(sum) || sum < SOFTMAX_FLOOR ? 1.0 / z.length : a[k] / sum;
        }
        return a;
    }

    /** {@code BoundMath.exp}: e^x clipped to at most 1e20. */
    private static double boundedExp(double x) {
        return Math.min(Math.exp(x), TOO_BIG);
    }
}
