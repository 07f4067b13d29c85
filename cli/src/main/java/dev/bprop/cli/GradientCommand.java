package dev.bprop.cli;

import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Result;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bprop gradient PROBLEM.json}: the reference's result file (CONTRACTS.md sections 2 and 4). */
@Command(name = "gradient",
        description = {"Compute the loss, the outputs and the gradient of every layer of a problem with the reference "
                + "backpropagation (BP1-BP4), and print them as a result file (CONTRACTS.md section 2):",
                "  {\"loss\": J, \"outputs\": [[a^L of each example]], "
                        + "\"gradients\": [{\"weights\": dJ/dW^l, \"bias\": dJ/db^l} for l = 1..L]}"})
final class GradientCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM.json", description = "A problem file (CONTRACTS.md section 1).")
    private Path file;

    @Override
    public Integer call() {
        Result result = Backpropagation.gradient(BpropJson.readProblem(file));
        FiniteResults.requireFinite(result);
        spec.commandLine().getOut().print(BpropJson.write(result));
        return 0;
    }
}
