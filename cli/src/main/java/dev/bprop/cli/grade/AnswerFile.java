package dev.bprop.cli.grade;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A student's answer file (clause FMT-GRADE-ANSWER), read slot by slot against the expected answer's shapes, so that
 * one wrong or missing block costs only its own points: a block with the wrong shape or a non-number is that slot's
 * error, an absent block is missing, and only a file that is not JSON at all is unreadable as a whole. A file
 * {@code {"skipped": "reason"}} declares the problem not attempted (a capability declared away, KIT-CAPABILITY).
 *
 * @param problem why the whole file counts for nothing (missing, not JSON, skipped), if it does
 * @param skipped whether that is because the submission skipped the problem
 * @param tensors the blocks read, by slot
 * @param errors the blocks present but unusable, by slot, as "PLACE: message"
 */
public record AnswerFile(Optional<String> problem, boolean skipped, Map<Slot, Tensor> tensors,
        Map<Slot, String> errors) {
    /** NaN and infinities read as numbers, so that they cost the slot they are in, not the whole file. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads {@code file} as the answer to a problem whose reference answer is {@code expected}. */
    public static AnswerFile read(Path file, Map<Slot, Tensor> expected) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return whole(file.getFileName() + ": no answer file", false);
        } catch (IOException e) {
            return whole(file.getFileName() + ": cannot be read (" + e.getClass().getSimpleName() + ")", false);
        }
        return parse(text, file.getFileName().toString(), expected);
    }

    /** Parses {@code text}; {@code name} is the file name used in messages. */
    public static AnswerFile parse(String text, String name, Map<Slot, Tensor> expected) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return whole(name + ": not JSON (" + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")", false);
        }
        if (root == null || !root.isObject()) {
            return whole(name + ": expected a JSON object", false);
        }
        if (root.has("skipped")) {
            return whole("skipped by the submission: " + root.get("skipped").asText(), true);
        }
        Map<Slot, Tensor> tensors = new LinkedHashMap<>();
        Map<Slot, String> errors = new LinkedHashMap<>();
        expected.forEach((slot, shape) -> {
            JsonNode node = at(root, shape.path());
            if (node == null) {
                return;
            }
            try {
                tensors.put(slot, read(node, shape));
            } catch (IllegalArgumentException e) {
                errors.put(slot, e.getMessage());
            }
        });
        return new AnswerFile(Optional.empty(), false, tensors, errors);
    }

    private static AnswerFile whole(String problem, boolean skipped) {
        return new AnswerFile(Optional.of(problem), skipped, Map.of(), Map.of());
    }

    /** The node at a path such as {@code gradients[1].bias} or {@code loss}; null where any step is absent. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            node = node == null ? null : node.get(field);
            if (bracket >= 0 && node != null) {
                node = node.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
        }
        return node == null || node.isNull() ? null : node;
    }

    /** The block at {@code node} in the shape of {@code shape}, or an exception naming the first place that differs. */
    private static Tensor read(JsonNode node, Tensor shape) {
        double[][] values = new double[shape.values().length][];
        for (int r = 0; r < values.length; r++) {
            values[r] = new double[shape.values()[r].length];
        }
        switch (shape.kind()) {
            case SCALAR -> values[0][0] = number(node, shape.path());
            case VECTOR -> values[0] = row(node, shape.path(), values[0].length);
            case MATRIX -> {
                if (!node.isArray() || node.size() != values.length) {
                    throw new IllegalArgumentException(shape.path() + ": expected " + shape.shape() + ", found "
                            + describe(node));
                }
                for (int r = 0; r < values.length; r++) {
                    values[r] = row(node.get(r), shape.path() + "[" + r + "]", values[r].length);
                }
            }
            case NAMED -> {
                if (!node.isObject() || node.size() != shape.names().size()) {
                    throw new IllegalArgumentException(shape.path() + ": expected one entry for each of "
                            + shape.names() + ", found " + describe(node));
                }
                for (int c = 0; c < shape.names().size(); c++) {
                    String place = shape.place(0, c);
                    JsonNode entry = node.get(shape.names().get(c));
                    if (entry == null) {
                        throw new IllegalArgumentException(place + ": missing");
                    }
                    values[0][c] = number(entry, place);
                }
            }
        }
        return new Tensor(shape.path(), shape.kind(), values, shape.names());
    }

    private static double[] row(JsonNode node, String place, int length) {
        if (!node.isArray() || node.size() != length) {
            throw new IllegalArgumentException(place + ": expected " + length + " numbers, found " + describe(node));
        }
        double[] row = new double[length];
        for (int i = 0; i < length; i++) {
            row[i] = number(node.get(i), place + "[" + i + "]");
        }
        return row;
    }

    private static double number(JsonNode node, String place) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException(place + ": expected a number, found " + describe(node));
        }
        return node.doubleValue();
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array of " + node.size();
        }
        return node.isObject() ? "an object of " + node.size() + " fields"
                : node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
    }
}
