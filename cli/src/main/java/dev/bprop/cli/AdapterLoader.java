package dev.bprop.cli;

import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --classpath JARS} option of {@code bprop conform} and {@code bprop bounds} (a picocli mixin), and how
 * both load the class that their {@code --implementation CLASS} names from those jars. A class without a public
 * no-argument constructor is bad input (exit status 2); a class that will not load or link, or whose constructor
 * fails, is a setup error (exit status 3, FMT-CLI): most often a jar missing from {@code --classpath}. Both name
 * {@code --implementation} and the cause.
 */
final class AdapterLoader {
    static final String OPTION = "--implementation";

    @Option(names = "--classpath", paramLabel = "JARS", split = "${sys:path.separator}",
            description = "Jars or class folders holding CLASS and what it needs, separated by '${sys:path.separator}'.")
    private List<Path> classpath = new ArrayList<>();

    /**
     * A class loader over the jars whose parent is bprop's own, so that the adapter sees the kit's interfaces as
     * bprop does. Until the caller closes it after the run, it is also the thread's context class loader: libraries
     * such as DJL find their engines through the context class loader, not through the class that calls them.
     */
    URLClassLoader open() {
        URL[] urls = paths().stream().map(AdapterLoader::url).toArray(URL[]::new);
        return new ContextClassLoader(urls, AdapterLoader.class.getClassLoader());
    }

    /** The jars and class folders of {@code --classpath}, each of which must exist. */
    List<Path> paths() {
        for (Path path : classpath) {
            if (!Files.exists(path)) {
                throw new InvalidInputException("--classpath", path + " does not exist");
            }
        }
        return List.copyOf(classpath);
    }

    /** A URL class loader that is the thread's context class loader from its creation until it is closed. */
    private static final class ContextClassLoader extends URLClassLoader {
        private final Thread thread = Thread.currentThread();
        private final ClassLoader previous = thread.getContextClassLoader();

        ContextClassLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
            thread.setContextClassLoader(this);
        }

        @Override
        public void close() throws IOException {
            thread.setContextClassLoader(previous);
            super.close();
        }
    }

    /** The class {@code className}, initialised, from {@code loader}. */
    static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SetupException(OPTION, "cannot load " + className + " (" + e + "); add its jar, and the jars "
                    + "it needs, with --classpath");
        }
    }

    /** A new instance of {@code adapter} from its public no-argument constructor. */
    static Object instantiate(Class<?> adapter) {
        try {
            return adapter.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new SetupException(OPTION, "cannot construct " + adapter.getName() + ": its constructor threw "
                    + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new InvalidInputException(OPTION, adapter.getName() + " needs a public no-argument constructor ("
                    + e + ")");
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            // A Path's own URI is always a valid file: URL.
            throw new IllegalStateException(e);
        }
    }
}
