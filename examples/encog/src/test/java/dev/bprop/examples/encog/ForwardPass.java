package dev.bprop.examples.encog;

import java.util.Arrays;
import org.encog.ml.data.basic.BasicMLData;
import org.encog.neural.networks.BasicNetwork;

/**
 * Encog's forward pass over a batch, example by example ({@code BasicNetwork.compute}): the outputs a^L and the
 * pre-activations z^L of the last layer, which Encog keeps in {@code FlatNetwork.getLayerSums()} (the output layer
 * is flat layer 0, so z^L is its first n_L entries).
 */
record ForwardPass(double[][] outputs, double[][] logits) {
    static ForwardPass run(BasicNetwork network, double[][] inputs) {
        int width = network.getOutputCount();
        double[][] outputs = new double[inputs.length][];
        double[][] logits = new double[inputs.length][];
        for (int e = 0; e < inputs.length; e++) {
            outputs[e] = network.compute(new BasicMLData(inputs[e])).getData().clone();
            logits[e] = Arrays.copyOf(network.getFlat().getLayerSums(), width);
        }
        return new ForwardPass(outputs, logits);
    }

    int outputWidth() {
        return outputs.length == 0 ? 0 : outputs[0].length;
    }
}
