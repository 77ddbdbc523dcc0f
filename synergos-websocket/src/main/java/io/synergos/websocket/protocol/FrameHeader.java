package io.synergos.websocket.protocol;

import java.nio.ByteBuffer;

/**
 * The 32-byte header every binary frame starts with, little-endian:
 * <pre>
 *  0  4 bytes  magic "SYNG"
 *  4  u8       protocol version
 *  5  u8       kind ({@link FrameKind})
 *  6  u8       element type: 0 float32, 1 float64 (version 1: always 0)
 *  7  u8       reserved, 0
 *  8  i32      round (0-based; -1 outside training)
 * 12  i64      sample count (LOCAL_UPDATE), or the number of candidates (EVALUATE_CANDIDATES, CANDIDATE_METRICS)
 * 20  f64      loss
 * 28  i32      element count n
 * 32  n elements of the element type
 * </pre>
 */
record FrameHeader(int version, FrameKind kind, int elementType, int round, long samples, double loss, int count) {

    static final int BYTES = 32;
    static final int FLOAT32 = 0;
    static final int FLOAT64 = 1;
    private static final int MAGIC = 'S' | 'Y' << 8 | 'N' << 16 | 'G' << 24;

    int elementBytes() {
        return elementType == FLOAT64 ? 8 : 4;
    }

    void write(ByteBuffer littleEndian) {
        littleEndian.putInt(MAGIC).put((byte) version).put((byte) kind.code()).put((byte) elementType).put((byte) 0)
                .putInt(round).putLong(samples).putDouble(loss).putInt(count);
    }

    /** Reads and checks the header of a whole frame; the buffer is left at the first element. */
    static FrameHeader read(ByteBuffer littleEndian) {
        if (littleEndian.remaining() < BYTES) {
            throw new ProtocolException("binary frame of " + littleEndian.remaining() + " bytes is shorter than its "
                    + BYTES + "-byte header");
        }
        int magic = littleEndian.getInt();
        if (magic != MAGIC) {
            throw new ProtocolException(String.format("binary frame does not start with the magic SYNG (0x%08x)",
                    Integer.reverseBytes(magic)));
        }
        int version = Byte.toUnsignedInt(littleEndian.get());
        if (!GridProtocol.readable(version)) {
            throw new ProtocolException("binary frame has protocol version " + version + "; this peer reads versions "
                    + GridProtocol.OLDEST_READABLE + " to " + GridProtocol.VERSION);
        }
        FrameKind kind = FrameKind.of(Byte.toUnsignedInt(littleEndian.get()));
        if (kind.since() > version) {
            throw new ProtocolException("frame kind " + kind + " does not exist in protocol version " + version);
        }
        int elementType = Byte.toUnsignedInt(littleEndian.get());
        if (elementType != FLOAT32 && elementType != FLOAT64) {
            throw new ProtocolException("binary frame has unknown element type " + elementType);
        }
        littleEndian.get();
        int round = littleEndian.getInt();
        long samples = littleEndian.getLong();
        double loss = littleEndian.getDouble();
        int count = littleEndian.getInt();
        FrameHeader header = new FrameHeader(version, kind, elementType, round, samples, loss, count);
        int limit = elementType == FLOAT64 ? GridProtocol.MAX_PARAMETERS / 2 : GridProtocol.MAX_PARAMETERS;
        if (count < 0 || count > limit) {
            throw new ProtocolException("binary frame declares " + count + " elements; the limit is " + limit);
        }
        if (littleEndian.remaining() != (long) header.elementBytes() * count) {
            throw new ProtocolException("binary frame declares " + count + " elements (" + (long) header.elementBytes()
                    * count + " bytes) but carries " + littleEndian.remaining() + " bytes");
        }
        return header;
    }

    /** The kind of a frame, read without decoding it. */
    static FrameKind peekKind(ByteBuffer frame) {
        if (frame.remaining() < BYTES) {
            throw new ProtocolException("binary frame of " + frame.remaining() + " bytes is shorter than its "
                    + BYTES + "-byte header");
        }
        return FrameKind.of(Byte.toUnsignedInt(frame.get(frame.position() + 5)));
    }
}
