package dev.bprop.examples.dl4j;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.SuiteRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Dl4jFindingsTest {
    @Test
    void explore() throws IOException {
        long start = System.nanoTime();
        List<Outcome> outcomes = SuiteRun.run(List.of(Dl4jMlpConformance.class, Dl4jBoundsConformance.class));
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder out = new StringBuilder("wall " + seconds + " s\n");
        outcomes.stream().collect(Collectors.groupingBy(o -> o.name().level() + " " + o.name().clause(),
                java.util.TreeMap::new, Collectors.groupingBy(Outcome::status, Collectors.counting())))
                .forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        for (Outcome o : outcomes) {
            if (o.status() != Outcome.Status.PASSED) {
                out.append("\n==== ").append(o.name()).append(' ').append(o.status()).append('\n').append(o.message()).append('\n');
            }
        }
        Files.writeString(Path.of("target/dl4j-outcomes.txt"), out);
    }
}
