package dev.bprop.oracle.compare;

import dev.bprop.oracle.objective.Place;
import java.util.OptionalLong;

/**
 * The one-line account of a disagreement: the clause, the layer, the tensor and index, the three values
 * (expected, found, the oracle's own error estimate), the tolerance with its origin, and the seed.
 */
public final class Report {
    private Report() {
    }

    /**
     * E.g. {@code BP4 layer 2 weights[0][1] (gradients[1].weights[0][1]): expected 0.3 (DerivativeStructure), found
     * 0.30000001 (reference), oracle error 0.0; |Δ| = 1.0E-8, relative 3.3E-8, 5764607 ulps > tolerance 4.4E-15
     * = 2·D·u·S_k (…); seed 42}.
     */
    public static String line(ElementComparison element, String expectedBy, String foundBy, OptionalLong seed) {
        Place place = element.place();
        String where = place.layer() > 0 ? " layer " + place.layer() + " " : " ";
        return place.clause() + where + place.tensor() + "[" + stripBrackets(place.index()) + "] (" + place.path()
                + "): expected " + element.expected() + " (" + expectedBy + "), found " + element.found() + " ("
                + foundBy + "), oracle error " + element.oracleError() + "; |Δ| = " + element.absoluteError()
                + ", relative " + element.relativeError() + ", " + element.ulps() + " ulps > tolerance "
                + element.tolerance() + " = " + element.toleranceOrigin()
                + (seed.isPresent() ? "; seed " + seed.getAsLong() : "; no seed (a fixed case)");
    }

    private static String stripBrackets(String index) {
        return index.startsWith("[") ? index.substring(1, index.length() - 1) : index;
    }
}
