package dev.bprop.benchmarks.peers;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where the peers' native libraries unpack, and how many threads they may use, set before either library loads.
 *
 * <p>One thread each, because the reference computes on one: OpenBLAS's is set to one by {@link Dl4jMlp}, which
 * also checks that nd4j's own pool has one thread (nd4j reads {@code OMP_NUM_THREADS} from the environment);
 * PyTorch's intra-op and inter-op pools by the system properties {@code ai.djl.pytorch.num_threads} and
 * {@code ai.djl.pytorch.num_interop_threads} here, which DJL reads when it starts the engine. nd4j's and
 * libtorch's native libraries (several hundred MB unpacked) go into {@code native-cache} next to the benchmarks jar
 * (or next to {@code target/classes} in a test), never into the home directory; DJL runs offline, so a missing
 * libtorch fails at once instead of being downloaded.
 */
final class NativeLibraries {
    private static final String[][] SETTINGS = {
            {"ai.djl.pytorch.num_threads", "1"},
            {"ai.djl.pytorch.num_interop_threads", "1"},
            {"ai.djl.offline", "true"},
            {"org.slf4j.simpleLogger.defaultLogLevel", "warn"},
    };
    private static final String[] CACHE_PROPERTIES = {
            "org.bytedeco.javacpp.cachedir", "DJL_CACHE_DIR", "ENGINE_CACHE_DIR"};

    private NativeLibraries() {
    }

    /** Sets what is not set already (a {@code -D} on the command line wins); idempotent. */
    static synchronized void configure() {
        for (String[] setting : SETTINGS) {
            setIfAbsent(setting[0], setting[1]);
        }
        String cache = cacheDirectory().toString();
        for (String property : CACHE_PROPERTIES) {
            setIfAbsent(property, cache);
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** {@code native-cache} beside the jar or class directory this class was loaded from. */
    private static Path cacheDirectory() {
        try {
            Path codeSource =
                    Path.of(NativeLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent().resolve("native-cache");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the benchmarks jar: " + e.getMessage(), e);
        }
    }
}
