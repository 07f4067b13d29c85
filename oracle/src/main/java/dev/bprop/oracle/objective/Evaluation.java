package dev.bprop.oracle.objective;

import java.util.List;

/**
 * One evaluation of an {@link Objective}: f itself and the values a result reports beside it — a problem's outputs
 * a^L_ek as {@code outputs.get(e).get(k)} (FMT-RESULT), none for a graph, whose result holds only f.
 *
 * @param value f(θ)
 * @param outputs the reported values besides f, row by row
 */
public record Evaluation<T>(T value, List<List<T>> outputs) {
    public Evaluation {
        outputs = List.copyOf(outputs);
    }
}
