package dev.bprop.cli.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Grades one student's answer files against an assignment: for every problem and every graded slot, all its points
 * when every number is within the tolerance, none otherwise (partial credit per quantity and layer,
 * FMT-GRADE-ASSIGNMENT). A skipped problem scores 0 and is shown as skipped, never as passed (KIT-CAPABILITY).
 */
public final class Grader {
    /** How many wrong numbers of a slot the feedback lists. */
    private static final int SHOWN = 3;

    private Grader() {
    }

    /** Grades the files {@code ID.json} in {@code answers}, one per problem of {@code student}. */
    public static StudentGrade grade(Assignment assignment, String student, Path answers, List<String> notes) {
        List<Mark> marks = new ArrayList<>();
        List<String> allNotes = new ArrayList<>(notes);
        for (Task task : assignment.tasks(student)) {
            Map<Slot, Tensor> expected = task.expected();
            AnswerFile answer = AnswerFile.read(answers.resolve(task.id() + ".json"), expected);
            marks.addAll(marks(assignment, task, expected, answer, smallest(answers, task)));
            if (answer.skipped()) {
                String required = task instanceof Task.Mlp ? ", but the assignment requires the activations "
                        + names(assignment.activations()) + " and the losses " + names(assignment.losses()) : "";
                allNotes.add(task.id() + " was skipped (" + answer.problem().orElseThrow() + ")" + required
                        + ": skipped problems score 0 (KIT-CAPABILITY)");
            }
        }
        assignment.generator().ifPresent(profile -> allNotes.add("your own problems were drawn with seed "
                + profile.studentSeed(student) + " (bprop grade ASSIGNMENT --student " + student
                + " --problems DIR writes them)"));
        return new StudentGrade(student, marks, allNotes);
    }

    /** The shrunk problem the Java path wrote next to the answer ({@link AdapterRunner}), as text, if any. */
    private static Optional<String> smallest(Path answers, Task task) {
        Path file = answers.resolve(task.id() + AdapterRunner.SMALLEST);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Mark> marks(Assignment assignment, Task task, Map<Slot, Tensor> expected, AnswerFile answer,
            Optional<String> smallest) {
        Judge.Judgement judgement = answer.problem().isPresent() ? null
                : Judge.judge(task, expected, answer.tensors(), assignment.tolerance());
        int depth = task instanceof Task.Mlp mlp ? mlp.problem().depth() : 0;
        List<Mark> marks = new ArrayList<>();
        List<String> once = new ArrayList<>();
        if (judgement != null) {
            judgement.diagnosis().forEach(finding -> once.add("diagnosis: " + finding));
        }
        smallest.ifPresent(problem -> once.add("the smallest problem the submission still gets wrong (the kit's "
                + "shrinker):\n" + problem.strip()));
        expected.forEach((slot, tensor) -> {
            Double points = assignment.points().get(slot.quantity());
            if (points == null) {
                return;
            }
            String name = task.id() + ": " + slot.label() + " (" + slot.quantity().clause(slot.layer(), depth) + ")";
            marks.add(judgement == null ? whole(name, points, answer)
                    : mark(name, points, slot, tensor, answer, judgement.misses().get(slot), once,
                            assignment.tolerance()));
        });
        return marks;
    }

    private static Mark whole(String name, double points, AnswerFile answer) {
        String problem = answer.problem().orElseThrow();
        return answer.skipped() ? new Mark(name, Mark.Status.SKIPPED, 0, points, problem
                + "; a skipped case earns no points (KIT-CAPABILITY)")
                : new Mark(name, Mark.Status.MISSING, 0, points, problem);
    }

    /**
     * The mark of one slot; the first wrong slot of a problem takes what is said of the problem as a whole ({@code
     * once}: the kit's diagnosis, the smallest failing problem), and empties it.
     */
    private static Mark mark(String name, double points, Slot slot, Tensor expected, AnswerFile answer,
            List<Miss> misses, List<String> once, Tolerance tolerance) {
        if (answer.errors().containsKey(slot)) {
            return new Mark(name, Mark.Status.MALFORMED, 0, points, answer.errors().get(slot));
        }
        if (!answer.tensors().containsKey(slot)) {
            return new Mark(name, Mark.Status.MISSING, 0, points, expected.path() + ": missing from the answer file, "
                    + "expected " + expected.shape());
        }
        if (misses.isEmpty()) {
            return new Mark(name, Mark.Status.CORRECT, points, points, "correct to " + tolerance);
        }
        StringBuilder output = new StringBuilder(String.format(Locale.ROOT, "%d of %d numbers wrong (tolerance: %s)",
                misses.size(), count(expected), tolerance));
        misses.stream().limit(SHOWN).forEach(miss -> output.append(String.format(Locale.ROOT,
                "%n  %s: expected %s, found %s (allowed difference %.3g)", miss.place(), miss.expected(),
                miss.found(), miss.allowed())));
        once.forEach(line -> output.append("\n  ").append(line));
        once.clear();
        return new Mark(name, Mark.Status.WRONG, 0, points, output.toString());
    }

    private static String names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(v -> v.name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    private static int count(Tensor tensor) {
        int count = 0;
        for (double[] row : tensor.values()) {
            count += row.length;
        }
        return count;
    }
}
