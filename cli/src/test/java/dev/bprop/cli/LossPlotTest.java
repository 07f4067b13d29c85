package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loss plot: written to exactly the path given, with the curves drawn across the whole epoch axis. */
class LossPlotTest {
    @TempDir
    Path folder;

    @Test
    void plot_drawsEveryCurveAcrossTheEpochs() throws IOException {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("falling", new double[] {4, 3, 2, 1, 0.5, 0.25});
        Path file = folder.resolve("loss");
        LossPlot.write(OutputFile.checked("--plot", file), "title", curves, false);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        int third = image.getWidth() / 3;
        int half = image.getHeight() / 2;
        assertTrue(colouredPixels(image, 0, third, 0, half) > 20, "the falling curve starts high on the left");
        assertTrue(colouredPixels(image, 2 * third, image.getWidth(), half, image.getHeight()) > 20,
                "the falling curve ends low on the right, below the legend");
    }

    /*
     * A loss falling by a factor 10 per epoch, 1000 to 0.01: on a linear axis everything after epoch 1 is within 10 %
     * of the bottom, so the middle third of the plot has no curve at mid-height; on a log axis it is a straight
     * line from the top left to the bottom right, passing mid-height in the middle third.
     */
    @Test
    void plot_logYSpreadsOrdersOfMagnitude() throws IOException {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("tenfold", new double[] {1000, 100, 10, 1, 0.1, 0.01});
        Path linear = folder.resolve("linear.png");
        Path log = folder.resolve("log.png");
        LossPlot.write(OutputFile.checked("--plot", linear), "title", curves, false);
        LossPlot.write(OutputFile.checked("--plot", log), "title", curves, true);
        BufferedImage linearImage = ImageIO.read(linear.toFile());
        BufferedImage logImage = ImageIO.read(log.toFile());
        int third = 800 / 3;
        assertEquals(0, colouredPixels(linearImage, third, 2 * third, 150, 350));
        assertTrue(colouredPixels(logImage, third, 2 * third, 150, 350) > 20);
    }

    /** Pixels whose channels differ by more than 80: the chart's frame, grid and text are grey. */
    private static int colouredPixels(BufferedImage image, int fromX, int toX, int fromY, int toY) {
        int count = 0;
        for (int x = fromX; x < toX; x++) {
            for (int y = fromY; y < toY; y++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                count += Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 80 ? 1 : 0;
            }
        }
        return count;
    }
}
