package dev.bprop.cli.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMT-GRADE-ASSIGNMENT, the Java path without starting a JVM: what the grader makes of a submission's
 * {@code adapter.properties}, of the adapter JVM's exit status and output, and the command line it starts that JVM
 * with. {@code GradeSeparateJvmTest} starts the JVMs, with a crash and a hang among them.
 */
class SeparateJvmNotesTest {
    @TempDir
    Path folder;

    private Path log(String text) throws IOException {
        return Files.writeString(folder.resolve("adapter.log"), text);
    }

    @Test
    void fmtGradeAssignment_aCleanRunHasANoteForEachProblemTheAdapterThrewOn() throws IOException {
        assertEquals(List.of(), SeparateJvm.notes(0, log("")));
        assertEquals(List.of("p1.json: the adapter threw java.lang.IllegalStateException: no backend; that problem "
                + "scores 0", "p3.json: the adapter threw java.lang.ArithmeticException; that problem scores 0"),
                SeparateJvm.notes(0, log("loading the net\np1.json: the adapter threw java.lang.IllegalStateException: "
                        + "no backend\np2.json answered\np3.json: the adapter threw java.lang.ArithmeticException\n")));
    }

    /** A crash quotes the last five lines of output: of seven lines, 3 to 7. */
    @Test
    void fmtGradeAssignment_aCrashIsOneNoteQuotingTheLastFiveLines() throws IOException {
        assertEquals(List.of("the adapter's JVM ended with exit status 3; problems not answered by then score 0; its "
                + "last output:\nline 3\nline 4\nline 5\nline 6\nline 7"),
                SeparateJvm.notes(3, log("line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\n")));
        assertEquals(List.of("the adapter's JVM ended with exit status 1; problems not answered by then score 0; its "
                + "last output:\nonly line"), SeparateJvm.notes(1, log("only line\n")));
        assertEquals(List.of("the adapter's JVM ended with exit status 134; problems not answered by then score 0"),
                SeparateJvm.notes(134, log("")));
    }

    /** Output that is not UTF-8 is quoted with U+FFFD in place of the bad byte, never an error. */
    @Test
    void fmtGradeAssignment_outputThatIsNotUtf8IsStillQuoted() throws IOException {
        Path log = Files.write(folder.resolve("binary.log"), new byte[] {'a', (byte) 0xff, 'b', '\n'});
        assertEquals(List.of("the adapter's JVM ended with exit status 2; problems not answered by then score 0; its "
                + "last output:\na\uFFFDb"), SeparateJvm.notes(2, log));
    }

    @Test
    void fmtGradeAssignment_aSubmissionWithoutAnAdapterClassIsANoteAndNoJvm() throws IOException {
        for (String properties : List.of("", "class=\n", "class=   \n", "main=my.Adapter\n")) {
            Path submission = Files.createDirectories(folder.resolve("s" + properties.length()));
            Files.writeString(submission.resolve(SeparateJvm.ADAPTER_FILE), properties);
            assertEquals(List.of("adapter.properties: class: missing; expected class=the adapter's class name"),
                    new SeparateJvm(1, 64).run(submission, folder.resolve("problems"), submission.resolve("answers")));
            assertEquals(false, Files.exists(submission.resolve("answers")), "no JVM was prepared for");
        }
    }

    /** The grader's java and class path, then the submission's jars sorted by name; other files are not jars. */
    @Test
    void fmtGradeAssignment_theAdapterJvmGetsTheHeapLimitAndTheSubmissionsJars() throws IOException {
        Path submission = Files.createDirectories(folder.resolve("student"));
        Files.writeString(submission.resolve("b.jar"), "");
        Files.writeString(submission.resolve("a.jar"), "");
        Files.writeString(submission.resolve("notes.txt"), "");
        Path problems = folder.resolve("problems");
        Path answers = folder.resolve("answers");
        assertEquals(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                String.join(File.pathSeparator, System.getProperty("java.class.path"),
                        submission.resolve("a.jar").toString(), submission.resolve("b.jar").toString()),
                AdapterRunner.class.getName(), "my.Adapter", problems.toString(), answers.toString()),
                new SeparateJvm(10, 256).command("my.Adapter", submission, problems, answers));
    }
}
