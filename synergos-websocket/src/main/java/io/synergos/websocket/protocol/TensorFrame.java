package io.synergos.websocket.protocol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A binary frame with a flat float32 parameter vector (the header is {@link FrameHeader}; element type 0). It
 * carries global parameters (TRAIN, EVALUATE, PREDICT, FINISH), a local update (LOCAL_UPDATE) or K candidate
 * models concatenated (EVALUATE_CANDIDATES, K in the sample count field).
 */
public record TensorFrame(FrameKind kind, int round, long samples, double loss, float[] parameters) {

    public static final int HEADER_BYTES = FrameHeader.BYTES;

    public static TensorFrame request(FrameKind kind, int round, float[] parameters) {
        return new TensorFrame(kind, round, 0, Double.NaN, parameters);
    }

    /** A request carrying double-precision parameters, narrowed to float32 for the wire. */
    public static TensorFrame request(FrameKind kind, int round, double[] parameters) {
        return request(kind, round, narrow(parameters));
    }

    /** K candidate models of the same size in one frame. */
    public static TensorFrame candidates(java.util.List<double[]> models) {
        int size = models.isEmpty() ? 0 : models.get(0).length;
        float[] all = new float[size * models.size()];
        for (int k = 0; k < models.size(); k++) {
            double[] model = models.get(k);
            if (model.length != size) {
                throw new IllegalArgumentException("candidate " + k + " has " + model.length + " parameters, not " + size);
            }
            for (int i = 0; i < size; i++) {
                all[k * size + i] = (float) model[i];
            }
        }
        return new TensorFrame(FrameKind.EVALUATE_CANDIDATES, -1, models.size(), Double.NaN, all);
    }

    /** The parameters widened to double precision, as the numerical core works. */
    public double[] parametersAsDoubles() {
        double[] result = new double[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            result[i] = parameters[i];
        }
        return result;
    }

    /** Candidate {@code k} of an EVALUATE_CANDIDATES frame of models of {@code size} parameters. */
    public double[] candidate(int k, int size) {
        double[] result = new double[size];
        for (int i = 0; i < size; i++) {
            result[i] = parameters[k * size + i];
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
        new FrameHeader(GridProtocol.VERSION, kind, FrameHeader.FLOAT32, round, samples, loss, parameters.length)
                .write(buffer);
        buffer.asFloatBuffer().put(parameters);
        return buffer.rewind().order(ByteOrder.BIG_ENDIAN);
    }

    public static TensorFrame decode(ByteBuffer message) {
        ByteBuffer buffer = message.slice().order(ByteOrder.LITTLE_ENDIAN);
        FrameHeader header = FrameHeader.read(buffer);
        if (header.elementType() != FrameHeader.FLOAT32 || header.kind() == FrameKind.CANDIDATE_METRICS) {
            throw new ProtocolException("a " + header.kind() + " frame does not carry float32 parameters");
        }
        float[] parameters = new float[header.count()];
        buffer.asFloatBuffer().get(parameters);
        return new TensorFrame(header.kind(), header.round(), header.samples(), header.loss(), parameters);
    }
}
