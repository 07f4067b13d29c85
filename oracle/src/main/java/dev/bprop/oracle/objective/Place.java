package dev.bprop.oracle.objective;

/**
 * Where one gradient component lives, for reports: its path in the result file ({@code gradients[1].weights[0][2]},
 * {@code gradient.x1}, the keys of a vector's {@code expected_exact}), the clause that defines it, the layer l
 * (0 for graphs), the tensor ({@code weights}, {@code bias}, {@code gradient}) and the index inside the tensor.
 */
public record Place(String path, String clause, int layer, String tensor, String index) {
    /** The tensors of a result (FMT-RESULT, FMT-GRAPH-RESULT), as {@link #tensor()} names them. */
    public static final String LOSS = "loss";
    public static final String OUTPUTS = "outputs";
    public static final String WEIGHTS = "weights";
    public static final String BIAS = "bias";
    public static final String VALUE = "value";
    public static final String GRADIENT = "gradient";
}
