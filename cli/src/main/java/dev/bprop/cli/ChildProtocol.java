package dev.bprop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.launch.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lines the JVM that runs the suites ({@link ConformChild}) writes to its standard output for
 * {@code bprop conform}, one record a line, each starting with {@value #PREFIX} so that whatever else the
 * implementation prints there is ignored:
 *
 * <pre>
 * bprop-case started required_BP2_seed=12-depth=3
 * bprop-case finished {"name":…,"status":"failed","message":…,"thrown":…,"frames":[…]}
 * bprop-case setup 3 --implementation: cannot load my.Adapter (…)
 * bprop-case complete
 * </pre>
 *
 * The last record, {@code complete}, tells a JVM that ran every case from one that ended early: an implementation
 * may call {@code System.exit(0)} in the middle of a case.
 */
final class ChildProtocol {
    static final String PREFIX = "bprop-case ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildProtocol() {
    }

    /** One record read back. */
    sealed interface Record {
    }

    /** A conformance test began. */
    record Started(TestName name) implements Record {
    }

    /** A conformance test ended. */
    record Finished(Outcome outcome) implements Record {
    }

    /** The suites could not be set up; {@code status} is the exit status it stands for (2 bad input, 3 setup). */
    record Setup(int status, String message) implements Record {
    }

    /** Every selected case ran. */
    record Complete() implements Record {
    }

    static String started(TestName name) {
        return PREFIX + "started " + name;
    }

    static String finished(Outcome outcome) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", outcome.name().toString());
        fields.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        fields.put("message", outcome.message());
        fields.put("thrown", outcome.thrown());
        fields.put("frames", outcome.frames());
        try {
            return PREFIX + "finished " + JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            // A map of strings and a list of strings always serialises.
            throw new IllegalStateException(e);
        }
    }

    static String setup(int status, String message) {
        return PREFIX + "setup " + status + " " + message.replace('\n', ' ');
    }

    static String complete() {
        return PREFIX + "complete";
    }

    /** The record a line holds; empty for any other line. */
    static Optional<Record> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] kindAndRest = line.substring(PREFIX.length()).split(" ", 2);
        if (kindAndRest.length < 2) {
            return kindAndRest[0].equals("complete") ? Optional.of(new Complete()) : Optional.empty();
        }
        String rest = kindAndRest[1];
        return switch (kindAndRest[0]) {
            case "started" -> TestName.parse(rest).map(Started::new);
            case "finished" -> outcome(rest).map(Finished::new);
            case "setup" -> {
                String[] statusAndMessage = rest.split(" ", 2);
                yield statusAndMessage.length == 2 && statusAndMessage[0].matches("[0-9]")
                        ? Optional.of(new Setup(Integer.parseInt(statusAndMessage[0]), statusAndMessage[1]))
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static Optional<Outcome> outcome(String json) {
        try {
            JsonNode fields = JSON.readTree(json);
            List<String> frames = new ArrayList<>();
            fields.get("frames").forEach(frame -> frames.add(frame.asText()));
            return TestName.parse(fields.get("name").asText()).map(name -> new Outcome(name,
                    Outcome.Status.valueOf(fields.get("status").asText().toUpperCase(Locale.ROOT)),
                    fields.get("message").asText(), fields.get("thrown").asText(), frames));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
