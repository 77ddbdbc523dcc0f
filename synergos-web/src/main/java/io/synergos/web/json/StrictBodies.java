package io.synergos.web.json;

import io.synergos.node.InvalidInputException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON request body, before it is bound: valid UTF-8 (not decoded leniently into replacement characters), well
 * formed JSON, and of the shape and JSON types its Java type declares ({@link JsonTypes}). A body that is not is
 * refused with what is wrong and where, and nothing is stored.
 */
@Provider
public class StrictBodies implements ReaderInterceptor {

    /**
     * Looked up once: {@code Json.createReader} looks the provider up through the service loader on every call, which in
     * the server searches the deployment's modules, and took a seventh of the TTP's time serving single records.
     */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))
                || context.getType() == String.class || context.getType() == byte[].class) {
            return context.proceed();
        }
        byte[] bytes = context.getInputStream().readAllBytes();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("the request body is not valid UTF-8");
        }
        if (!text.isBlank()) {
            JsonValue value;
            try (var reader = JSON.createReader(new StringReader(text))) {
                value = reader.readValue();
            } catch (JsonParsingException e) {
                throw new InvalidInputException("the request body is not well-formed JSON (line "
                        + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")");
            } catch (RuntimeException e) {
                // e.g. the parser's nesting limit, which it reports as a plain runtime exception
                throw new InvalidInputException("the request body is not well-formed JSON, or is nested too deeply");
            }
            try {
                JsonTypes.check(value, context.getGenericType());
            } catch (JsonTypes.Mismatch mismatch) {
                throw mismatch.path().isEmpty() ? new InvalidInputException("the request body " + mismatch.getMessage())
                        : new InvalidInputException(mismatch.path(), mismatch.getMessage());
            }
        }
        context.setInputStream(new ByteArrayInputStream(bytes));
        return context.proceed();
    }
}
