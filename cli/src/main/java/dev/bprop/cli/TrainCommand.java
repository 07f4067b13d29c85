package dev.bprop.cli;

import dev.bprop.reference.train.Accuracy;
import dev.bprop.reference.train.Dataset;
import dev.bprop.reference.train.Datasets;
import dev.bprop.reference.train.GradientDescent;
import dev.bprop.reference.train.Initialization;
import dev.bprop.reference.train.Training;
import dev.bprop.reference.train.TrainingOptions;
import dev.bprop.reference.train.Variant;
import dev.bprop.spec.json.InputFile;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bprop train}: gradient descent (clauses GD-BATCH, GD-SGD, GD-MINIBATCH) on XOR, Iris or a CSV file, with
 * gradients from the reference, printing the loss history and the accuracy, and optionally plotting the loss.
 */
@Command(name = "train",
        description = {"Train a network by gradient descent on XOR, Iris or a CSV file (features..., class label).",
                "One output unit with sigmoid and binary cross-entropy for XOR; softmax with cross-entropy "
                        + "otherwise."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "xor", description = "xor, iris, or a CSV file (default: ${DEFAULT-VALUE}).")
    private String data;

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
        Dataset dataset = dataset();
        boolean binary = dataset.classes().isEmpty();
        Loss loss = binary ? Loss.BINARY_CROSS_ENTROPY : Loss.CROSS_ENTROPY;
        List<Layer> start = Initialization.smallRandom(widths(dataset), activations(binary), seed);
        List<TrainingOptions> runs = (compareRates == null ? List.of(learningRate) : compareRates).stream()
                .map(this::options)
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "training %s: %s network, %s, %s gradient descent, η = %s, %d epochs, seed %d%n",
                dataset.name(), widthsText(dataset), loss.fileName(), variant, learningRate, epochs, seed);
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (TrainingOptions options : runs) {
            Training training = trainWithProgress(start, loss, dataset, options);
            curves.put("η = " + options.learningRate(), training.lossHistory());
            printHistory(out, options.learningRate(), training, loss, dataset);
        }
        if (plotFile != null) {
            LossPlot.write(plotFile, dataset.name() + ": loss per epoch", curves);
            out.println("plot: " + plot);
        }
        return 0;
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

    private static void printHistory(PrintWriter out, double rate, Training training, Loss loss, Dataset dataset) {
        double[] history = training.lossHistory();
        int every = Math.max(1, (history.length - 1) / 10);
        out.printf(Locale.ROOT, "%nη = %s%n| epoch | loss |%n| ---: | ---: |%n", rate);
        for (int epoch = 0; epoch < history.length; epoch++) {
            if (epoch % every == 0 || epoch == history.length - 1) {
                out.printf(Locale.ROOT, "| %d | %.6g |%n", epoch, history[epoch]);
            }
        }
        out.printf(Locale.ROOT, "accuracy: %.1f %% (%s)%n", 100 * Accuracy.of(training.layers(), loss, dataset),
                dataset.name());
    }

    private Dataset dataset() {
        try {
            return switch (data) {
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

    private String widthsText(Dataset dataset) {
        StringBuilder text = new StringBuilder();
        for (int width : widths(dataset)) {
            text.append(text.length() == 0 ? "" : "-").append(width);
        }
        return text.toString();
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
