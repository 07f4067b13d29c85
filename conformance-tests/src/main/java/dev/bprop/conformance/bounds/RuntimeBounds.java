package dev.bprop.conformance.bounds;

import dev.bprop.conformance.internal.bounds.fit.Medians;
import dev.bprop.conformance.internal.bounds.measure.AllocationMeter;
import dev.bprop.conformance.internal.bounds.measure.Budget;
import dev.bprop.conformance.internal.bounds.measure.Instruments;
import dev.bprop.conformance.internal.bounds.measure.TimeMeter;
import dev.bprop.conformance.internal.bounds.measure.Workload;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Measures a library against the runtime bounds (clauses BOUND-*), one {@link Bound} at a time,
 * each within its own budget. This is what {@link RuntimeBoundsSuite} asserts and what {@code bprop bounds} plots.
 */
public final class RuntimeBounds {
    private final BoundsSettings settings;
    private final BoundsPlan plan;
    private final Instruments instruments;

    /** The bounds measured with the JVM's clocks and allocation counter. */
    public RuntimeBounds(BoundsSettings settings, BoundsPlan plan) {
        this(settings, plan, Instruments.jvm());
    }

    /** The bounds measured with {@code instruments}: the JVM's, or a simulated machine's in the kit's own tests. */
    RuntimeBounds(BoundsSettings settings, BoundsPlan plan, Instruments instruments) {
        this.settings = settings;
        this.plan = plan;
        this.instruments = instruments;
    }

    /** Every clause, in the order of {@link Bound}. */
    public List<BoundReport> checkAll(MlpImplementation implementation) {
        return Arrays.stream(Bound.values()).map(bound -> check(bound, implementation)).toList();
    }

    /** One clause. */
    public BoundReport check(Bound bound, MlpImplementation implementation) {
        Optional<String> unsupported = Capabilities.unsupported(bound, implementation, instruments);
        if (unsupported.isPresent()) {
            return BoundReport.skipped(bound, bound.isExponent() ? settings.exponentLimit() : settings.ratioLimit(),
                    settings.sampling().seed(), unsupported.get());
        }
        Budget budget = Budget.of(settings.budget(), instruments.wall());
        return switch (bound) {
            case WEIGHTS -> timeScaling(bound, plan.weights(), Shape::weights, implementation, budget);
            case DEPTH -> timeScaling(bound, plan.depth(), Shape::depth, implementation, budget);
            case BATCH -> timeScaling(bound, plan.batch(), Shape::batch, implementation, budget);
            case RATIO -> ratio(implementation, budget);
            case MEMORY_WEIGHTS -> memoryWeights(implementation, budget);
            case MEMORY_EXAMPLES -> memoryExamples(implementation, budget);
        };
    }

    private BoundReport timeScaling(Bound bound, List<Shape> shapes, ToDoubleFunction<Shape> x,
            MlpImplementation implementation, Budget budget) {
        return new ExponentClause(bound, positions(shapes, x), Medians::ofRows)
                .run(settings, timeMeter(implementation), gradients(shapes, x, implementation), budget);
    }

    private BoundReport ratio(MlpImplementation implementation, Budget budget) {
        Shape shape = plan.ratio();
        Problem problem = ScalingNetworks.problem(shape, settings.sampling().seed());
        ForwardOnly forward = Capabilities.forwardOnly(implementation).orElseThrow();
        Workload gradient = new Workload("gradient " + shape, shape.weights(), problem, implementation::gradient);
        Workload forwardPass = new Workload("forward " + shape, shape.weights(), problem, forward::loss);
        return RatioClause.run(settings, timeMeter(implementation), gradient, forwardPass, budget);
    }

    private TimeMeter timeMeter(MlpImplementation implementation) {
        return new TimeMeter(Capabilities.clock(implementation, instruments), instruments.wall(), settings.warmUp(),
                settings.sampleTime());
    }

    private AllocationMeter allocationMeter() {
        return new AllocationMeter(instruments.threadAllocatedBytes().orElseThrow());
    }

    private BoundReport memoryWeights(MlpImplementation implementation, Budget budget) {
        List<Shape> shapes = plan.memoryWeights();
        return new ExponentClause(Bound.MEMORY_WEIGHTS, positions(shapes, Shape::weights), Medians::ofRows)
                .run(settings, allocationMeter(), gradients(shapes, Shape::weights,
                        implementation), budget);
    }

    /**
     * Each network at batch 1 and at batch 1 + step; the bytes one more example costs are the difference over the
     * step, at least one byte, so that a library that allocates nothing per example fits a flat line.
     */
    private BoundReport memoryExamples(MlpImplementation implementation, Budget budget) {
        int step = plan.exampleStep();
        List<Shape> shapes = new ArrayList<>();
        plan.memoryExamples().forEach(shape -> {
            shapes.add(shape.withBatch(1));
            shapes.add(shape.withBatch(1 + step));
        });
        double[] units = positions(plan.memoryExamples(), Shape::units);
        return new ExponentClause(Bound.MEMORY_EXAMPLES, units, samples -> {
            double[] medians = Medians.ofRows(samples);
            double[] perExample = new double[units.length];
            for (int i = 0; i < units.length; i++) {
                perExample[i] = Math.max(1, (medians[2 * i + 1] - medians[2 * i]) / step);
            }
            return perExample;
        }).run(settings, allocationMeter(), gradients(shapes, Shape::units, implementation),
                budget);
    }

    private List<Workload> gradients(List<Shape> shapes, ToDoubleFunction<Shape> x, MlpImplementation implementation) {
        return shapes.stream().map(shape -> new Workload("gradient " + shape, x.applyAsDouble(shape),
                ScalingNetworks.problem(shape, settings.sampling().seed()), implementation::gradient)).toList();
    }

    private static double[] positions(List<Shape> shapes, ToDoubleFunction<Shape> x) {
        return shapes.stream().mapToDouble(x).toArray();
    }
}
