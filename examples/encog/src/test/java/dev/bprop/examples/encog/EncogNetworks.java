package dev.bprop.examples.encog;

import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Problem;
import org.encog.neural.flat.FlatNetwork;
import org.encog.neural.networks.BasicNetwork;
import org.encog.neural.networks.layers.BasicLayer;

/**
 * Builds the Encog {@link BasicNetwork} of a problem and finds each parameter in Encog's flat weight array
 * (clause NOT-SHAPES).
 *
 * <p><b>Layers.</b> Encog numbers layers from the input: Encog layer 0 is the spec's input layer 0, Encog layer l
 * the spec's layer l. Every layer but the last gets a <em>bias neuron</em> ({@code BasicLayer(activation, true,
 * n)}), an extra unit whose output is always 1; its weight to unit j of the next layer is b^l_j. The input layer's
 * activation is {@code null}, which Encog replaces by linear.
 *
 * <p><b>Weights.</b> {@code BasicNetwork.setWeight(fromLayer, fromNeuron, toNeuron, value)} addresses a
 * connection by Encog's <em>from</em> layer: w^l_ji, the spec's weight into unit j of layer l from unit i of layer
 * l − 1, is {@code setWeight(l − 1, i, j, w)}, and b^l_j is {@code setWeight(l − 1, n_(l−1), j, b)}. Inside,
 * {@link FlatNetwork} stores the layers in reverse (flat layer 0 is the output layer) and the weights into one
 * unit contiguously, bias last: index = weightIndex[L − l] + fromNeuron + toNeuron · (n_(l−1) + 1). The gradient
 * array of Encog's trainers has the same layout, so {@link #flatIndex} reads gradients with the formula
 * {@code BasicNetwork.setWeight} writes weights with (Encog 3.4, {@code BasicNetwork.setWeight},
 * {@code FlatNetwork.getWeight}); {@code EncogBehaviourTest.flatIndexIsWhereSetWeightWrites} holds the two
 * against each other.
 */
final class EncogNetworks {
    private EncogNetworks() {
    }

    /** The network of {@code problem} with every weight and bias set from it. */
    static BasicNetwork of(Problem problem) {
        BasicNetwork network = new BasicNetwork();
        network.addLayer(new BasicLayer(null, true, problem.width(0)));
        for (int l = 1; l <= problem.depth(); l++) {
            boolean feedsAnotherLayer = l < problem.depth();
            network.addLayer(new BasicLayer(EncogActivations.of(problem.layer(l).activation(), l),
                    feedsAnotherLayer, problem.width(l)));
        }
        network.getStructure().finalizeStructure();
        for (int l = 1; l <= problem.depth(); l++) {
            Layer layer = problem.layer(l);
            int biasNeuron = layer.inputs();
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    network.setWeight(l - 1, i, j, layer.weight(j, i));
                }
                network.setWeight(l - 1, biasNeuron, j, layer.bias(j));
            }
        }
        return network;
    }

    /**
     * Where the flat weight (and gradient) array holds the connection into unit {@code toNeuron} of the spec's layer
     * {@code l} from unit {@code fromNeuron} of layer l − 1; fromNeuron = n_(l−1) is the bias neuron.
     */
    static int flatIndex(FlatNetwork flat, int l, int fromNeuron, int toNeuron) {
        int flatFromLayer = flat.getLayerCounts().length - l;
        int flatToLayer = flatFromLayer - 1;
        return flat.getWeightIndex()[flatToLayer] + fromNeuron
                + toNeuron * flat.getLayerCounts()[flatFromLayer];
    }
}
