package dev.bprop.cli;

import dev.bprop.spec.json.BpropJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bprop gradient PROBLEM.json}: the reference's result file (clauses FMT-RESULT and FMT-CLI). */
@Command(name = "gradient",
        description = {"Compute the loss, the outputs and the gradient of every layer of a problem with the reference "
                + "backpropagation (BP1-BP4), and print them as a result file (FMT-RESULT):",
                "  {\"loss\": J, \"outputs\": [[a^L of each example]], "
                        + "\"gradients\": [{\"weights\": dJ/dW^l, \"bias\": dJ/db^l} for l = 1..L]}"})
final class GradientCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM.json", description = "A problem file (FMT-PROBLEM) or a problem vector ID "
            + "(bprop vectors).")
    private String problem;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(BpropJson.write(Subject.of(problem).gradient()));
        return 0;
    }
}
