package dev.bprop.cli.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grader's three outputs (clause FMT-GRADE-ASSIGNMENT): a student's feedback as Markdown, the same marks as a
 * Gradescope {@code results.json} ({"score", "tests": [{"name", "score", "max_score", "output"}]}), and one CSV
 * row per student for the whole class.
 */
public final class Reports {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /** Feedback: the total, the notes, then each mark with what is wrong, where, expected and found. */
    public static String feedback(String assignment, StudentGrade grade) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(assignment).append(": ").append(grade.student()).append("\n\n")
                .append("Score: ").append(number(grade.score())).append(" of ").append(number(grade.maxScore()))
                .append("\n\n");
        grade.notes().forEach(note -> text.append("- ").append(note).append('\n'));
        if (!grade.notes().isEmpty()) {
            text.append('\n');
        }
        for (Mark mark : grade.marks()) {
            text.append("## ").append(mark.name()).append(": ").append(mark.status().name().toLowerCase(Locale.ROOT))
                    .append(", ").append(number(mark.score())).append(" of ").append(number(mark.maxScore()))
                    .append("\n\n").append(mark.output().indent(4)).append('\n');
        }
        return text.toString();
    }

    /** Gradescope's autograder results: the total score and one test per mark; notes go to the top-level output. */
    public static String gradescope(StudentGrade grade) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("score", grade.score());
        if (!grade.notes().isEmpty()) {
            root.put("output", String.join("\n", grade.notes()));
        }
        ArrayNode tests = root.putArray("tests");
        for (Mark mark : grade.marks()) {
            tests.addObject().put("name", mark.name()).put("score", mark.score()).put("max_score", mark.maxScore())
                    .put("status", mark.status() == Mark.Status.CORRECT ? "passed" : "failed")
                    .put("output", mark.output());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** One row per student: ID, score, maximum, then the score of every test (blank where a student has none). */
    public static String csv(List<StudentGrade> grades) {
        Set<String> tests = new LinkedHashSet<>();
        grades.forEach(grade -> grade.marks().forEach(mark -> tests.add(mark.name())));
        StringBuilder text = new StringBuilder("student,score,max_score");
        tests.forEach(test -> text.append(',').append(quoted(test)));
        text.append('\n');
        for (StudentGrade grade : grades) {
            Map<String, Double> scores = grade.marks().stream().collect(Collectors.toMap(Mark::name, Mark::score));
            text.append(quoted(grade.student())).append(',').append(number(grade.score())).append(',')
                    .append(number(grade.maxScore()));
            tests.forEach(test -> text.append(',').append(scores.containsKey(test) ? number(scores.get(test)) : ""));
            text.append('\n');
        }
        return text.toString();
    }

    /** RFC 4180: a field in quotes, its quotes doubled. */
    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** 3 for a whole number of points, 1.5 otherwise. */
    static String number(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
