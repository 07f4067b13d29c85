package dev.bprop.reference.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training sets of the slides, CSV files, and the seeded initial weights (GD-SEED). */
class DatasetsTest {
    @TempDir
    Path folder;

    @Test
    void xor_isTheTruthTableOfTheSlides() {
        Dataset xor = Datasets.xor();
        assertArrayEquals(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, xor.inputs());
        assertArrayEquals(new double[][] {{0}, {1}, {1}, {0}}, xor.targets());
        assertEquals(List.of(), xor.classes());
    }

    @Test
    void iris_has150RowsOf50PerSpeciesWithStandardisedFeatures() {
        Dataset iris = Datasets.iris();
        assertEquals(150, iris.size());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classes());
        double[] perClass = new double[3];
        for (double[] target : iris.targets()) {
            for (int k = 0; k < 3; k++) {
                perClass[k] += target[k];
            }
        }
        assertArrayEquals(new double[] {50, 50, 50}, perClass);
        for (int column = 0; column < 4; column++) {
            double sum = 0;
            double squares = 0;
            for (double[] row : iris.inputs()) {
                sum += row[column];
                squares += row[column] * row[column];
            }
            assertEquals(0, sum / 150, 1e-12, "mean of column " + column);
            assertEquals(1, squares / 150, 1e-12, "variance of column " + column);
        }
    }

    @Test
    void csv_theLastColumnIsTheClassInOrderOfFirstAppearance() throws IOException {
        Path file = Files.writeString(folder.resolve("d.csv"), "a,b,label\n1,2,yes\n3,4,no\n\n5,6.5,yes\n");
        Dataset data = Datasets.readCsv(file);
        assertEquals("d.csv", data.name());
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}, {5, 6.5}}, data.inputs());
        assertArrayEquals(new double[][] {{1, 0}, {0, 1}, {1, 0}}, data.targets());
        assertEquals(List.of("yes", "no"), data.classes());
    }

    @Test
    void csv_brokenFilesNameTheLineAndColumn() {
        assertEquals("d: line 3, column 2: \"x\" is not a finite number",
                assertThrows(IllegalArgumentException.class,
                        () -> Datasets.parseCsv("d", "a,b,c\n1,2,p\n1,x,q\n")).getMessage());
        assertEquals("d: line 2, column 1: \"NaN\" is not a finite number",
                assertThrows(IllegalArgumentException.class,
                        () -> Datasets.parseCsv("d", "a,b\nNaN,p\n")).getMessage());
        assertEquals("d: line 2, column 1: \"1e999\" is not a finite number",
                assertThrows(IllegalArgumentException.class,
                        () -> Datasets.parseCsv("d", "a,b\n1e999,p\n")).getMessage());
        assertEquals("d: line 2: expected 3 columns, found 2",
                assertThrows(IllegalArgumentException.class,
                        () -> Datasets.parseCsv("d", "a,b,c\n1,p\n")).getMessage());
        assertEquals("d: expected a header line and at least one row",
                assertThrows(IllegalArgumentException.class, () -> Datasets.parseCsv("d", "a,b\n")).getMessage());
        assertEquals("d: expected at least one feature column and a label column",
                assertThrows(IllegalArgumentException.class, () -> Datasets.parseCsv("d", "a\n1\n")).getMessage());
    }

    @Test
    void standardising_leavesAConstantColumnAtZero() {
        Dataset data = Datasets.standardised(new Dataset("c", new double[][] {{2, 1}, {2, 3}},
                new double[][] {{1}, {0}}, List.of()));
        assertArrayEquals(new double[][] {{0, -1}, {0, 1}}, data.inputs());
    }

    @Test
    void dataset_inputAndTargetRowsMustPair() {
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", new double[][] {{1}}, new double[][] {{1}, {0}}, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", new double[0][], new double[0][], List.of()));
    }

    @Test
    void gdSeed_initialWeightsAreSmallSeededAndBiasesZero() {
        List<Layer> layers = Initialization.smallRandom(new int[] {4, 3, 2},
                List.of(Activation.TANH, Activation.SOFTMAX), 42);
        assertEquals(List.of(Activation.TANH, Activation.SOFTMAX), layers.stream().map(Layer::activation).toList());
        assertEquals(3, layers.get(0).outputs());
        assertEquals(4, layers.get(0).inputs());
        assertEquals(2, layers.get(1).outputs());
        for (Layer layer : layers) {
            double range = 1 / Math.sqrt(layer.inputs());
            for (double[] row : layer.weights()) {
                for (double weight : row) {
                    assertTrue(Math.abs(weight) <= range, weight + " beyond ±" + range);
                }
            }
            assertArrayEquals(new double[layer.outputs()], layer.bias());
        }
        assertEquals(layers, Initialization.smallRandom(new int[] {4, 3, 2},
                List.of(Activation.TANH, Activation.SOFTMAX), 42));
        assertTrue(!layers.equals(Initialization.smallRandom(new int[] {4, 3, 2},
                List.of(Activation.TANH, Activation.SOFTMAX), 43)));
        assertEquals("expected 2 activations, one per layer", assertThrows(IllegalArgumentException.class,
                () -> Initialization.smallRandom(new int[] {4, 3, 2}, List.of(Activation.TANH), 42)).getMessage());
    }

    @Test
    void accuracy_aSingleOutputIsClassOneFromOneHalfAndTiesGoToTheLowerIndex() {
        assertEquals(1, Accuracy.predictedClass(new double[] {0.5}));
        assertEquals(0, Accuracy.predictedClass(new double[] {Math.nextDown(0.5)}));
        assertEquals(0, Accuracy.predictedClass(new double[] {0.4, 0.4, 0.2}));
        assertEquals(2, Accuracy.predictedClass(new double[] {0.1, 0.4, 0.5}));
        assertEquals(1, Accuracy.predictedClass(new double[] {0.1, 0.5, 0.4}));
    }

    /** Outputs 0.9, 0.1, 0.6, 0.2 predict classes 1, 0, 1, 0 against targets 1, 0, 0, 0: three of four right. */
    @Test
    void accuracy_isTheShareOfExamplesClassifiedRight() {
        List<Layer> identity = List.of(new Layer(Activation.IDENTITY, new double[][] {{1}}, new double[] {0}));
        Dataset data = new Dataset("d", new double[][] {{0.9}, {0.1}, {0.6}, {0.2}},
                new double[][] {{1}, {0}, {0}, {0}}, List.of());
        assertEquals(0.75, Accuracy.of(identity, dev.bprop.spec.mlp.Loss.MSE, data));
    }

    @Test
    void training_keepsItsHistoryToItself() {
        Training training = new Training(List.of(), new double[] {3, 2, 1});
        training.lossHistory()[0] = 99;
        assertEquals(3, training.initialLoss());
        assertEquals(1, training.finalLoss());
    }
}
