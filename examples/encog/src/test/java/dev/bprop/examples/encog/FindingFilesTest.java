package dev.bprop.examples.encog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files FINDINGS.md publishes stay true. For each deviation, {@code findings/ANCHOR.json} is the smallest
 * failing problem the kit printed and still shows that deviation. For each problem file whose Encog loss is finite
 * (a result file cannot hold infinity, FMT-NUMBERS), {@code NAME.encog-result.json} is what Encog computes for it
 * today through {@link EncogMlp}, so that {@code bprop check NAME.json --result=NAME.encog-result.json} holds
 * Encog's numbers against bprop's independent oracles.
 *
 * <p>Run with {@code -Dbprop.encog.writeFindings=true} to write the result files afresh after a deliberate change.
 */
class FindingFilesTest {
    private static final Path FINDINGS = Path.of("findings");
    private static final String RESULT = ".encog-result.json";

    @ParameterizedTest
    @EnumSource(EncogDeviation.class)
    void smallestFailingProblemShowsItsDeviation(EncogDeviation deviation) {
        Problem problem = BpropJson.readProblem(FINDINGS.resolve(deviation.anchor() + ".json"));
        assertEquals(deviation, Arrays.stream(EncogDeviation.values()).filter(d -> d.showsOn(problem)).findFirst()
                .orElse(null), () -> deviation.anchor() + ".json is attributed to another deviation or none");
    }

    @ParameterizedTest
    @MethodSource("problemFiles")
    void resultFileIsWhatEncogComputes(Path problemFile) throws IOException {
        Result result = new EncogMlp().gradient(BpropJson.readProblem(problemFile));
        Path resultFile = problemFile.resolveSibling(problemFile.getFileName().toString().replace(".json", RESULT));
        if (!Double.isFinite(result.loss())) {
            assertTrue(Files.notExists(resultFile), () -> resultFile + ": Encog's loss is " + result.loss());
            return;
        }
        if (Boolean.getBoolean("bprop.encog.writeFindings")) {
            Files.writeString(resultFile, BpropJson.write(result));
        }
        assertEquals(Files.readString(resultFile), BpropJson.write(result), () -> resultFile + " is not Encog's");
    }

    static Stream<Path> problemFiles() throws IOException {
        try (Stream<Path> files = Files.list(FINDINGS)) {
            return files.filter(f -> !f.toString().endsWith(RESULT)).sorted().toList().stream();
        }
    }
}
