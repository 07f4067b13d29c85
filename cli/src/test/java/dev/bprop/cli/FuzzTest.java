package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bprop.cli.ValidateCommandTest.Run;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz campaign over clauses FMT-ERRORS and FMT-CLI: every spec vector's problem or graph, mutated
 * (truncated, a value's type swapped, a number made huge, tiny or 1 500 digits long, control characters put into
 * strings, characters deleted or repeated), is given to the commands that read it. Each run must end with an
 * answer (status 0, nothing on standard error), a disagreement (status 1) or bad input (status 2, nothing on
 * standard output, exactly one line on standard error), within 10 s, and never with an exception. The number of
 * mutants is {@code -Dbprop.fuzz.mutants=N} (default 60) and the seed {@code -Dbprop.fuzz.seed=S} (default 1); a
 * failure prints the seed, the mutant's number and its text.
 */
class FuzzTest {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*\"");
    private static final String[] SWAPS = {"\"1\"", "[]", "{}", "null", "true", "[[1]]", "\"\"", "-0"};
    private static final String[] NUMBERS = {"1e308", "-1.7976931348623157e308", "1e400", "1e-400", "NaN",
        "Infinity", "1" + "0".repeat(1499), "0." + "3".repeat(1500), "4.9e-324", "1e200"};
    private static final String[] INSERTS = {"\\n", "\\u0000", "\n", "\u0001", "\u2028", "\r\n", "\\", "\""};
    private static final long LIMIT_MILLIS = 10_000;

    @TempDir
    Path folder;

    @Test
    void fmtErrors_fuzz_mutatedFilesEndWithAnAnswerOrOneLine() throws IOException {
        long seed = Long.getLong("bprop.fuzz.seed", 1);
        int mutants = Integer.getInteger("bprop.fuzz.mutants", 60);
        Random random = new Random(seed);
        List<TestVector> vectors = VectorCatalog.all();
        int runs = 0;
        for (int mutant = 0; mutant < mutants; mutant++) {
            TestVector vector = vectors.get(random.nextInt(vectors.size()));
            String original = vector.isProblem() ? BpropJson.write(vector.problem().orElseThrow())
                    : BpropJson.write(vector.graph().orElseThrow());
            String text = mutate(original, random);
            Path file = Files.write(folder.resolve("m" + mutant + ".json"), text.getBytes(StandardCharsets.UTF_8));
            for (String command : commands(vector)) {
                runs++;
                check(seed, mutant, text, command, file.toString());
            }
        }
        System.out.printf("fuzz: seed %d, %d mutants, %d runs, 0 failures%n", seed, mutants, runs);
    }

    private static List<String> commands(TestVector vector) {
        return List.of("validate", vector.isProblem() ? "gradient" : "graph-gradient", "forward", "check", "explain");
    }

    private static void check(long seed, int mutant, String text, String command, String file) {
        String where = "seed " + seed + ", mutant " + mutant + ", bprop " + command + " on:\n" + text + "\n";
        long start = System.nanoTime();
        Run run;
        try {
            run = ValidateCommandTest.run(command, file);
        } catch (Throwable t) {
            fail(where + "threw " + t, t);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < LIMIT_MILLIS, where + "took " + millis + " ms");
        switch (run.status()) {
            case 0 -> assertEquals("", run.err(), where);
            case 1 -> assertTrue(run.out().endsWith("DISAGREE\n"), where + run.out());
            case 2 -> {
                assertEquals("", run.out(), where);
                assertEquals(1, run.err().lines().count(), where + run.err());
                assertTrue(run.err().endsWith("\n") && !run.err().contains("Exception"), where + run.err());
            }
            default -> fail(where + "exit status " + run.status() + ": " + run.err());
        }
    }

    /** One to three mutations of one of seven kinds, each at a random place of the text. */
    static String mutate(String text, Random random) {
        String mutated = text;
        int count = 1 + random.nextInt(3);
        for (int step = 0; step < count && !mutated.isEmpty(); step++) {
            int at = random.nextInt(mutated.length());
            mutated = switch (random.nextInt(7)) {
                case 0 -> mutated.substring(0, at);
                case 1 -> replaceOne(mutated, NUMBER, SWAPS[random.nextInt(SWAPS.length)], random);
                case 2 -> replaceOne(mutated, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)], random);
                case 3 -> insertIntoString(mutated, INSERTS[random.nextInt(INSERTS.length)], random);
                case 4 -> mutated.substring(0, at) + mutated.substring(at + 1);
                case 5 -> mutated.substring(0, at) + mutated.substring(at, Math.min(mutated.length(), at + 1
                        + random.nextInt(40))) + mutated.substring(at);
                default -> replaceOne(mutated, STRING, "\"" + (char) ('a' + random.nextInt(26)) + "\"", random);
            };
        }
        return mutated;
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, Random random) {
        List<int[]> spans = spans(text, pattern);
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static String insertIntoString(String text, String insert, Random random) {
        List<int[]> spans = spans(text, STRING);
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        int at = span[0] + 1 + random.nextInt(span[1] - span[0] - 1);
        return text.substring(0, at) + insert + text.substring(at);
    }

    private static List<int[]> spans(String text, Pattern pattern) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }
}
