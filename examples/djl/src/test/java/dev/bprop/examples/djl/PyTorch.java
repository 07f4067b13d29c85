package dev.bprop.examples.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

/**
 * DJL's PyTorch engine, the one engine the adapters use. DJL picks an engine from the classpath; naming it makes
 * the choice explicit, and a missing libtorch fails here with DJL's own message rather than deep inside a test.
 *
 * <p>The build (pom.xml) runs DJL offline, with libtorch and its JNI bridge from the {@code pytorch-native-cpu} and
 * {@code pytorch-jni} jars unpacked into {@code target/djl-cache}, and with one PyTorch thread.
 */
final class PyTorch {
    /** The name DJL registers its PyTorch engine under. */
    static final String ENGINE_NAME = "PyTorch";

    private PyTorch() {
    }

    /**
     * A fresh manager: every NDArray created through it, and every array computed from those, lives in native
     * memory until the manager is closed. The adapters close it after each call so that no native memory leaks.
     */
    static NDManager newManager() {
        return engine().newBaseManager();
    }

    /**
     * A collector that records the operations on arrays marked with {@code setRequiresGradient(true)}. PyTorch's
     * collector must be closed before the next one opens (only one may collect at a time).
     */
    static GradientCollector newGradientCollector() {
        return engine().newGradientCollector();
    }

    private static Engine engine() {
        return Engine.getEngine(ENGINE_NAME);
    }
}
