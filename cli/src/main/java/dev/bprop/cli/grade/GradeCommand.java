package dev.bprop.cli.grade;

import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bprop grade}: an autograder for backpropagation assignments (clauses FMT-GRADE-ASSIGNMENT,
 * FMT-GRADE-ANSWER). With {@code --submissions DIR} it grades every student's folder of answer files, or the Java
 * adapter in it run in a separate JVM, and writes per student {@code feedback.md} and a Gradescope
 * {@code results.json}, and {@code grades.csv} for the class. With {@code --student ID --problems DIR} it writes
 * that student's problem files, never the answers.
 */
@Command(name = "grade",
        description = {"Grade students' backpropagation answers against an assignment file (spec FMT-GRADE-ASSIGNMENT).",
                "--submissions DIR: one folder per student, holding ID.json answer files (FMT-GRADE-ANSWER) or a Java "
                        + "adapter (adapter.properties with class=..., and its jars), run in a separate JVM.",
                "--student ID --problems DIR: write the problem files of one student (their own generated ones "
                        + "included)."})
public final class GradeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ASSIGNMENT.json", description = "The assignment file (FMT-GRADE-ASSIGNMENT).")
    private Path assignmentFile;

    @Option(names = "--submissions", paramLabel = "DIR", description = "One subfolder per student, named by the ID.")
    private Path submissions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where feedback, results.json and grades.csv go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--student", paramLabel = "ID", description = "With --problems: the student whose problems to write.")
    private String student;

    @Option(names = "--problems", paramLabel = "DIR", description = "With --student: write the problem files here.")
    private Path problems;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wall time of one Java adapter's run (default: ${DEFAULT-VALUE}).")
    private long timeLimit;

    @Option(names = "--memory", paramLabel = "MB", defaultValue = "512",
            description = "Heap (-Xmx) of one Java adapter's JVM (default: ${DEFAULT-VALUE}).")
    private int memory;

    @Override
    public Integer call() {
        if ((submissions == null) == (student == null || problems == null)) {
            throw new ParameterException(spec.commandLine(),
                    "give either --submissions DIR or both --student ID and --problems DIR");
        }
        Assignment assignment = AssignmentReader.read(assignmentFile);
        PrintWriter output = spec.commandLine().getOut();
        if (submissions == null) {
            writeProblems(assignment, student, problems);
            output.println("wrote the problems of " + student + " to " + problems);
            return 0;
        }
        List<StudentGrade> grades = new ArrayList<>();
        for (Path folder : studentFolders()) {
            StudentGrade grade = gradeOne(assignment, folder);
            grades.add(grade);
            Path studentOut = out.resolve(grade.student());
            OutputFiles.write(studentOut.resolve("feedback.md"), Reports.feedback(assignment.id(), grade));
            OutputFiles.write(studentOut.resolve("results.json"), Reports.gradescope(grade));
            output.printf(Locale.ROOT, "%-24s %6s of %s%n", grade.student(), Reports.number(grade.score()),
                    Reports.number(grade.maxScore()));
        }
        OutputFiles.write(out.resolve("grades.csv"), Reports.csv(grades));
        output.println("feedback and results.json per student, and grades.csv, in " + out);
        return 0;
    }

    /** Writes {@code ID.json} for every problem of {@code student}: the problem, never its answer. */
    static void writeProblems(Assignment assignment, String student, Path directory) {
        for (Task task : assignment.tasks(student)) {
            OutputFiles.write(directory.resolve(task.id() + ".json"), task.json());
        }
    }

    private StudentGrade gradeOne(Assignment assignment, Path folder) {
        String id = folder.getFileName().toString();
        if (!Files.exists(folder.resolve(SeparateJvm.ADAPTER_FILE))) {
            return Grader.grade(assignment, id, folder, List.of());
        }
        Path studentOut = out.resolve(id);
        Path problemFiles = studentOut.resolve("problems");
        writeProblems(assignment, id, problemFiles);
        Path answers = studentOut.resolve("answers");
        List<String> notes = new SeparateJvm(timeLimit, memory).run(folder, problemFiles, answers);
        return Grader.grade(assignment, id, answers, notes);
    }

    private List<Path> studentFolders() {
        try (Stream<Path> entries = Files.list(submissions)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(submissions.toString(), "cannot be read as a folder of submissions ("
                    + e.getClass().getSimpleName() + ")");
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(submissions.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
