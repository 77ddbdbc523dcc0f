package io.synergos.websocket.protocol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A binary frame with a flat float32 parameter vector. Layout, all little-endian:
 * <pre>
 *  0  4 bytes  magic "SYNG"
 *  4  u8       protocol version
 *  5  u8       kind ({@link FrameKind})
 *  6  u16      reserved, 0
 *  8  i32      round (0-based; -1 outside training)
 * 12  i64      sample count
 * 20  f64      loss
 * 28  i32      parameter count n
 * 32  n x f32  parameters
 * </pre>
 */
public record TensorFrame(FrameKind kind, int round, long samples, double loss, float[] parameters) {

    public static final int HEADER_BYTES = 32;
    private static final int MAGIC = 'S' | 'Y' << 8 | 'N' << 16 | 'G' << 24;

    public static TensorFrame request(FrameKind kind, int round, float[] parameters) {
        return new TensorFrame(kind, round, 0, Double.NaN, parameters);
    }

    /** A request carrying double-precision parameters, narrowed to float32 for the wire. */
    public static TensorFrame request(FrameKind kind, int round, double[] parameters) {
        return request(kind, round, narrow(parameters));
    }

    /** The parameters widened to double precision, as the numerical core works. */
    public double[] parametersAsDoubles() {
        double[] result = new double[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            result[i] = parameters[i];
        }
        return result;
    }

    public static float[] narrow(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }

    public int encodedSize() {
        return HEADER_BYTES + 4 * parameters.length;
    }

    /**
     * The frame's bytes. The returned buffer reads big-endian, Java's default, whatever the layout inside:
     * the JDK's own WebSocket client masks a little-endian buffer's payload in reversed 8-byte groups.
     */
    public ByteBuffer encode() {
        ByteBuffer buffer = ByteBuffer.allocate(encodedSize()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).put((byte) GridProtocol.VERSION).put((byte) kind.code()).putShort((short) 0)
                .putInt(round).putLong(samples).putDouble(loss).putInt(parameters.length);
        buffer.asFloatBuffer().put(parameters);
        return buffer.rewind().order(ByteOrder.BIG_ENDIAN);
    }

    public static TensorFrame decode(ByteBuffer message) {
        ByteBuffer buffer = message.slice().order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.remaining() < HEADER_BYTES) {
            throw new ProtocolException("tensor frame of " + buffer.remaining() + " bytes is shorter than its "
                    + HEADER_BYTES + "-byte header");
        }
        int magic = buffer.getInt();
        if (magic != MAGIC) {
            throw new ProtocolException(String.format("tensor frame does not start with the magic SYNG (0x%08x)",
                    Integer.reverseBytes(magic)));
        }
        int version = Byte.toUnsignedInt(buffer.get());
        if (version != GridProtocol.VERSION) {
            throw new ProtocolException("tensor frame has protocol version " + version + ", expected "
                    + GridProtocol.VERSION);
        }
        FrameKind kind = FrameKind.of(Byte.toUnsignedInt(buffer.get()));
        buffer.getShort();
        int round = buffer.getInt();
        long samples = buffer.getLong();
        double loss = buffer.getDouble();
        int count = buffer.getInt();
        if (count < 0 || count > GridProtocol.MAX_PARAMETERS) {
            throw new ProtocolException("tensor frame declares " + count + " parameters; the limit is "
                    + GridProtocol.MAX_PARAMETERS);
        }
        if (buffer.remaining() != 4L * count) {
            throw new ProtocolException("tensor frame declares " + count + " parameters (" + 4L * count
                    + " bytes) but carries " + buffer.remaining() + " bytes");
        }
        float[] parameters = new float[count];
        buffer.asFloatBuffer().get(parameters);
        return new TensorFrame(kind, round, samples, loss, parameters);
    }
}
