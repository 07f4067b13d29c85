package dev.bprop.cli.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an assignment file (clause FMT-GRADE-ASSIGNMENT). A broken one is rejected with one line naming the place
 * (FMT-ERRORS), e.g. {@code generate.depth: expected [low, high] with 1 ≤ low ≤ high, found [3, 2]}; a problem
 * file it names is read by the spec's reader and rejected the same way, under its own file name.
 */
public final class AssignmentReader {
    private AssignmentReader() {
    }

    public static Assignment read(Path file) {
        JsonNode root = parse(file);
        Path directory = file.toAbsolutePath().getParent();
        List<Task> fixed = new ArrayList<>();
        JsonNode problems = root.get("problems");
        if (problems != null) {
            array(problems, "problems");
            for (int index = 0; index < problems.size(); index++) {
                fixed.add(task(directory, text(problems.get(index), "problems[" + index + "]")));
            }
        }
        Optional<ProblemProfile> generator = Optional.ofNullable(root.get("generate")).map(AssignmentReader::profile);
        if (fixed.isEmpty() && generator.isEmpty()) {
            throw new InvalidInputException("problems", "an assignment needs problems, a generate profile or both");
        }
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < fixed.size(); index++) {
            if (!ids.add(fixed.get(index).id()) || fixed.get(index).id().startsWith(Assignment.GENERATED_PREFIX)) {
                throw new InvalidInputException("problems[" + index + "]", "the file name " + fixed.get(index).id()
                        + " is used twice or begins with \"" + Assignment.GENERATED_PREFIX + "\"; answer files are "
                        + "named after it");
            }
        }
        Tolerance tolerance = tolerance(required(root, "tolerance"));
        Map<Quantity, Double> points = points(required(root, "points"));
        Set<Activation> activations = EnumSet.noneOf(Activation.class);
        Set<Loss> losses = EnumSet.noneOf(Loss.class);
        JsonNode capabilities = root.get("capabilities");
        if (capabilities != null) {
            activations.addAll(names(capabilities.get("activations"), "capabilities.activations",
                    Activation::fromFileName));
            losses.addAll(names(capabilities.get("losses"), "capabilities.losses", Loss::fromFileName));
        }
        for (Task task : fixed) {
            if (task instanceof Task.Mlp mlp) {
                mlp.problem().layers().stream().map(Layer::activation).forEach(activations::add);
                losses.add(mlp.problem().loss());
            }
        }
        generator.ifPresent(profile -> {
            activations.addAll(profile.activations());
            losses.addAll(profile.losses());
            profile.losses().forEach(loss -> loss.requiredOutputActivation().ifPresent(activations::add));
        });
        String id = root.has("id") ? text(root.get("id"), "id") : file.getFileName().toString();
        return new Assignment(id, fixed, generator, tolerance, activations, losses, points);
    }

    private static JsonNode parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            if (root == null || !root.isObject()) {
                throw new InvalidInputException(file.toString(), "expected a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "not JSON: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }

    /** A problem or graph file named relative to the assignment; its id is its file name without {@code .json}. */
    private static Task task(Path directory, String name) {
        Path path = directory.resolve(name);
        String id = path.getFileName().toString().replaceFirst("\\.json$", "");
        return BpropJson.kindOf(path) == BpropJson.Kind.PROBLEM ? new Task.Mlp(id, BpropJson.readProblem(path))
                : new Task.Graphs(id, BpropJson.readGraph(path));
    }

    private static Tolerance tolerance(JsonNode node) {
        if (node.isTextual() && node.asText().equals("model")) {
            return Tolerance.MODEL;
        }
        JsonNode digits = node.get("digits");
        if (digits == null || !digits.isInt() || digits.asInt() < 1 || digits.asInt() > 17) {
            throw new InvalidInputException("tolerance", "expected \"model\" or {\"digits\": n} with 1 ≤ n ≤ 17, found "
                    + node);
        }
        return new Tolerance(digits.asInt());
    }

    private static Map<Quantity, Double> points(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            throw new InvalidInputException("points", "expected an object of quantities and their points, found "
                    + node);
        }
        Map<Quantity, Double> points = new EnumMap<>(Quantity.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String place = "points." + field.getKey();
            Quantity quantity = Quantity.fromFileName(field.getKey()).orElseThrow(() -> new InvalidInputException(
                    place, "unknown quantity; expected one of loss, outputs, z, a, delta, weight_gradients, "
                    + "bias_gradients, value, gradient"));
            if (!field.getValue().isNumber() || !(field.getValue().asDouble() > 0)
                    || !Double.isFinite(field.getValue().asDouble())) {
                throw new InvalidInputException(place, "expected a positive number, found " + field.getValue());
            }
            points.put(quantity, field.getValue().asDouble());
        }
        return points;
    }

    private static ProblemProfile profile(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidInputException("generate", "expected an object, found " + node);
        }
        int count = integer(required(node, "generate.count"), "generate.count", 1, 100);
        long seed = required(node, "generate.seed").asLong();
        List<Activation> activations = names(required(node, "generate.activations"), "generate.activations",
                name -> Activation.fromFileName(name).filter(a -> a != Activation.SOFTMAX));
        List<Loss> losses = names(required(node, "generate.losses"), "generate.losses", Loss::fromFileName);
        if (activations.isEmpty() || losses.isEmpty()) {
            throw new InvalidInputException("generate", "activations and losses must each name at least one");
        }
        int decimals = node.has("decimals") ? integer(node.get("decimals"), "generate.decimals", 0, 17) : 2;
        return new ProblemProfile(count, seed, activations, losses, range(node, "depth", 1, 10),
                range(node, "width", 1, 100), range(node, "batch", 1, 100), decimals);
    }

    private static int[] range(JsonNode profile, String field, int least, int most) {
        String place = "generate." + field;
        JsonNode node = required(profile, place);
        if (!node.isArray() || node.size() != 2 || !node.get(0).isInt() || !node.get(1).isInt()
                || node.get(0).asInt() < least || node.get(0).asInt() > node.get(1).asInt()
                || node.get(1).asInt() > most) {
            throw new InvalidInputException(place, "expected [low, high] with " + least + " ≤ low ≤ high ≤ " + most
                    + ", found " + node);
        }
        return new int[] {node.get(0).asInt(), node.get(1).asInt()};
    }

    private static int integer(JsonNode node, String place, int least, int most) {
        if (!node.isInt() || node.asInt() < least || node.asInt() > most) {
            throw new InvalidInputException(place, "expected an integer from " + least + " to " + most + ", found "
                    + node);
        }
        return node.asInt();
    }

    private static <T> List<T> names(JsonNode node, String place, Function<String, Optional<T>> lookup) {
        if (node == null) {
            return List.of();
        }
        array(node, place);
        List<T> values = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) {
            String name = text(node.get(index), place + "[" + index + "]");
            values.add(lookup.apply(name).orElseThrow(() -> new InvalidInputException(place + "[" + values.size()
                    + "]", "unknown name " + name)));
        }
        return values;
    }

    private static JsonNode required(JsonNode object, String place) {
        String field = place.substring(place.lastIndexOf('.') + 1);
        JsonNode node = object.get(field);
        if (node == null) {
            throw new InvalidInputException(place, "missing");
        }
        return node;
    }

    private static void array(JsonNode node, String place) {
        if (!node.isArray()) {
            throw new InvalidInputException(place, "expected an array, found " + node);
        }
    }

    private static String text(JsonNode node, String place) {
        if (!node.isTextual()) {
            throw new InvalidInputException(place, "expected a string, found " + node);
        }
        return node.asText();
    }
}
