package dev.bprop.cli.grade;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a student's Java adapter in a JVM of its own ({@link AdapterRunner}), with a wall-time limit and a heap limit
 * ({@code -Xmx}), so that a hang, a crash or an exhausted heap costs that student alone. The submission folder holds
 * {@code adapter.properties} with {@code class=…} (an {@code MlpImplementation}) and the adapter's jars; the child's
 * class path is the grader's own followed by those jars.
 *
 * @param timeLimitSeconds the wall time the whole run may take
 * @param heapMegabytes the child's -Xmx
 */
public record SeparateJvm(long timeLimitSeconds, int heapMegabytes) {
    /** The file that marks a folder as a Java submission. */
    public static final String ADAPTER_FILE = "adapter.properties";
    /** How much of the child's standard error a note quotes. */
    private static final int LOG_LINES = 5;

    /**
     * Answers the problem files of {@code problems} with the adapter of {@code submission} into {@code answers};
     * returns notes on what went wrong with the run as a whole (none when it finished in time with status 0).
     */
    public List<String> run(Path submission, Path problems, Path answers) {
        try {
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(submission.resolve(ADAPTER_FILE))) {
                properties.load(in);
            }
            String adapter = properties.getProperty("class");
            if (adapter == null || adapter.isBlank()) {
                return List.of(ADAPTER_FILE + ": class: missing; expected class=the adapter's class name");
            }
            Path log = answers.resolveSibling("adapter.log");
            Files.createDirectories(answers);
            Process process = new ProcessBuilder(command(adapter.strip(), submission, problems, answers))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeLimitSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return List.of("the adapter did not finish within the time limit of " + timeLimitSeconds + " s and was "
                        + "stopped; problems not answered by then score 0");
            }
            return notes(process.exitValue(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(submission + ": the adapter's JVM could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading " + submission, e);
        }
    }

    /** The child's command line: this JVM's java and class path, then the submission's jars in name order. */
    List<String> command(String adapter, Path submission, Path problems, Path answers) throws IOException {
        List<String> classPath = new ArrayList<>(List.of(System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.list(submission)) {
            files.filter(f -> f.toString().endsWith(".jar")).sorted().map(Path::toString).forEach(classPath::add);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx" + heapMegabytes + "m", "-cp", String.join(File.pathSeparator, classPath),
                AdapterRunner.class.getName(), adapter, problems.toString(), answers.toString());
    }

    /**
     * The notes on a run that ended with {@code status}, whose output is in {@code log}: for 0 one per problem the
     * adapter threw on, otherwise one on the crash quoting the last {@value #LOG_LINES} lines of output.
     */
    static List<String> notes(int status, Path log) throws IOException {
        return status == 0 ? errors(log) : crashed(status, log);
    }

    private static List<String> crashed(int status, Path log) throws IOException {
        return List.of("the adapter's JVM ended with exit status " + status + "; problems not answered by then score 0"
                + lastLines(log));
    }

    /** Exceptions the runner caught on single problems, one note each. */
    private static List<String> errors(Path log) throws IOException {
        return lines(log).stream().filter(line -> line.contains(AdapterRunner.THREW))
                .map(line -> line + "; that problem scores 0").toList();
    }

    /** The child's output as lines; bytes that are not UTF-8 become U+FFFD rather than an error. */
    private static List<String> lines(Path log) throws IOException {
        return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }

    private static String lastLines(Path log) throws IOException {
        List<String> lines = lines(log);
        List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size());
        return tail.isEmpty() ? "" : "; its last output:\n" + String.join("\n", tail);
    }
}
