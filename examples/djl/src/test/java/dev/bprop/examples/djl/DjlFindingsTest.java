package dev.bprop.examples.djl;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.SuiteRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DjlFindingsTest {
    @Test
    void dump() throws IOException {
        long start = System.nanoTime();
        List<Outcome> outcomes = SuiteRun.run(List.of(DjlMlpConformance.class, DjlGraphConformance.class, DjlRuntimeBounds.class));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = outcomes.stream().map(o -> o.status() + " " + o.name() + "\n" + o.message())
                .collect(Collectors.joining("\n----\n"));
        Files.writeString(Path.of("target/outcomes.txt"), "wall " + millis + " ms\n" + text);
    }
}
