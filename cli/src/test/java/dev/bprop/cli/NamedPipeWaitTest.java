package dev.bprop.cli;

import static dev.bprop.cli.InputOutputTest.GENEROUS;
import static dev.bprop.cli.InputOutputTest.assertOneLineError;
import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bprop.cli.ValidateCommandTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMT-ERRORS (E-READ): a named pipe that nothing opens for writing is refused after the documented 10 s. Apart from
 * {@link InputOutputTest} because it waits those 10 s: mutation testing leaves it out (cli/pom.xml), since every
 * mutant of a command's reading path would wait them again; the wait itself is the spec module's input reader.
 */
class NamedPipeWaitTest {
    @TempDir
    Path folder;

    @Test
    void fmtErrors_aNamedPipeWithoutWriterEndsAfterTheDocumentedWait() throws Exception {
        Path fifo = InputOutputTest.mkfifo(folder.resolve("pipe"));
        Run run = assertTimeoutPreemptively(GENEROUS, () -> run("validate", fifo.toString()));
        assertOneLineError(run, fifo + ": cannot be read: it did not open within 10 s (a named pipe that nothing "
                + "opens for writing?)");
    }
}
