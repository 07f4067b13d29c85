package dev.bprop.cli;

import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.reference.train.Accuracy;
import dev.bprop.reference.train.Dataset;
import dev.bprop.reference.train.Datasets;
import dev.bprop.reference.train.GradientDescent;
import dev.bprop.reference.train.Initialization;
import dev.bprop.reference.train.Training;
import dev.bprop.reference.train.TrainingOptions;
import dev.bprop.reference.train.Variant;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.json.InputFile;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bprop train}: gradient descent (clauses GD-STEP, GD-BATCH, GD-SGD, GD-MINIBATCH, GD-SEED) on XOR, Iris, a CSV
 * file or the batch of a problem file, with gradients from the reference, from random weights or from a problem
 * file's ({@code --init}). It prints a header naming the network, the variant with its batch size and the rates, the
 * loss history ({@link LossTable}), the final loss and accuracy on the training set and, with
 * {@code --validation-split}, on the held-out set, and optionally plots the loss.
 */
@Command(name = "train",
        description = {"Train a network by gradient descent on XOR, Iris or a CSV file (features..., class label).",
                "One output unit with sigmoid and binary cross-entropy for XOR; softmax with cross-entropy "
                        + "otherwise."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", description = "xor, iris, or a CSV file (default: xor, or the --init problem's batch).")
    private String data;

    @Option(names = "--init", paramLabel = "PROBLEM.json",
            description = "Start from this problem file's network, weights and loss (replacing --hidden and "
                    + "--activation), and train on its batch unless --data is given: a worked example replayed.")
    private Path init;

    @Option(names = "--validation-split", paramLabel = "F",
            description = "Hold out the fraction F of the examples (seeded by --seed) and report loss and accuracy "
                    + "on both sets.")
    private Double validationSplit;

    @Option(names = "--table-rows", defaultValue = "10",
            description = "Rows of the loss table: every epoch up to this many, else intervals with their minimum "
                    + "and maximum (default: ${DEFAULT-VALUE}).")
    private int tableRows;

    @Option(names = "--log-y", description = "Plot the loss on a logarithmic axis.")
    private boolean logY;

    @Option(names = "--hidden", split = ",", defaultValue = "8",
            description = "Widths of the hidden layers, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<Integer> hidden;

    @Option(names = "--activation", defaultValue = "tanh",
            description = "Activation of the hidden layers (default: ${DEFAULT-VALUE}).")
    private String activation;

    @Option(names = {"--learning-rate", "--lr"}, defaultValue = "0.5", description = "η (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--epochs", defaultValue = "1000", description = "Epochs (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch-size", defaultValue = "16",
            description = "Mini-batch size s, for --variant minibatch (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--variant", defaultValue = "batch",
            description = "batch, stochastic or minibatch (default: ${DEFAULT-VALUE}).")
    private String variant;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the initial weights and the shuffles (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--plot", description = "Write the loss curve to this PNG file.")
    private Path plot;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when standard output is a terminal).")
    private Boolean progress;

    @Option(names = "--compare-rates", split = ",",
            description = "Train once per learning rate (e.g. 0.001,0.5) from the same start and plot the curves together.")
    private List<Double> compareRates;

    @Override
    public Integer call() throws IOException {
        OutputFile plotFile = OutputFile.checked("--plot", plot);
        Problem initial = init == null ? null : BpropJson.readProblem(init);
        Dataset all = initial == null || data != null ? dataset() : problemData(initial);
        boolean binary = all.classes().isEmpty();
        Loss loss = initial != null ? initial.loss() : binary ? Loss.BINARY_CROSS_ENTROPY : Loss.CROSS_ENTROPY;
        List<Layer> start = initial != null ? startFrom(initial, all)
                : Initialization.smallRandom(widths(all), activations(binary), seed);
        Split split = split(all);
        List<Double> rates = compareRates == null ? List.of(learningRate) : compareRates;
        List<TrainingOptions> runs = rates.stream().map(this::options).toList();
        PrintWriter out = spec.commandLine().getOut();
        String setting = setting(start, split.training(), rates, false);
        out.printf(Locale.ROOT, "training %s: %s, %s, %d epochs, seed %d%s%s%n", all.name(), setting,
                loss.fileName(), epochs, seed, init == null ? "" : ", starting from " + init,
                split.validation().isEmpty() ? "" : String.format(Locale.ROOT, ", %d of %d examples held out for "
                        + "validation", split.validation().get().size(), all.size()));
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (TrainingOptions options : runs) {
            Training training = trainWithProgress(start, loss, split.training(), options);
            curves.put("η = " + options.learningRate(), training.lossHistory());
            out.printf(Locale.ROOT, "%nη = %s%n", options.learningRate());
            LossTable.print(out, training.lossHistory(), tableRows);
            printFinal(out, "training", training, loss, split.training());
            split.validation().ifPresent(validation -> printFinal(out, "validation", training, loss, validation));
        }
        if (plotFile != null) {
            writePlot(plotFile, all.name() + ": " + setting(start, split.training(), rates, true), curves);
            out.println("plot: " + plot);
        }
        return 0;
    }

    /**
     * The network, the variant with its batch size s and the rates, e.g. {@code 4-8-3 network (tanh, softmax),
     * minibatch gradient descent (s = 16), η = 0.001, 0.5}; {@code compact} gives the plot title's
     * {@code 4-8-3 tanh/softmax, minibatch s = 16, η = 0.001, 0.5}.
     */
    private String setting(List<Layer> layers, Dataset training, List<Double> rates, boolean compact) {
        StringBuilder widths = new StringBuilder().append(layers.get(0).inputs());
        layers.forEach(layer -> widths.append('-').append(layer.outputs()));
        List<String> activations = layers.stream().map(layer -> layer.activation().fileName()).distinct().toList();
        String size = switch (variant()) {
            case BATCH -> "s = " + training.size() + (compact ? "" : ", the whole training set");
            case STOCHASTIC -> "s = 1";
            case MINIBATCH -> "s = " + batchSize;
        };
        String name = variant().name().toLowerCase(Locale.ROOT);
        String rateList = "η = " + rates.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return compact ? widths + " " + String.join("/", activations) + ", " + name + " " + size + ", " + rateList
                : widths + " network (" + String.join(", ", activations) + "), " + name + " gradient descent (" + size
                        + "), " + rateList;
    }

    private void writePlot(OutputFile file, String title, Map<String, double[]> curves) {
        if (logY) {
            curves.forEach((name, history) -> {
                for (int epoch = 0; epoch < history.length; epoch++) {
                    if (!(history[epoch] > 0)) {
                        throw new ParameterException(spec.commandLine(), "--log-y: the loss for " + name + " is "
                                + history[epoch] + " at epoch " + epoch + ", which a log axis cannot show");
                    }
                }
            });
        }
        LossPlot.write(file, title, curves, logY);
    }

    /** The final loss on a set and, for a classifier (CE, BCE), the accuracy, each naming the set it is measured on. */
    private static void printFinal(PrintWriter out, String set, Training training, Loss loss, Dataset data) {
        double finalLoss = ForwardPass.of(new Problem(data.name(), training.layers(), loss, data.inputs(),
                data.targets())).loss();
        out.printf(Locale.ROOT, "final loss on the %s set (%d examples): %.6g%n", set, data.size(), finalLoss);
        if (loss != Loss.MSE) {
            out.printf(Locale.ROOT, "accuracy on the %s set (%d examples): %.1f %%%n", set, data.size(),
                    100 * Accuracy.of(training.layers(), loss, data));
        }
    }

    /** The training and, with --validation-split, the validation set. */
    private record Split(Dataset training, Optional<Dataset> validation) {
    }

    /**
     * --validation-split F: a Fisher–Yates shuffle of the example indices from a generator seeded by --seed (GD-SEED),
     * the first round(F·N) held out for validation (at least one, and at least one left for training).
     */
    private Split split(Dataset all) {
        if (validationSplit == null) {
            return new Split(all, Optional.empty());
        }
        if (!(validationSplit > 0 && validationSplit < 1)) {
            throw new ParameterException(spec.commandLine(), "--validation-split: expected a fraction between 0 and "
                    + "1, found " + validationSplit);
        }
        if (all.size() < 2) {
            throw new ParameterException(spec.commandLine(), "--validation-split: " + all.name() + " has "
                    + all.size() + " example, too few to split");
        }
        int[] order = new int[all.size()];
        for (int index = 0; index < order.length; index++) {
            order[index] = index;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int index = order.length - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            int kept = order[index];
            order[index] = order[other];
            order[other] = kept;
        }
        int held = (int) Math.min(all.size() - 1, Math.max(1, Math.round(validationSplit * all.size())));
        return new Split(rows(all, Arrays.copyOfRange(order, held, order.length)),
                Optional.of(rows(all, Arrays.copyOfRange(order, 0, held))));
    }

    private static Dataset rows(Dataset all, int[] indices) {
        double[][] inputs = new double[indices.length][];
        double[][] targets = new double[indices.length][];
        for (int row = 0; row < indices.length; row++) {
            inputs[row] = all.inputs()[indices[row]];
            targets[row] = all.targets()[indices[row]];
        }
        return new Dataset(all.name(), inputs, targets, all.classes());
    }

    /** The batch of an --init problem as the training set. */
    private Dataset problemData(Problem problem) {
        return new Dataset(problem.id().orElse(init.getFileName().toString()), problem.inputs(), problem.targets(),
                List.of());
    }

    /** The --init problem's layers, which must fit the data's inputs and targets. */
    private List<Layer> startFrom(Problem problem, Dataset dataset) {
        if (problem.width(0) != dataset.inputs()[0].length
                || problem.width(problem.depth()) != dataset.targets()[0].length) {
            throw new ParameterException(spec.commandLine(), "--init: " + init + " maps " + problem.width(0)
                    + " inputs to " + problem.width(problem.depth()) + " outputs, but " + dataset.name() + " has "
                    + dataset.inputs()[0].length + " features and " + dataset.targets()[0].length + " target columns");
        }
        return problem.layers();
    }

    private TrainingOptions options(double rate) {
        try {
            return new TrainingOptions(rate, epochs, batchSize, variant(), seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Training trainWithProgress(List<Layer> start, Loss loss, Dataset dataset, TrainingOptions options) {
        boolean showProgress = progress == null ? System.console() != null : progress;
        if (!showProgress) {
            return GradientDescent.train(start, loss, dataset, options, epoch -> { });
        }
        PrintWriter err = spec.commandLine().getErr();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("η = " + options.learningRate())
                .setInitialMax(options.epochs()).setUnit(" epochs", 1)
                .setConsumer(new DelegatingProgressBarConsumer(line -> err.print("\r" + line)))
                .build()) {
            IntConsumer step = epoch -> bar.stepTo(epoch);
            return GradientDescent.train(start, loss, dataset, options, step);
        }
    }

    private Dataset dataset() {
        try {
            return switch (data == null ? "xor" : data) {
                case "xor" -> Datasets.xor();
                case "iris" -> Datasets.iris();
                default -> csv(Path.of(data));
            };
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), "--data: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--data: " + e.getMessage());
        }
    }

    /** A CSV file, read once and bounded like every input (clause FMT-CLI), named by its file name. */
    private static Dataset csv(Path file) {
        String text = InputFile.read(file);
        return Datasets.parseCsv(String.valueOf(file.getFileName() == null ? file : file.getFileName()), text);
    }

    private int[] widths(Dataset dataset) {
        int[] widths = new int[hidden.size() + 2];
        widths[0] = dataset.inputs()[0].length;
        for (int index = 0; index < hidden.size(); index++) {
            if (hidden.get(index) < 1) {
                throw new ParameterException(spec.commandLine(),
                        "--hidden: widths are at least 1, found " + hidden.get(index));
            }
            widths[index + 1] = hidden.get(index);
        }
        widths[widths.length - 1] = dataset.targets()[0].length;
        return widths;
    }

    private List<Activation> activations(boolean binary) {
        Activation hiddenActivation = Activation.fromFileName(activation)
                .filter(a -> a != Activation.SOFTMAX)
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "--activation: expected identity, sigmoid, tanh, hardtanh, relu or leaky_relu, found "
                                + activation));
        List<Activation> activations = new ArrayList<>();
        hidden.forEach(width -> activations.add(hiddenActivation));
        activations.add(binary ? Activation.SIGMOID : Activation.SOFTMAX);
        return activations;
    }

    private Variant variant() {
        for (Variant candidate : Variant.values()) {
            if (candidate.name().equalsIgnoreCase(variant)) {
                return candidate;
            }
        }
        throw new ParameterException(spec.commandLine(),
                "--variant: expected batch, stochastic or minibatch, found " + variant);
    }
}
