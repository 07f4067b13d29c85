package dev.bprop.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Loss curves, loss against epoch, one series per training run, drawn with XChart into a PNG file. */
final class LossPlot {
    private LossPlot() {
    }

    static void write(Path file, String title, Map<String, double[]> curves) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title)
                .xAxisTitle("epoch").yAxisTitle("loss J").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        curves.forEach((name, history) -> {
            double[] epochs = new double[history.length];
            for (int epoch = 0; epoch < epochs.length; epoch++) {
                epochs[epoch] = epoch;
            }
            chart.addSeries(name, epochs, history).setMarker(SeriesMarkers.NONE);
        });
        String name = file.toString();
        String withoutSuffix = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                ? name.substring(0, name.length() - 4) : name;
        BitmapEncoder.saveBitmap(chart, withoutSuffix, BitmapEncoder.BitmapFormat.PNG);
    }
}
