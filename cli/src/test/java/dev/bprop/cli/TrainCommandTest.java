package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bprop train}: clauses GD-BATCH, GD-SGD, GD-MINIBATCH and GD-SEED from the command line. */
class TrainCommandTest {
    @TempDir
    Path folder;

    @Test
    void gdBatch_xorLearnsItsTruthTable() {
        Run run = run("train", "--epochs", "500", "--lr", "1");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("training xor: 2-8-1 network (tanh, sigmoid), batch gradient descent (s = 4, "
                + "the whole training set), η = 1.0, binary_cross_entropy, 500 epochs, seed 1\n"), run.out());
        assertTrue(run.out().contains("| 0 | 0.70"), run.out());
        assertTrue(run.out().contains("| 451–500 | "), run.out());
        assertTrue(run.out().endsWith("accuracy on the training set (4 examples): 100.0 %\n"), run.out());
    }

    /*
     * 29 epochs in 10 rows: intervals end at ⌊i·29/10⌋ = 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, so every epoch falls in
     * exactly one row; 10 epochs print every epoch.
     */
    @Test
    void train_tableCoversEveryEpochInIntervalsOrOneByOne() {
        Run run = run("train", "--epochs", "29", "--hidden", "1");
        assertEquals(0, run.status(), run.err());
        java.util.List<String> epochs = run.out().lines().filter(line -> line.matches("\\| [0-9–]+ \\| .*"))
                .map(line -> line.split(" ")[1]).toList();
        assertEquals(java.util.List.of("0", "1–2", "3–5", "6–8", "9–11", "12–14", "15–17", "18–20", "21–23", "24–26",
                "27–29"), epochs);
        assertTrue(run.out().contains("2-1-1 network"), run.out());
        java.util.List<String> every = run("train", "--epochs", "10", "--hidden", "1").out().lines()
                .filter(line -> line.matches("\\| [0-9]+ \\| .*")).map(line -> line.split(" ")[1]).toList();
        assertEquals(java.util.List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), every);
    }

    /** Four XOR examples: the accuracy is 0, 25, 50, 75 or 100 per cent, whatever one epoch did. */
    @Test
    void train_accuracyIsAShareOfTheExamples() {
        String out = run("train", "--epochs", "1").out();
        String prefix = "accuracy on the training set (4 examples): ";
        String accuracy = out.substring(out.indexOf(prefix) + prefix.length(), out.indexOf(" %"));
        assertTrue(java.util.List.of("0.0", "25.0", "50.0", "75.0", "100.0").contains(accuracy), out);
    }

    @Test
    void train_progressGoesToStandardErrorWhenAskedFor() {
        Run run = run("train", "--epochs", "3", "--progress");
        assertEquals(0, run.status());
        assertTrue(run.err().contains("η = 0.5"), run.err());
        assertEquals("", run("train", "--epochs", "3", "--no-progress").err());
    }

    @Test
    void gdSeed_theSameSeedPrintsTheSameRun() {
        String[] args = {"train", "--data", "iris", "--variant", "minibatch", "--epochs", "5", "--seed", "9"};
        assertEquals(run(args), run(args));
        assertTrue(!run(args).out().equals(run("train", "--data", "iris", "--variant", "minibatch", "--epochs", "5",
                "--seed", "10").out()));
    }

    @Test
    void gdMinibatch_compareRatesPlotsOneCurvePerRate() throws IOException {
        Path plot = folder.resolve("rates.png");
        Run run = run("train", "--data", "iris", "--variant", "stochastic", "--epochs", "3", "--hidden", "4,3",
                "--activation", "relu", "--compare-rates", "0.001,0.5", "--plot", plot.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("4-4-3-3 network (relu, softmax), stochastic gradient descent (s = 1), "
                + "η = 0.001, 0.5, cross_entropy"), run.out());
        assertTrue(run.out().contains("\nη = 0.001\n") && run.out().contains("\nη = 0.5\n"), run.out());
        assertTrue(run.out().endsWith("plot: " + plot + "\n"), run.out());
        byte[] header = Arrays.copyOf(Files.readAllBytes(plot), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, header);
    }

    @Test
    void train_aCsvFileOfTheUsersOwn() throws IOException {
        Path csv = Files.writeString(folder.resolve("and.csv"), "a,b,and\n0,0,no\n0,1,no\n1,0,no\n1,1,yes\n");
        Run run = run("train", "--data", csv.toString(), "--epochs", "300");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("training and.csv: 2-8-2 network (tanh, softmax)"), run.out());
        assertTrue(run.out().endsWith("accuracy on the training set (4 examples): 100.0 %\n"), run.out());
    }

    /*
     * GD-STEP by hand on a 1-1 identity network with mse, w = 2, b = 1, one example x = 1, y = 0, η = 0.1:
     * z = 2·1 + 1 = 3, J = ½·3² = 4.5; ∂J/∂w = (z − y)·x = 3, ∂J/∂b = 3; step: w = 2 − 0.3 = 1.7, b = 1 − 0.3 = 0.7;
     * z = 2.4, J = ½·2.4² = 2.88; again: ∂J/∂w = ∂J/∂b = 2.4, w = 1.46, b = 0.46, z = 1.92, J = ½·1.92² = 1.8432.
     */
    @Test
    void gdStep_initReplaysAHandComputedStep() throws IOException {
        Path problem = Files.writeString(folder.resolve("line.json"), """
                {"id": "line", "layers": [{"activation": "identity", "weights": [[2]], "bias": [1]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[0]]}
                """);
        Run run = run("train", "--init", problem.toString(), "--lr", "0.1", "--epochs", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("training line: 1-1 network (identity), batch gradient descent (s = 1, the "
                + "whole training set), η = 0.1, mse, 2 epochs, seed 1, starting from " + problem + "\n"), run.out());
        assertTrue(run.out().contains("| 0 | 4.50000 |\n| 1 | 2.88000 |\n| 2 | 1.84320 |\n"), run.out());
        assertTrue(run.out().endsWith("final loss on the training set (1 examples): 1.84320\n"), run.out());
    }

    /* --init with --data: the problem's network on the data set, which must fit its inputs and outputs. */
    @Test
    void gdBatch_initNetworkOnADataSet() throws IOException {
        Path problem = Files.writeString(folder.resolve("xor-net.json"), """
                {"layers": [{"activation": "tanh", "weights": [[0.5, -0.5], [0.3, 0.8]], "bias": [0, 0.1]},
                            {"activation": "sigmoid", "weights": [[1, -1]], "bias": [0]}],
                 "loss": "binary_cross_entropy", "inputs": [[0, 0]], "targets": [[0]]}
                """);
        Run run = run("train", "--init", problem.toString(), "--data", "xor", "--epochs", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("training xor: 2-2-1 network (tanh, sigmoid)"), run.out());
        assertTrue(run.out().contains("accuracy on the training set (4 examples): "), run.out());
        assertBad("--init: " + problem + " maps 2 inputs to 1 outputs, but iris has 4 features and 3 target columns",
                "--init", problem.toString(), "--data", "iris");
    }

    /* --validation-split 0.2 of Iris's 150: round(30) held out, seeded: the same seed holds out the same examples. */
    @Test
    void gdSeed_validationSplitIsSeededAndReportedOnBothSets() {
        String[] args = {"train", "--data", "iris", "--epochs", "3", "--validation-split", "0.2", "--seed", "4"};
        Run run = run(args);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("batch gradient descent (s = 120, the whole training set)"), run.out());
        assertTrue(run.out().contains(", 30 of 150 examples held out for validation\n"), run.out());
        assertTrue(run.out().contains("accuracy on the training set (120 examples): "), run.out());
        assertTrue(run.out().contains("final loss on the validation set (30 examples): "), run.out());
        assertTrue(run.out().contains("accuracy on the validation set (30 examples): "), run.out());
        assertEquals(run.out(), run(args).out());
        args[args.length - 1] = "5";
        assertTrue(!run.out().equals(run(args).out()));
        assertBad("--validation-split: expected a fraction between 0 and 1, found 1.0", "--validation-split", "1");
    }

    /*
     * --validation-split F of XOR's 4 examples holds out round(4F), at least 1 and at most 3: F = 0.1 → round(0.4) = 0,
     * so 1; F = 0.9 → round(3.6) = 4, so 3, which leaves 1 for training. A batch of one example cannot be split; one
     * of two can.
     */
    @Test
    void gdSeed_theHeldOutShareKeepsAtLeastOneExampleOnEachSide() throws IOException {
        Run few = run("train", "--epochs", "1", "--validation-split", "0.1");
        assertEquals(0, few.status(), few.err());
        assertTrue(few.out().contains(", 1 of 4 examples held out for validation\n"), few.out());
        assertTrue(few.out().contains("final loss on the training set (3 examples): "), few.out());
        Run most = run("train", "--epochs", "1", "--validation-split", "0.9");
        assertEquals(0, most.status(), most.err());
        assertTrue(most.out().contains(", 3 of 4 examples held out for validation\n"), most.out());
        assertTrue(most.out().contains("final loss on the training set (1 examples): "), most.out());
        assertTrue(most.out().contains("final loss on the validation set (3 examples): "), most.out());
        assertBad("--validation-split: expected a fraction between 0 and 1, found 0.0", "--validation-split", "0");
        Path one = Files.writeString(folder.resolve("one.json"), """
                {"id": "one", "layers": [{"activation": "identity", "weights": [[2]], "bias": [1]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[0]]}
                """);
        assertBad("--validation-split: one has 1 example, too few to split", "--init", one.toString(),
                "--validation-split", "0.5");
        Path two = Files.writeString(folder.resolve("two.json"), """
                {"id": "two", "layers": [{"activation": "identity", "weights": [[2]], "bias": [1]}],
                 "loss": "mse", "inputs": [[1], [2]], "targets": [[0], [1]]}
                """);
        Run split = run("train", "--init", two.toString(), "--epochs", "1", "--validation-split", "0.5");
        assertEquals(0, split.status(), split.err());
        assertTrue(split.out().contains(", 1 of 2 examples held out for validation\n"), split.out());
    }

    /*
     * The line problem (w = 2, b = 1, x = 1, y = 0) at η = 0.5: z = 3, ∂J/∂w = ∂J/∂b = 3, so w = 0.5, b = −0.5 and
     * z = 0: the loss is 0 from epoch 1 on, which a log axis cannot show, and a linear one can.
     */
    @Test
    void train_aLossOfZeroCannotBePlottedOnALogAxis() throws IOException {
        Path problem = Files.writeString(folder.resolve("line.json"), """
                {"id": "line", "layers": [{"activation": "identity", "weights": [[2]], "bias": [1]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[0]]}
                """);
        Path plot = folder.resolve("line.png");
        Run log = run("train", "--init", problem.toString(), "--lr", "0.5", "--epochs", "2", "--plot",
                plot.toString(), "--log-y");
        assertEquals(2, log.status(), log.out() + log.err());
        assertTrue(log.err().startsWith("--log-y: the loss for ") && log.err().contains(" is 0.0 at epoch 1, which a "
                + "log axis cannot show\n"), log.err());
        assertTrue(!Files.exists(plot));
        Run linear = run("train", "--init", problem.toString(), "--lr", "0.5", "--epochs", "2", "--plot",
                plot.toString());
        assertEquals(0, linear.status(), linear.err());
        assertTrue(Files.size(plot) > 0);
    }

    /* --init's network must map the data's features to its target columns: each side is checked on its own. */
    @Test
    void gdBatch_initNetworkMustFitBothSidesOfTheData() throws IOException {
        Path fourToOne = Files.writeString(folder.resolve("four-to-one.json"), """
                {"layers": [{"activation": "sigmoid", "weights": [[1, 1, 1, 1]], "bias": [0]}],
                 "loss": "binary_cross_entropy", "inputs": [[0, 0, 0, 0]], "targets": [[0]]}
                """);
        assertBad("--init: " + fourToOne + " maps 4 inputs to 1 outputs, but iris has 4 features and 3 target columns",
                "--init", fourToOne.toString(), "--data", "iris");
        Path twoToThree = Files.writeString(folder.resolve("two-to-three.json"), """
                {"layers": [{"activation": "softmax", "weights": [[1, 0], [0, 1], [1, 1]], "bias": [0, 0, 0]}],
                 "loss": "cross_entropy", "inputs": [[0, 0]], "targets": [[1, 0, 0]]}
                """);
        assertBad("--init: " + twoToThree + " maps 2 inputs to 3 outputs, but iris has 4 features and 3 target "
                + "columns", "--init", twoToThree.toString(), "--data", "iris");
    }

    @Test
    void fmtErrors_badOptionsExitWith2AndSayWhich() throws IOException {
        assertBad("--variant: expected batch, stochastic or minibatch, found sideways", "--variant", "sideways");
        assertBad("--activation: expected identity, sigmoid, tanh, hardtanh, relu or leaky_relu, found softmax",
                "--activation", "softmax");
        assertBad("--hidden: widths are at least 1, found 0", "--hidden", "0");
        assertBad("learning rate: expected a finite number > 0, found -1.0", "--lr", "-1");
        assertBad("epochs: expected at least 1, found 0", "--epochs", "0");
        assertBad("--data: absent.csv: cannot be read: no such file", "--data", "absent.csv");
        assertBad("--data: " + folder + ": cannot be read: it is a folder", "--data", folder.toString());
        Path csv = Files.writeString(folder.resolve("bad.csv"), "a,label\nx,yes\n");
        assertBad("--data: bad.csv: line 2, column 1: \"x\" is not a finite number", "--data", csv.toString());
    }

    private static void assertBad(String message, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "train";
        System.arraycopy(options, 0, args, 1, options.length);
        Run run = run(args);
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(message + "\n"), run.err());
    }
}
