package dev.bprop.spec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clause FMT-ERRORS for whole files: unreadable, not text, not JSON, or neither kind of document. */
class FilesTest {
    @TempDir
    Path folder;

    @Test
    void fmtErrors_aMissingFileIsNamed() {
        Path missing = folder.resolve("absent.json");
        assertEquals(missing + ": cannot be read: no such file",
                assertThrows(InvalidInputException.class, () -> BpropJson.readProblem(missing)).getMessage());
    }

    @Test
    void fmtErrors_aFolderIsNotAFile() {
        assertEquals(folder + ": cannot be read: it is a folder",
                assertThrows(InvalidInputException.class, () -> BpropJson.readGraph(folder)).getMessage());
    }

    /** /proc/self/mem exists but cannot be read from the start: the system's own reason is passed on. */
    @Test
    void fmtErrors_aFileThatCannotBeReadGivesTheSystemsReason() {
        Path unreadable = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(unreadable), "needs Linux /proc");
        assertEquals(unreadable + ": cannot be read: Input/output error",
                assertThrows(InvalidInputException.class, () -> BpropJson.readProblem(unreadable)).getMessage());
    }

    @Test
    void fmtErrors_bytesThatAreNotUtf8AreNamed() throws IOException {
        Path binary = Files.write(folder.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b});
        assertEquals(binary + ": cannot be read: not UTF-8 text",
                assertThrows(InvalidInputException.class, () -> BpropJson.readProblem(binary)).getMessage());
    }

    @Test
    void fmtErrors_syntaxErrorsGiveLineAndColumn() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\n  \"layers\": [,]\n}");
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BpropJson.readProblem(broken));
        assertEquals(broken.toString(), error.place());
        assertEquals("not valid JSON at line 2, column 14", error.detail().substring(0, 35));
    }

    @Test
    void fmtProblem_andFmtGraph_filesAreToldApartByTheirFields() throws IOException {
        Path problem = Files.writeString(folder.resolve("p.json"), ProblemValidationTest.XOR_SHIFTED);
        Path graph = Files.writeString(folder.resolve("g.json"), GraphValidationTest.ADJOINT, StandardCharsets.UTF_8);
        Path neither = Files.writeString(folder.resolve("n.json"), "{\"loss\": \"mse\"}");
        assertEquals(BpropJson.Kind.PROBLEM, BpropJson.kindOf(problem));
        assertEquals(BpropJson.Kind.GRAPH, BpropJson.kindOf(graph));
        assertEquals(2, BpropJson.readProblem(problem).depth());
        assertEquals(5, BpropJson.readGraph(graph).nodes().size());
        assertEquals(neither + ": is neither a problem file (no \"layers\") nor a graph file (no \"nodes\")",
                assertThrows(InvalidInputException.class, () -> BpropJson.kindOf(neither)).getMessage());
        Path array = Files.writeString(folder.resolve("a.json"), "[]");
        assertEquals("document: expected an object, found an array",
                assertThrows(InvalidInputException.class, () -> BpropJson.kindOf(array)).getMessage());
    }
}
