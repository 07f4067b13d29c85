package dev.bprop.cli;

import dev.bprop.oracle.objective.NotFiniteException;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.json.OneLine;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bprop} command. Exit status (clause FMT-CLI): 0 success; 1 a check that ran and failed, or an output
 * (a file, standard output) that could not be written; 2 bad input or usage (clause FMT-ERRORS); 3 an implementation under test that could not be set up. Bad input and
 * failed writes end with one line on standard error that names the place and no stack trace; a usage error adds
 * the command's short usage.
 */
@Command(name = "bprop",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Bprop.Version.class,
        description = "A verified reference implementation of backpropagation and a test oracle for gradients.",
        subcommands = {ValidateCommand.class, CheckCommand.class, GradientCommand.class, ForwardCommand.class, GraphGradientCommand.class, TrainCommand.class, dev.bprop.cli.grade.GradeCommand.class, ExplainCommand.class, VectorsCommand.class, ConformCommand.class, BoundsCommand.class, CommandLine.HelpCommand.class})
public final class Bprop {
    /** Exit status for bad input, as clause FMT-CLI fixes it. */
    static final int BAD_INPUT = 2;
    /** Exit status for a check that failed or an output that could not be written (clause FMT-CLI). */
    static final int FAILED = 1;
    /** Exit status for an implementation under test that could not be set up (FMT-CLI). */
    static final int SETUP_ERROR = 3;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line {@code args}, writing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Bprop());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof InvalidInputException || exception instanceof NotFiniteException) {
                err.println(exception.getMessage());
                return BAD_INPUT;
            }
            if (exception instanceof SetupException setup) {
                err.println(OneLine.of(setup.getMessage()));
                return SETUP_ERROR;
            }
            if (exception instanceof OutputFile.Failed failed) {
                err.println(OneLine.of(failed.getMessage()));
                return FAILED;
            }
            throw exception;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine command = exception.getCommandLine();
            err.println(OneLine.of(exception.getMessage()));
            err.print("Usage: " + command.getHelp().abbreviatedSynopsis());
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
            return BAD_INPUT;
        });
        int status = commandLine.execute(args);
        if (out.checkError()) {
            err.println("standard output: cannot be written (a full disk, a file size limit or a closed pipe); "
                    + "the output is incomplete");
            status = FAILED;
        }
        err.flush();
        return status;
    }

    /** The version Maven wrote into {@code bprop-version.properties} when it built the tool. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties properties = new java.util.Properties();
            try (var in = Bprop.class.getResourceAsStream("bprop-version.properties")) {
                properties.load(in);
            }
            return new String[] {"bprop " + properties.getProperty("version")};
        }
    }
}
