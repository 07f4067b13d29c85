package dev.bprop.cli;

import static dev.bprop.cli.GradeCommandTest.ASSIGNMENT;
import static dev.bprop.cli.GradeCommandTest.results;
import static dev.bprop.cli.GradeCommandTest.test;
import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bprop.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bprop grade} on Java adapters, each in a JVM of its own (FMT-GRADE-ASSIGNMENT). Apart from
 * {@link GradeCommandTest} because it starts JVMs and waits out a hang: mutation testing leaves it out (cli/pom.xml),
 * since every mutant of the grader would rerun it.
 */
class GradeSeparateJvmTest {
    @TempDir
    Path folder;

    /*
     * The Java path: each adapter runs in its own JVM. The correct one answers the network problem with a result
     * file (MlpImplementation returns loss, outputs and gradients: 1 + 1 + 2·(2 + 1) = 8 points; Z, A and Δ are
     * missing, 2·(1 + 1 + 2) = 8 points lost) and skips the graph (it is no GraphImplementation: 0 of 3, shown as
     * skipped): 8 of 19. The one with σ'(a) for σ'(z) gets the forward pass right (loss and outputs, 2 points) and
     * every gradient wrong: 2 of 19, and its feedback shows the smallest problem it still gets wrong. The crashing
     * one takes its JVM down (0, with the exit status 3 in a note); the hanging one is stopped at the time limit (0,
     * with a note). Neither costs the other students anything.
     */
    @Test
    void fmtGradeAssignment_javaAdaptersRunInSeparateJvms() throws IOException {
        Path submissions = folder.resolve("java");
        adapter(submissions.resolve("ivy-correct"), "Correct");
        adapter(submissions.resolve("jo-crashes"), "Crashes");
        adapter(submissions.resolve("jay-sigma-prime-of-a"), "SigmaPrimeOfA");
        adapter(submissions.resolve("kai-hangs"), "Hangs");
        Path out = folder.resolve("java-grades");
        Run run = run("grade", ASSIGNMENT.toString(), "--submissions", submissions.toString(), "--out",
                out.toString(), "--time-limit", "15", "--memory", "256");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("ivy-correct                   8 of 19"), run.out());
        assertTrue(run.out().contains("jo-crashes                    0 of 19"), run.out());
        assertTrue(run.out().contains("jay-sigma-prime-of-a          2 of 19"), run.out());
        String jay = Files.readString(out.resolve("jay-sigma-prime-of-a").resolve("feedback.md"));
        assertTrue(jay.contains("the smallest problem the submission still gets wrong (the kit's shrinker):"), jay);
        assertTrue(jay.contains("\"activation\" : \"sigmoid\""), jay);
        assertTrue(run.out().contains("kai-hangs                     0 of 19"), run.out());
        JsonNode ivy = results(out, "ivy-correct");
        assertTrue(test(ivy, "adjoint: value (GBP-OPS)").get("output").asText().contains("not a GraphImplementation"));
        assertTrue(results(out, "jo-crashes").get("output").asText().contains("exit status 3"));
        assertTrue(results(out, "kai-hangs").get("output").asText().contains("time limit of 15 s"));
    }

    private static void adapter(Path submission, String adapter) throws IOException {
        Files.createDirectories(submission);
        Files.writeString(submission.resolve("adapter.properties"),
                "class=dev.bprop.cli.grade.StudentAdapters$" + adapter + "\n");
    }
}
