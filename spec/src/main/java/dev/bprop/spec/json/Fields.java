package dev.bprop.spec.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to a JSON tree that names the place of every violation (clause FMT-ERRORS): each method takes
 * the node and its place, and either returns the value or throws {@link InvalidInputException}.
 */
final class Fields {
    private Fields() {
    }

    static String at(String place, String field) {
        return place.isEmpty() ? field : place + "." + field;
    }

    static String at(String place, int index) {
        return place + "[" + index + "]";
    }

    static JsonNode object(JsonNode node, String place) {
        if (!node.isObject()) {
            throw new InvalidInputException(placeOrDocument(place), "expected an object, found " + kind(node));
        }
        return node;
    }

    static JsonNode required(JsonNode object, String field, String place) {
        JsonNode child = object.get(field);
        if (child == null) {
            throw new InvalidInputException(at(place, field), "missing");
        }
        return child;
    }

    static JsonNode array(JsonNode node, String place) {
        if (!node.isArray()) {
            throw new InvalidInputException(place, "expected an array, found " + kind(node));
        }
        return node;
    }

    static JsonNode nonEmptyArray(JsonNode node, String place) {
        array(node, place);
        if (node.isEmpty()) {
            throw new InvalidInputException(place, "is empty");
        }
        return node;
    }

    static String string(JsonNode node, String place) {
        if (!node.isTextual()) {
            throw new InvalidInputException(place, "expected a string, found " + kind(node));
        }
        return node.textValue();
    }

    /** A finite double (clause FMT-NUMBERS). */
    static double number(JsonNode node, String place) {
        if (!node.isNumber()) {
            throw new InvalidInputException(place, "expected a number, found " + kind(node));
        }
        double value = node.doubleValue();
        if (Double.isNaN(value)) {
            throw new InvalidInputException(place, "NaN is not allowed, numbers must be finite");
        }
        if (Double.isInfinite(value)) {
            throw new InvalidInputException(place, value + " is not allowed, numbers must be finite");
        }
        return value;
    }

    /** An array of finite doubles of exactly {@code length} entries. */
    static double[] numbers(JsonNode node, String place, int length, String lengthMeaning) {
        array(node, place);
        if (node.size() != length) {
            throw new InvalidInputException(place,
                    "expected " + length + " " + (length == 1 ? "number" : "numbers") + " (" + lengthMeaning
                            + "), found " + node.size());
        }
        double[] values = new double[length];
        for (int index = 0; index < length; index++) {
            values[index] = number(node.get(index), at(place, index));
        }
        return values;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String placeOrDocument(String place) {
        return place.isEmpty() ? "document" : place;
    }
}
