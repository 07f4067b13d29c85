package dev.bprop.spec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into a JSON tree, or an {@link InvalidInputException} that says in bprop's own words where the text
 * stops being JSON (E-JSON) or which reading limit it passes (E-SIZE); the parser's own messages, which quote its
 * internals, never reach the user.
 */
final class JsonTree {
    /** E-SIZE: the most JSON tokens (numbers, strings, brackets, …) a document may hold. */
    static final int MAX_TOKENS = 1 << 25;
    /** E-SIZE: the deepest nesting of arrays and objects. */
    static final int MAX_NESTING = 1000;
    /** E-SIZE: the longest number literal, in characters (far more digits than any double needs). */
    static final int MAX_NUMBER_LENGTH = 100_000;
    /** E-SIZE: the longest string, in characters. */
    static final int MAX_STRING_LENGTH = 20_000_000;

    /*
     * NaN and Infinity tokens are accepted by the parser so that validation can name the place of the
     * non-finite number (clause FMT-NUMBERS) instead of reporting a bare syntax error.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxTokenCount(MAX_TOKENS)
                            .maxNestingDepth(MAX_NESTING)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_STRING_LENGTH)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern CHARACTER_CODE = Pattern.compile("code (\\d+)\\)");
    private static final Pattern UNKNOWN_WORD = Pattern.compile("^Unrecognized token '([^']{0,40})");
    private static final Pattern LIMIT_VALUE = Pattern.compile("\\((\\d+)\\) exceeds");

    private JsonTree() {
    }

    static JsonNode parse(String text, String sourceName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(sourceName, "is too large to read: " + limitPassed(e) + " (E-SIZE)");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(sourceName, "not valid JSON" + where(e.getLocation()) + ": " + reason(e));
        }
        if (root.isMissingNode()) {
            throw new InvalidInputException(sourceName, "is empty, expected a JSON object");
        }
        return root;
    }

    /** Reads {@code file} once ({@link InputFile}) and parses it; errors name the file as given. */
    static JsonNode read(Path file) {
        return parse(InputFile.read(file), file.toString());
    }

    private static String where(JsonLocation location) {
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** What is wrong with the text, told from the kind of parser error and the character it met. */
    private static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException) {
            return "the text ends before the document does (an array, object or string is not closed)";
        }
        if (message.startsWith("Trailing token")) {
            return "more text follows the end of the document";
        }
        if (message.startsWith("Duplicate")) {
            return "a field appears twice in one object" + duplicateName(e);
        }
        if (message.startsWith("Invalid numeric value")) {
            return "a number is not written in JSON number syntax";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "a closing bracket does not match the opening one";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "a string holds an escape that JSON does not define";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a string holds an unescaped control character" + character(message);
        }
        Matcher word = UNKNOWN_WORD.matcher(message);
        if (word.find()) {
            return "unexpected word '" + word.group(1) + "' (expected a string, number, array, object, true, false "
                    + "or null)";
        }
        return "unexpected character" + character(message);
    }

    /** The duplicated field's name: the parser stands on it when it finds the duplicate. */
    private static String duplicateName(JsonProcessingException e) {
        return " (\"" + ((JsonParser) e.getProcessor()).getParsingContext().getCurrentName() + "\")";
    }

    /** The character the parser names by its code, quoted, or as U+XXXX if it is a control character. */
    private static String character(String message) {
        return CHARACTER_CODE.matcher(message).results()
                .map(code -> Integer.parseInt(code.group(1)))
                .map(c -> Character.isISOControl(c) ? String.format(" U+%04X", c)
                        : " '" + new String(Character.toChars(c)) + "'")
                .findFirst().orElse("");
    }

    private static String limitPassed(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        String found = LIMIT_VALUE.matcher(message).results().map(value -> value.group(1)).findFirst().orElse("more");
        if (message.startsWith("Document nesting depth")) {
            return "arrays and objects nested " + found + " deep, more than " + MAX_NESTING;
        }
        if (message.startsWith("Number value length")) {
            return "a number of " + found + " characters, more than " + MAX_NUMBER_LENGTH;
        }
        return "more than " + MAX_TOKENS + " JSON tokens or a string of more than " + MAX_STRING_LENGTH
                + " characters";
    }
}
