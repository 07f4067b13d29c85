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
        assertTrue(run.out().startsWith("training xor: 2-8-1 network, binary_cross_entropy, batch gradient descent, "
                + "η = 1.0, 500 epochs, seed 1\n"), run.out());
        assertTrue(run.out().contains("| 0 | 0.70"), run.out());
        assertTrue(run.out().contains("| 500 | "), run.out());
        assertTrue(run.out().endsWith("accuracy: 100.0 % (xor)\n"), run.out());
    }

    /** 29 epochs print every 29/10 = 2nd epoch and the last: 0, 2, …, 28, 29. */
    @Test
    void train_printsAboutTenRowsOfTheLossHistoryAndTheLast() {
        Run run = run("train", "--epochs", "29", "--hidden", "1");
        assertEquals(0, run.status(), run.err());
        java.util.List<String> epochs = run.out().lines().filter(line -> line.matches("\\| [0-9]+ \\| .*"))
                .map(line -> line.split(" ")[1]).toList();
        assertEquals(java.util.List.of("0", "2", "4", "6", "8", "10", "12", "14", "16", "18", "20", "22", "24", "26",
                "28", "29"),
                epochs);
        assertTrue(run.out().contains("2-1-1 network"), run.out());
    }

    /** Four XOR examples: the accuracy is 0, 25, 50, 75 or 100 per cent, whatever one epoch did. */
    @Test
    void train_accuracyIsAShareOfTheExamples() {
        String out = run("train", "--epochs", "1").out();
        String accuracy = out.substring(out.indexOf("accuracy: ") + 10, out.indexOf(" %"));
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
        assertTrue(run.out().contains("4-4-3-3 network, cross_entropy, stochastic"), run.out());
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
        assertTrue(run.out().startsWith("training and.csv: 2-8-2 network, cross_entropy"), run.out());
        assertTrue(run.out().endsWith("accuracy: 100.0 % (and.csv)\n"), run.out());
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
