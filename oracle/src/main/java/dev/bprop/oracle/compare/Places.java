package dev.bprop.oracle.compare;

import dev.bprop.oracle.objective.Place;

/**
 * The values a result reports besides the gradient, placed as the oracle's objectives place the gradient components
 * (FMT-RESULT, FMT-GRAPH-RESULT): the loss, the outputs and a graph's value; and the questions a report asks of a
 * {@link Place}.
 */
public final class Places {
    private Places() {
    }

    /** J, the batch mean of the losses (LOSS-MEAN). */
    static Place loss() {
        return new Place(Place.LOSS, "LOSS-MEAN", 0, Place.LOSS, "[0]");
    }

    /** a^L_ek, output k of example e (FWD-A). */
    static Place output(int e, int k) {
        String index = "[" + e + "][" + k + "]";
        return new Place(Place.OUTPUTS + index, "FWD-A", 0, Place.OUTPUTS, index);
    }

    /** f, the value of a graph's output node (GBP-OPS). */
    static Place value() {
        return new Place("value", "GBP-OPS", 0, Place.VALUE, "[0]");
    }

    /** Whether {@code element} is a number of {@code tensor}. */
    public static boolean in(ElementComparison element, String tensor) {
        return element.place().tensor().equals(tensor);
    }

    /** Whether {@code element} is a component of ∂J/∂W^l or ∂J/∂b^l. */
    public static boolean inLayerGradient(ElementComparison element) {
        return in(element, Place.WEIGHTS) || in(element, Place.BIAS);
    }

    /** Whether {@code element} is outside its tolerance. */
    public static boolean mismatch(ElementComparison element) {
        return element.verdict() == Verdict.DISAGREES;
    }
}
