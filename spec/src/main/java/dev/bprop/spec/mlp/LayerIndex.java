package dev.bprop.spec.mlp;

/**
 * Clause NOT-INDEX, the one place that maps the spec's layer numbers to the files' arrays. The spec numbers layers
 * l = 1..L, with layer 0 the input (a^0 = x, which has no entry of its own); a problem file's {@code layers}, a
 * result file's {@code gradients}, and the lists of {@link Problem#layers()} and {@link Result#gradients()} hold
 * layer l at index l − 1. Code works with layer numbers and asks this class for the index, and for the place name
 * that error messages print ({@code layers[1]} for l = 2, clause FMT-ERRORS).
 */
public final class LayerIndex {
    private LayerIndex() {
    }

    /** The array index of layer l: l − 1, for l ≥ 1. */
    public static int arrayIndex(int l) {
        if (l < 1) {
            throw new IndexOutOfBoundsException("layer " + l + " is not a layer with parameters: they are 1..L");
        }
        return l - 1;
    }

    /** The array index of layer l of a network of {@code depth} layers: l − 1, for l = 1..depth. */
    public static int arrayIndex(int l, int depth) {
        if (l < 1 || l > depth) {
            throw new IndexOutOfBoundsException("layer " + l + " is not in 1.." + depth);
        }
        return l - 1;
    }

    /** Where layer l stands in a problem file: {@code layers[l − 1]}. */
    public static String layerPlace(int l) {
        return "layers[" + arrayIndex(l) + "]";
    }

    /** Where the gradient of layer l stands in a result file: {@code gradients[l − 1]}. */
    public static String gradientPlace(int l) {
        return "gradients[" + arrayIndex(l) + "]";
    }
}
