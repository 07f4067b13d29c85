package dev.bprop.conformance.internal.diagnose;

import java.util.ArrayList;
import java.util.List;

/**
 * A bug model that reproduces a failure, as the diagnosis states it: the only kind of finding that names a cause.
 *
 * @param name the model's identifier
 * @param clause the clause its bug breaks
 * @param cause what it computes wrong
 * @param parameter its fitted parameter, or empty
 * @param largestUlps the found numbers' largest distance from the model's, in ulps (CMP-ULPS)
 */
public record Reproduced(String name, String clause, String cause, String parameter, long largestUlps) {
    /** The finding, e.g. "reproduced by model `tanh-derivative-…` (ACT-TANH): your result equals …". */
    public String finding() {
        return "reproduced by model `" + name + "` (" + clause + "): your result equals the reference computed "
                + "with " + cause + (parameter.isEmpty() ? "" : ", " + parameter) + " — every number within its "
                + "tolerance and the model's own rounding, the largest difference " + largestUlps + " ulps";
    }

    /** The findings of {@code reproduced}, with a note when several known bugs give the same numbers. */
    static List<String> findings(List<Reproduced> reproduced, int tried) {
        List<String> findings = new ArrayList<>(reproduced.stream().map(Reproduced::finding).toList());
        if (reproduced.size() > 1) {
            findings.add(reproduced.size() + " of the " + tried + " known bugs give these same numbers on this "
                    + "problem; a larger problem tells them apart");
        }
        return findings;
    }
}
