package io.synergos.websocket.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The grid protocol's decoders under fuzzing: any byte sequence, and any valid frame damaged by flipped bytes,
 * truncation, extension or a forged header field, either decodes to a valid frame or is refused with a
 * {@link ProtocolException}, never another exception; a decoded frame never holds more than its bytes carried, so
 * a peer cannot make the other allocate more than it sent. Control messages likewise, for any text. Each property
 * counts its cases and prints them when the class ends.
 */
class ProtocolFuzzTest {

    private static final Map<String, AtomicLong[]> COUNTS = new ConcurrentHashMap<>();

    @Property(tries = 3000)
    void anyBytesDecodeToATensorFrameOrAreRefused(@ForAll("anyBytes") byte[] bytes) {
        decodeTensor("tensor frames from random bytes", bytes);
    }

    @Property(tries = 3000)
    void anyBytesDecodeToAMetricsFrameOrAreRefused(@ForAll("anyBytes") byte[] bytes) {
        decodeMetrics("metrics frames from random bytes", bytes);
    }

    @Property(tries = 3000)
    void damagedTensorFramesDecodeOrAreRefused(@ForAll("damagedTensorFrames") byte[] bytes) {
        decodeTensor("damaged tensor frames", bytes);
    }

    @Property(tries = 3000)
    void damagedMetricsFramesDecodeOrAreRefused(@ForAll("damagedMetricsFrames") byte[] bytes) {
        decodeMetrics("damaged metrics frames", bytes);
    }

    @Property(tries = 1000)
    void validFramesRoundTripExactly(@ForAll("tensorFrames") TensorFrame frame) {
        TensorFrame decoded = TensorFrame.decode(frame.encode());
        count("valid tensor frames round-tripped", true);
        if (decoded.kind() != frame.kind() || decoded.round() != frame.round() || decoded.samples() != frame.samples()
                || Double.compare(decoded.loss(), frame.loss()) != 0
                || !java.util.Arrays.equals(decoded.parameters(), frame.parameters())) {
            throw new AssertionError("round trip changed the frame: " + frame + " -> " + decoded);
        }
    }

    @Property(tries = 3000)
    void anyTextDecodesToAControlMessageOrIsRefused(@ForAll("controlTexts") String text) {
        try {
            ControlMessage message = ControlMessage.decode(text);
            if (message.type() == null || message.body() == null) {
                throw new AssertionError("decoded without a type or body: " + text);
            }
            count("control messages from generated text", true);
        } catch (ProtocolException refused) {
            count("control messages from generated text", false);
        }
    }

    @AfterContainer
    static void printCounts() {
        for (Map.Entry<String, AtomicLong[]> e : new TreeMap<>(COUNTS).entrySet()) {
            long decoded = e.getValue()[0].get();
            long refused = e.getValue()[1].get();
            System.out.printf("grid protocol fuzz, %s: %d cases, %d decoded, %d refused with a protocol error%n",
                    e.getKey(), decoded + refused, decoded, refused);
        }
    }

    // --- decoding, with the only outcomes allowed ---

    private static void decodeTensor(String what, byte[] bytes) {
        try {
            TensorFrame frame = TensorFrame.decode(ByteBuffer.wrap(bytes));
            if (TensorFrame.HEADER_BYTES + 4L * frame.parameters().length != bytes.length) {
                throw new AssertionError("a frame of " + bytes.length + " bytes decoded to " + frame.parameters().length
                        + " parameters");
            }
            count(what, true);
        } catch (ProtocolException refused) {
            count(what, false);
        }
    }

    private static void decodeMetrics(String what, byte[] bytes) {
        try {
            MetricsFrame frame = MetricsFrame.decode(ByteBuffer.wrap(bytes));
            if (FrameHeader.BYTES + 8L * frame.values().length != bytes.length) {
                throw new AssertionError("a frame of " + bytes.length + " bytes decoded to " + frame.values().length
                        + " values");
            }
            count(what, true);
        } catch (ProtocolException refused) {
            count(what, false);
        }
    }

    private static void count(String what, boolean decoded) {
        COUNTS.computeIfAbsent(what, k -> new AtomicLong[] {new AtomicLong(), new AtomicLong()})[decoded ? 0 : 1]
                .incrementAndGet();
    }

    // --- generators ---

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(256);
        // random bytes behind a valid magic and version, so that the decoder gets past its first checks
        Arbitrary<byte[]> behindMagic = random.map(tail -> {
            byte[] bytes = new byte[5 + tail.length];
            bytes[0] = 'S';
            bytes[1] = 'Y';
            bytes[2] = 'N';
            bytes[3] = 'G';
            bytes[4] = (byte) GridProtocol.VERSION;
            System.arraycopy(tail, 0, bytes, 5, tail.length);
            return bytes;
        });
        return Arbitraries.oneOf(random, behindMagic);
    }

    @Provide
    Arbitrary<TensorFrame> tensorFrames() {
        Arbitrary<FrameKind> kinds = Arbitraries.of(FrameKind.TRAIN, FrameKind.LOCAL_UPDATE, FrameKind.EVALUATE,
                FrameKind.PREDICT, FrameKind.FINISH, FrameKind.EVALUATE_CANDIDATES);
        Arbitrary<float[]> parameters = Arbitraries.floats().list().ofMaxSize(64).map(list -> {
            float[] values = new float[list.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = list.get(i);
            }
            return values;
        });
        return Combinators.combine(kinds, Arbitraries.integers().between(-1, 10_000), Arbitraries.longs(),
                Arbitraries.doubles(), parameters).as(TensorFrame::new);
    }

    @Provide
    Arbitrary<byte[]> damagedTensorFrames() {
        return damaged(tensorFrames().map(f -> bytes(f.encode())));
    }

    @Provide
    Arbitrary<byte[]> damagedMetricsFrames() {
        Arbitrary<byte[]> valid = Combinators.combine(Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 8)).flatAs((candidates, width) ->
                Arbitraries.doubles().array(double[].class).ofSize(candidates * width)
                        .map(values -> bytes(new MetricsFrame(candidates, values).encode())));
        return damaged(valid);
    }

    /** A valid frame, then one of: flipped bytes, a cut, extra bytes, or a forged header field. */
    private static Arbitrary<byte[]> damaged(Arbitrary<byte[]> valid) {
        return valid.flatMap(frame -> Arbitraries.oneOf(
                Arbitraries.integers().between(0, frame.length - 1).list().ofMinSize(1).ofMaxSize(4)
                        .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                            byte[] copy = frame.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        })),
                Arbitraries.integers().between(0, frame.length - 1).map(cut -> java.util.Arrays.copyOf(frame, cut)),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16).map(extra -> {
                    byte[] longer = java.util.Arrays.copyOf(frame, frame.length + extra.length);
                    System.arraycopy(extra, 0, longer, frame.length, extra.length);
                    return longer;
                }),
                forgedField(frame, 4, Arbitraries.integers().between(0, 255).map(i -> (long) i), 1),
                forgedField(frame, 5, Arbitraries.integers().between(0, 255).map(i -> (long) i), 1),
                forgedField(frame, 6, Arbitraries.integers().between(0, 255).map(i -> (long) i), 1),
                forgedField(frame, 12, Arbitraries.longs(), 8),
                forgedField(frame, 28, Arbitraries.oneOf(Arbitraries.integers(),
                        Arbitraries.of(-1, Integer.MAX_VALUE, Integer.MIN_VALUE, GridProtocol.MAX_PARAMETERS,
                                GridProtocol.MAX_PARAMETERS + 1)).map(i -> (long) i), 4)));
    }

    private static Arbitrary<byte[]> forgedField(byte[] frame, int offset, Arbitrary<Long> values, int width) {
        return values.map(value -> {
            ByteBuffer copy = ByteBuffer.wrap(frame.clone()).order(ByteOrder.LITTLE_ENDIAN);
            switch (width) {
                case 1 -> copy.put(offset, (byte) (long) value);
                case 4 -> copy.putInt(offset, (int) (long) value);
                default -> copy.putLong(offset, value);
            }
            return copy.array();
        });
    }

    @Provide
    Arbitrary<String> controlTexts() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> types = Arbitraries.oneOf(Arbitraries.of(ControlType.values()).map(ControlType::wireName),
                Arbitraries.strings().alpha().ofMaxLength(12));
        Arbitrary<String> jsonValues = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1e999"),
                Arbitraries.strings().alpha().ofMaxLength(8).map(s -> "\"" + s + "\""),
                Arbitraries.of("null", "true", "[]", "{}", "{\"message\":\"x\"}", "[1,2", "{\"a\":", "\"\\ud800\""));
        Arbitrary<String> shaped = Combinators.combine(jsonValues, types, jsonValues).as((v, type, body) ->
                "{\"v\":" + v + ",\"type\":\"" + type + "\",\"body\":" + body + "}");
        Arbitrary<String> valid = Combinators.combine(Arbitraries.of(1, 2), types).as((v, type) ->
                "{\"v\":" + v + ",\"type\":\"" + type + "\",\"body\":{}}");
        Arbitrary<String> deep = Arbitraries.integers().between(1, 1500).map(depth ->
                "{\"v\":2,\"type\":\"ready\",\"body\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}");
        return Arbitraries.oneOf(anyText, shaped, valid, deep);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
