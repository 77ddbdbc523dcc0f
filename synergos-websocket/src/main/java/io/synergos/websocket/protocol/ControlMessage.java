package io.synergos.websocket.protocol;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A JSON control message: {@code {"v": 2, "type": "...", "body": {...}}} (version 1 messages are read too).
 */
public record ControlMessage(ControlType type, JsonObject body) {

    public static ControlMessage of(ControlType type, JsonObject body) {
        return new ControlMessage(type, body);
    }

    public static ControlMessage error(String message) {
        return new ControlMessage(ControlType.ERROR, Json.createObjectBuilder().add("message", message).build());
    }

    public String encode() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("v", GridProtocol.VERSION)
                .add("type", type.wireName())
                .add("body", body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
        return json.build().toString();
    }

    public static ControlMessage decode(String text) {
        if (text.length() > GridProtocol.MAX_TEXT_BYTES
                || text.getBytes(StandardCharsets.UTF_8).length > GridProtocol.MAX_TEXT_BYTES) {
            throw new ProtocolException("control message exceeds " + GridProtocol.MAX_TEXT_BYTES + " bytes");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProtocolException("control message is not a JSON object: " + e.getMessage());
        } catch (RuntimeException e) {
            // the JSON provider's own limits (Parsson: "Input is too deeply nested") are plain RuntimeExceptions;
            // found by ProtocolFuzzTest
            throw new ProtocolException("control message is refused by the JSON reader: " + e.getMessage());
        }
        if (!json.containsKey("v") || json.get("v").getValueType() != JsonValue.ValueType.NUMBER
                || !GridProtocol.readable(json.getInt("v"))) {
            throw new ProtocolException("control message has no protocol version from " + GridProtocol.OLDEST_READABLE
                    + " to " + GridProtocol.VERSION);
        }
        if (!json.containsKey("type") || json.get("type").getValueType() != JsonValue.ValueType.STRING) {
            throw new ProtocolException("control message has no string field 'type'");
        }
        JsonValue body = json.get("body");
        if (body != null && body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProtocolException("control message field 'body' is not an object");
        }
        return new ControlMessage(ControlType.ofWireName(json.getString("type")),
                body == null ? JsonValue.EMPTY_JSON_OBJECT : body.asJsonObject());
    }

    public String errorMessage() {
        return body.getString("message", "unspecified error");
    }
}
