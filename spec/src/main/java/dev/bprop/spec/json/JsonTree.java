package dev.bprop.spec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns text into a JSON tree, or an {@link InvalidInputException} that says where the text stops being JSON. */
final class JsonTree {
    /*
     * NaN and Infinity tokens are accepted by the parser so that validation can name the place of the
     * non-finite number (clause FMT-NUMBERS) instead of reporting a bare syntax error.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonTree() {
    }

    static JsonNode parse(String text, String sourceName) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root.isMissingNode()) {
                throw new InvalidInputException(sourceName, "is empty, expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidInputException(sourceName, "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    static JsonNode read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + describe(file, e));
        }
        return parse(text, file.toString());
    }

    private static String describe(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        return e.getMessage();
    }
}
