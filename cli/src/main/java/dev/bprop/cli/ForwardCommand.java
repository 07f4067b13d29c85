package dev.bprop.cli;

import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.json.BpropJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bprop forward PROBLEM.json}: the loss and outputs of the forward pass alone. */
@Command(name = "forward",
        description = {"Run the forward pass of a problem (no gradients) and print the loss and the outputs:",
                "  {\"loss\": J, \"outputs\": [[a^L of example 1], [a^L of example 2], ...]}",
                "with the same fields, meaning and number format as the result file (FMT-RESULT)."})
final class ForwardCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PROBLEM.json", description = "A problem file (FMT-PROBLEM) or a problem vector ID "
            + "(bprop vectors).")
    private String problem;

    /** The subject's validation has checked that the forward pass is finite (E-EVAL). */
    @Override
    public Integer call() {
        ForwardPass forward = ForwardPass.of(Subject.of(problem).problem());
        spec.commandLine().getOut().print(BpropJson.writeForward(forward.loss(), forward.outputs()));
        return 0;
    }
}
