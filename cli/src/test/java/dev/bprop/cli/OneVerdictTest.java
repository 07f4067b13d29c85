package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.internal.generate.SpecCases;
import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.internal.run.MlpCaseRunner;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.wrong.Corpus;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * CMP-VERDICT: one comparison model. On a shared corpus of results — correct, saturating (CMP-FUNCTION), rounded to
 * float32 and declared so, and one result of each wrong implementation of the kit's catalogue — on the spec's problem
 * vectors, the conformance kit's verdict (a required test passes or fails) and {@code bprop check --result} (exit 0
 * or 1) agree on every result, and the corpus holds both verdicts in numbers.
 */
class OneVerdictTest {
    @TempDir
    Path folder;

    @Test
    void cmpVerdict_theKitAndCheckResultGiveTheSameVerdictOnTheCorpus() throws IOException {
        List<MlpCase> vectors = SpecCases.mlpVectors().stream().limit(8).toList();
        List<String> disagreements = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        for (Corpus.Entry entry : Corpus.mlp()) {
            MlpCaseRunner kit = new MlpCaseRunner(entry.adapter().get(), entry.adapter(), Expectations.reference());
            for (MlpCase c : vectors) {
                Problem problem = BpropJson.parseProblem(BpropJson.write(c.problem()));
                Result result;
                try {
                    result = entry.adapter().get().gradient(problem);
                } catch (RuntimeException noResult) {
                    continue;
                }
                if (result == null) {
                    continue;
                }
                Boolean kitAgrees = kitVerdict(kit, c);
                if (kitAgrees == null) {
                    continue;
                }
                Path problemFile = Files.writeString(folder.resolve("problem.json"), BpropJson.write(c.problem()));
                Path resultFile = Files.writeString(folder.resolve("result.json"), BpropJson.write(result));
                ValidateCommandTest.Run check = ValidateCommandTest.run("check", problemFile.toString(), "--result",
                        resultFile.toString(), "--precision", entry.precision().name().toLowerCase(Locale.ROOT));
                boolean checkAgrees = check.status() == 0;
                if (kitAgrees != checkAgrees) {
                    disagreements.add(entry.name() + " on " + c.name() + ": kit " + (kitAgrees ? "passes" : "fails")
                            + ", check exits " + check.status() + "\n" + check.out() + check.err());
                }
                passed += kitAgrees ? 1 : 0;
                failed += kitAgrees ? 0 : 1;
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(passed > 50 && failed > 50, passed + " results agreed, " + failed + " disagreed");
    }

    /** The kit's verdict on case c: true when the required test passes, null when it is skipped. */
    private static Boolean kitVerdict(MlpCaseRunner kit, MlpCase c) {
        try {
            kit.values(c);
            return true;
        } catch (AssertionFailedError failed) {
            return false;
        } catch (TestAbortedException skipped) {
            return null;
        }
    }
}
