package dev.bprop.conformance.check;

import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.Place;

/**
 * The tensors of a result as the oracle's comparison model names them in a {@link Place}: the gradient components'
 * places come from the oracle's objectives ({@code weights} and {@code bias} of layer l, {@code gradient} of a graph
 * input, whose index is the input's name); the values compared besides them, the loss, the outputs and a graph's
 * value, are placed here the same way (FMT-RESULT, FMT-GRAPH-RESULT).
 */
public final class Places {
    public static final String LOSS = "loss";
    public static final String OUTPUTS = "outputs";
    public static final String WEIGHTS = "weights";
    public static final String BIAS = "bias";
    public static final String VALUE = "value";
    public static final String GRADIENT = "gradient";

    private Places() {
    }

    /** J, the batch mean of the losses (LOSS-MEAN). */
    static Place loss() {
        return new Place("loss", "LOSS-MEAN", 0, LOSS, "[0]");
    }

    /** a^L_ek, output k of example e (FWD-A). */
    static Place output(int e, int k) {
        String index = "[" + e + "][" + k + "]";
        return new Place("outputs" + index, "FWD-A", 0, OUTPUTS, index);
    }

    /** f, the value of a graph's output node (GBP-OPS). */
    static Place value() {
        return new Place("value", "GBP-OPS", 0, VALUE, "[0]");
    }

    /** Whether {@code element} is a number of {@code tensor}. */
    public static boolean in(ElementComparison element, String tensor) {
        return element.place().tensor().equals(tensor);
    }

    /** Whether {@code element} is a component of ∂J/∂W^l or ∂J/∂b^l. */
    public static boolean inLayerGradient(ElementComparison element) {
        return in(element, WEIGHTS) || in(element, BIAS);
    }

    /** Whether {@code element} is outside its tolerance. */
    public static boolean mismatch(ElementComparison element) {
        return element.verdict() == Verdict.DISAGREES;
    }
}
