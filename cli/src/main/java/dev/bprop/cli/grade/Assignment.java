package dev.bprop.cli.grade;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An assignment (clause FMT-GRADE-ASSIGNMENT): the problems every student answers, and those each draws from the
 * generator; what is graded, to what tolerance and for how many points.
 *
 * @param id a name, used in reports
 * @param fixed the problems every student gets
 * @param generator each student's own problems, if any
 * @param tolerance significant digits or the comparison model
 * @param activations the activations a submission must support (KIT-CAPABILITY)
 * @param losses the losses a submission must support
 * @param points points per slot of each graded quantity (per layer for layered ones)
 */
public record Assignment(String id, List<Task> fixed, Optional<ProblemProfile> generator, Tolerance tolerance,
        Set<Activation> activations, Set<Loss> losses, Map<Quantity, Double> points) {
    /** Ids of generated problems are {@code generated1}, {@code generated2}, … */
    static final String GENERATED_PREFIX = "generated";

    public Assignment {
        fixed = List.copyOf(fixed);
        activations = Set.copyOf(activations);
        losses = Set.copyOf(losses);
        points = Map.copyOf(points);
    }

    /** The problems of {@code student}, the fixed ones first. */
    public List<Task> tasks(String student) {
        List<Task> tasks = new ArrayList<>(fixed);
        generator.ifPresent(profile -> profile.draw(student, GENERATED_PREFIX)
                .forEach(problem -> tasks.add(new Task.Mlp(problem.id().orElseThrow(), problem))));
        return tasks;
    }
}
