package dev.bprop.cli;

import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Loss curves, loss against epoch, one series per training run, drawn with XChart into a PNG file written whole or not at all. */
final class LossPlot {
    private LossPlot() {
    }

    /**
     * Draws {@code curves} ({@code curve[e]} the loss after epoch e) under {@code title}; with {@code logY} the loss
     * axis is logarithmic, where a loss that falls by orders of magnitude stays readable (every loss must then be
     * positive).
     */
    static void write(OutputFile file, String title, Map<String, double[]> curves, boolean logY) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title)
                .xAxisTitle("epoch").yAxisTitle(logY ? "loss J (log scale)" : "loss J").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisLogarithmic(logY);
        curves.forEach((name, history) -> {
            double[] epochs = new double[history.length];
            for (int epoch = 0; epoch < epochs.length; epoch++) {
                epochs[epoch] = epoch;
            }
            chart.addSeries(name, epochs, history).setMarker(SeriesMarkers.NONE);
        });
        file.write(out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }
}
