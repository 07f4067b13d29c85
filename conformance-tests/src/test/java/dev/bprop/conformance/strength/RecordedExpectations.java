package dev.bprop.conformance.strength;

import dev.bprop.conformance.Expectations;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Expected values recorded from the unmutated reference, for measuring the suites' strength by mutating the
 * reference itself: with expectations computed on the fly, a mutant would change expected and found alike. The
 * system property {@code bprop.conformance.recording} is {@code record:DIR} (surefire's run: compute with the
 * reference and write one result file per input, named by its SHA-256) or {@code replay:DIR} (pitest's runs: read
 * them back; an input never recorded, such as a shrinking candidate, has no expectation).
 */
final class RecordedExpectations implements Expectations {
    private final boolean record;
    private final Path folder;

    private RecordedExpectations(boolean record, Path folder) {
        this.record = record;
        this.folder = folder;
    }

    /** The recording the system property names, or the reference when it names none (a plain test run). */
    static Expectations fromSystemProperty() {
        String setting = System.getProperty("bprop.conformance.recording", "");
        if (setting.startsWith("record:") || setting.startsWith("replay:")) {
            return new RecordedExpectations(setting.startsWith("record:"), Path.of(setting.substring(7)));
        }
        return Expectations.reference();
    }

    @Override
    public Optional<Result> of(Problem problem) {
        String input = BpropJson.write(problem);
        return recorded(input, () -> BpropJson.write(Expectations.reference().of(problem).orElseThrow()),
                json -> BpropJson.parseResult(json, problem));
    }

    @Override
    public Optional<GraphResult> of(Graph graph) {
        String input = BpropJson.write(graph);
        return recorded(input, () -> BpropJson.write(Expectations.reference().of(graph).orElseThrow()),
                json -> BpropJson.parseGraphResult(json, graph));
    }

    private <T> Optional<T> recorded(String input, Supplier<String> compute, Function<String, T> parse) {
        Path file = folder.resolve(sha256(input) + ".json");
        try {
            if (record) {
                Files.createDirectories(folder);
                Files.writeString(file, compute.get());
            }
            return Files.exists(file) ? Optional.of(parse.apply(Files.readString(file))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
