package dev.bprop.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the reference's main code import each other without a cycle (ARCHITECTURE.md): the graph and
 * its algorithm below the operations, the operations below the algebras, the file and MLP adapters on top. Read
 * from the sources, so that a new import that closes a circle fails here with the circle named.
 */
class PackageCyclesTest {
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A use of a reference class by its full name, in an import (static or not) or in the code. */
    private static final Pattern REFERENCE_CLASS = Pattern.compile("\\b(dev\\.bprop\\.reference(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void packages_importEachOtherWithoutACycle() {
        Map<String, Set<String>> imports = packageImports(MAIN_SOURCES);
        assertTrue(imports.keySet().containsAll(Set.of("dev.bprop.reference.graph", "dev.bprop.reference.graph.op",
                "dev.bprop.reference.mlp")), "the scan found the packages: " + imports.keySet());
        assertEquals(Optional.empty(), cycle(imports), "a cycle of package imports");
    }

    @Test
    void packages_theAlgorithmImportsNeitherItsOperationsNorItsAdapters() {
        Set<String> graph = packageImports(MAIN_SOURCES).get("dev.bprop.reference.graph");
        assertEquals(Set.of(), graph, "what dev.bprop.reference.graph imports from the reference");
    }

    @Test
    void cycle_isFoundAndNamedWhereThereIsOne() {
        Map<String, Set<String>> circle = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of());
        assertEquals(Optional.of(List.of("a", "b", "c", "a")), cycle(circle));
        assertFalse(cycle(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of())).isPresent());
    }

    /** For every package of the sources below {@code root}, the other reference packages its files use. */
    private static Map<String, Set<String>> packageImports(Path root) {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Matcher declared = PACKAGE.matcher(code);
                if (!declared.find()) {
                    continue;
                }
                String own = declared.group(1);
                Set<String> used = imports.computeIfAbsent(own, name -> new TreeSet<>());
                Matcher use = REFERENCE_CLASS.matcher(code.substring(declared.end()));
                while (use.find()) {
                    if (!use.group(1).equals(own)) {
                        used.add(use.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports;
    }

    /** A cycle of the graph, from a node back to itself, found by depth-first search; empty when there is none. */
    static Optional<List<String>> cycle(Map<String, Set<String>> edges) {
        Set<String> finished = new TreeSet<>();
        for (String start : new TreeSet<>(edges.keySet())) {
            Optional<List<String>> found = cycleFrom(start, edges, new ArrayList<>(), finished);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> cycleFrom(String node, Map<String, Set<String>> edges, List<String> path,
            Set<String> finished) {
        int onPath = path.indexOf(node);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (finished.contains(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : new TreeSet<>(edges.getOrDefault(node, Set.of()))) {
            Optional<List<String>> found = cycleFrom(next, edges, path, finished);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        finished.add(node);
        return Optional.empty();
    }
}
