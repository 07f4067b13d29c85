package dev.bprop.cli;

import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Verdict;
import java.io.PrintWriter;
import java.util.List;

/**
 * The element-wise verdict on another implementation's result as {@code bprop check --result} prints it (clause
 * CMP-VERDICT): one line per disagreeing number — its place, the reference's value, the result's value, |Δ| and the
 * tolerance — at most {@value #SHOWN} of them and a count of the rest, then the kit's diagnosis of the whole result,
 * then the verdict. The headings name whose numbers each column shows.
 */
final class ResultVerdict {
    static final int SHOWN = 20;
    private static final String ROW = "  %-32s %-24s %-24s %-10s %s%n";

    private ResultVerdict() {
    }

    /**
     * @param elements every number compared, in the order of the result file
     * @param foundBy the result file's name and precision, e.g. {@code r.json (float32)}
     * @param diagnosis the kit's findings on the whole result; empty when it agrees
     * @return whether every number agrees
     */
    static boolean print(List<ElementComparison> elements, String foundBy, List<String> diagnosis, PrintWriter out) {
        List<ElementComparison> disagreements = elements.stream()
                .filter(e -> e.verdict() == Verdict.DISAGREES).toList();
        long unbounded = elements.stream().filter(e -> e.verdict() == Verdict.NOT_BOUNDED).count();
        out.println("result " + foundBy + " against the reference (float64), number by number (CMP-VERDICT):");
        if (!disagreements.isEmpty()) {
            out.printf(ROW, "place", "reference (expected)", foundBy + " (found)", "|Δ|", "tolerance");
            disagreements.stream().limit(SHOWN).forEach(e -> out.printf(ROW, e.place().path(),
                    e.expected(), e.found(), String.format("%.2e", e.absoluteError()),
                    String.format("%.2e", e.tolerance())));
            if (disagreements.size() > SHOWN) {
                out.println("  … and " + (disagreements.size() - SHOWN) + " more numbers outside their tolerance");
            }
        }
        if (unbounded > 0) {
            out.println("  " + unbounded + " numbers not judged: their rounding bound overflows the double range");
        }
        if (!diagnosis.isEmpty()) {
            out.println("diagnosis:");
            diagnosis.forEach(finding -> out.println("  - " + finding));
        }
        int judged = elements.size() - (int) unbounded;
        out.println(disagreements.isEmpty()
                ? "AGREE: all " + judged + " numbers judged are within their tolerance"
                : "DISAGREE: " + disagreements.size() + " of " + judged + " numbers outside their tolerance");
        return disagreements.isEmpty();
    }
}
