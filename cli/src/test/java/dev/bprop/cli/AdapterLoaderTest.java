package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --classpath JARS} and the loading of {@code --implementation CLASS}, shared by conform and bounds. */
class AdapterLoaderTest {
    @TempDir
    Path folder;

    /** A class that only the class folder given with --classpath holds, compiled there by the test. */
    @Test
    void aClassIsLoadedFromTheClassFolderGiven() throws IOException {
        Path source = Files.writeString(folder.resolve("Outside.java"), "package outside; public class Outside {}");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", folder.toString(),
                source.toString()));
        AdapterLoader adapters = CommandLine.populateCommand(new AdapterLoader(), "--classpath", folder.toString());
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = adapters.open()) {
            assertSame(loader, Thread.currentThread().getContextClassLoader(), "engines are looked up through it");
            assertArrayEquals(new URL[] {folder.toUri().toURL()}, loader.getURLs());
            assertSame(AdapterLoader.class.getClassLoader(), loader.getParent());
            Class<?> outside = AdapterLoader.load("outside.Outside", loader);
            assertEquals(outside, AdapterLoader.instantiate(outside).getClass());
        }
        assertSame(before, Thread.currentThread().getContextClassLoader(), "restored when the run ends");
        SetupException notGiven = assertThrows(SetupException.class,
                () -> AdapterLoader.load("outside.Outside", AdapterLoader.class.getClassLoader()));
        assertEquals("--implementation: cannot load outside.Outside (java.lang.ClassNotFoundException: "
                + "outside.Outside); add its jar, and the jars it needs, with --classpath", notGiven.getMessage());
    }

    @Test
    void aMissingJarIsBadInputNamingTheOption() {
        Path missing = folder.resolve("missing.jar");
        AdapterLoader adapters = CommandLine.populateCommand(new AdapterLoader(), "--classpath", missing.toString());
        InvalidInputException error = assertThrows(InvalidInputException.class, adapters::open);
        assertEquals("--classpath: " + missing + " does not exist", error.getMessage());
    }

    @Test
    void aClassWithoutAPublicNoArgumentConstructorIsBadInput() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> AdapterLoader.instantiate(BoundsCommandTest.NoConstructor.class));
        assertEquals("--implementation", error.place());
        assertEquals(BoundsCommandTest.NoConstructor.class.getName() + " needs a public no-argument constructor ("
                + "java.lang.NoSuchMethodException: " + BoundsCommandTest.NoConstructor.class.getName() + ".<init>())",
                error.detail());
    }
}
