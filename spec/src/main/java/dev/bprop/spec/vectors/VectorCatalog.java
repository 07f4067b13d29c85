package dev.bprop.spec.vectors;

import dev.bprop.spec.json.BpropJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The spec's test vectors, shipped as plain JSON files in this jar under {@value #FOLDER} (so that other
 * languages can read them as files too), listed in {@code index.json}.
 */
public final class VectorCatalog {
    /** The resource folder of the vector files. */
    public static final String FOLDER = "/dev/bprop/spec/vectors/";

    private static final List<TestVector> ALL = load();

    private VectorCatalog() {
    }

    /** Every vector, in the order of {@code index.json}. */
    public static List<TestVector> all() {
        return ALL;
    }

    /** The vector with this ID, if there is one. */
    public static Optional<TestVector> byId(String id) {
        return ALL.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    private static List<TestVector> load() {
        return BpropJson.parseVectorIndex(resource("index.json"), FOLDER + "index.json").stream()
                .map(file -> BpropJson.parseVector(resource(file), FOLDER + file))
                .toList();
    }

    private static String resource(String file) {
        try (InputStream in = VectorCatalog.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the spec jar lacks " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
