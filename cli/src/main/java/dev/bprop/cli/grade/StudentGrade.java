package dev.bprop.cli.grade;

import java.util.List;

/**
 * Everything graded for one student: the marks in the order of the problems and slots, and notes on the submission
 * as a whole (a crash, a time-out, a capability declared away, the seed of the student's own problems).
 */
public record StudentGrade(String student, List<Mark> marks, List<String> notes) {
    public StudentGrade {
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
    }

    public double score() {
        return marks.stream().mapToDouble(Mark::score).sum();
    }

    public double maxScore() {
        return marks.stream().mapToDouble(Mark::maxScore).sum();
    }
}
