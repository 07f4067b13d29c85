package dev.bprop.conformance.compare;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a compared number sits: its tensor ({@code loss}, {@code outputs}, {@code weights}, {@code bias},
 * {@code value}, {@code gradient}), the layer l = 1..L for per-layer tensors (0 otherwise), and its indices.
 * {@link #path()} is the place in a result file (clause FMT-RESULT), as error messages name places (FMT-ERRORS).
 */
public record Place(Tensor tensor, int layer, String key, int... index) {
    /** The tensors a result has. */
    public enum Tensor {
        LOSS("J"), OUTPUTS("a^L"), WEIGHTS("∂J/∂W"), BIAS("∂J/∂b"), VALUE("f"), GRADIENT("∂f/∂");

        private final String symbol;

        Tensor(String symbol) {
            this.symbol = symbol;
        }
    }

    public Place {
        index = index.clone();
    }

    public static Place loss() {
        return new Place(Tensor.LOSS, 0, "");
    }

    public static Place output(int e, int k) {
        return new Place(Tensor.OUTPUTS, 0, "", e, k);
    }

    public static Place weight(int layer, int j, int i) {
        return new Place(Tensor.WEIGHTS, layer, "", j, i);
    }

    public static Place bias(int layer, int j) {
        return new Place(Tensor.BIAS, layer, "", j);
    }

    public static Place value() {
        return new Place(Tensor.VALUE, 0, "");
    }

    /** ∂f/∂x for the input node named {@code input}. */
    public static Place gradient(String input) {
        return new Place(Tensor.GRADIENT, 0, input);
    }

    /** The place in the result file, e.g. {@code gradients[1].weights[0][2]} or {@code gradient.x1}. */
    public String path() {
        String indices = Arrays.stream(index).mapToObj(i -> "[" + i + "]").collect(Collectors.joining());
        return switch (tensor) {
            case LOSS -> "loss";
            case OUTPUTS -> "outputs" + indices;
            case WEIGHTS -> "gradients[" + (layer - 1) + "].weights" + indices;
            case BIAS -> "gradients[" + (layer - 1) + "].bias" + indices;
            case VALUE -> "value";
            case GRADIENT -> "gradient." + key;
        };
    }

    /** The place in the spec's notation, e.g. {@code layer 2, ∂J/∂W^2[0][2]}. */
    public String label() {
        String indices = Arrays.stream(index).mapToObj(i -> "[" + i + "]").collect(Collectors.joining());
        return switch (tensor) {
            case WEIGHTS, BIAS -> "layer " + layer + ", " + tensor.symbol + "^" + layer + indices;
            case GRADIENT -> tensor.symbol + key;
            default -> tensor.symbol + indices;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Place that && tensor == that.tensor && layer == that.layer && key.equals(that.key)
                && Arrays.equals(index, that.index);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * tensor.hashCode() + layer) + key.hashCode()) + Arrays.hashCode(index);
    }

    @Override
    public String toString() {
        return label();
    }
}
