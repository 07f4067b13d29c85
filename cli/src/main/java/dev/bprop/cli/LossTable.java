package dev.bprop.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The loss history of a training run as a Markdown table. Up to {@code rows} epochs it shows every epoch; beyond, it
 * splits epochs 1..E into {@code rows} intervals (b_(i−1), b_i], b_i = ⌊i·E/rows⌋, and shows for each the loss at
 * its last epoch and the minimum and maximum over it, so that a spike or an oscillation between the rows shows in
 * the table as it does in the plot.
 */
final class LossTable {
    private LossTable() {
    }

    /** {@code history[e]} is the loss after epoch e, {@code history[0]} before the first. */
    static void print(PrintWriter out, double[] history, int rows) {
        int epochs = history.length - 1;
        if (epochs <= rows) {
            out.printf(Locale.ROOT, "| epoch | loss |%n| ---: | ---: |%n");
            for (int epoch = 0; epoch <= epochs; epoch++) {
                out.printf(Locale.ROOT, "| %d | %.6g |%n", epoch, history[epoch]);
            }
            return;
        }
        out.printf(Locale.ROOT, "| epochs | loss at the last | min | max |%n| ---: | ---: | ---: | ---: |%n");
        out.printf(Locale.ROOT, "| 0 | %.6g | | |%n", history[0]);
        int start = 1;
        for (int row = 1; row <= rows; row++) {
            int end = (int) ((long) row * epochs / rows);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int epoch = start; epoch <= end; epoch++) {
                min = Math.min(min, history[epoch]);
                max = Math.max(max, history[epoch]);
            }
            out.printf(Locale.ROOT, "| %s | %.6g | %.6g | %.6g |%n", start == end ? start : start + "–" + end,
                    history[end], min, max);
            start = end + 1;
        }
    }
}
