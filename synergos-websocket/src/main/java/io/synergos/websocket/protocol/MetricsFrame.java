package io.synergos.websocket.protocol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A Worker's answer to EVALUATE_CANDIDATES (version 2): for each of the K candidates, in the order they came,
 * the same number of float64 metric sums measured on its validation data (the header's element type is 1,
 * its sample count K). What the sums are is the numerical core's business (a confusion matrix, histograms,
 * sums of errors); they add up across Workers, so no row is needed to pool them.
 */
public record MetricsFrame(int candidates, double[] values) {

    public MetricsFrame {
        if (candidates < 0 || (candidates == 0 ? values.length != 0 : values.length % candidates != 0)) {
            throw new IllegalArgumentException(values.length + " values cannot be split among " + candidates
                    + " candidates");
        }
    }

    /** How many values each candidate has. */
    public int width() {
        return candidates == 0 ? 0 : values.length / candidates;
    }

    public double[] candidate(int k) {
        return java.util.Arrays.copyOfRange(values, k * width(), (k + 1) * width());
    }

    public ByteBuffer encode() {
        ByteBuffer buffer = ByteBuffer.allocate(FrameHeader.BYTES + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        new FrameHeader(GridProtocol.VERSION, FrameKind.CANDIDATE_METRICS, FrameHeader.FLOAT64, -1, candidates,
                Double.NaN, values.length).write(buffer);
        buffer.asDoubleBuffer().put(values);
        return buffer.rewind().order(ByteOrder.BIG_ENDIAN);
    }

    public static MetricsFrame decode(ByteBuffer message) {
        ByteBuffer buffer = message.slice().order(ByteOrder.LITTLE_ENDIAN);
        FrameHeader header = FrameHeader.read(buffer);
        if (header.kind() != FrameKind.CANDIDATE_METRICS || header.elementType() != FrameHeader.FLOAT64) {
            throw new ProtocolException("a " + header.kind() + " frame is not a float64 CANDIDATE_METRICS frame");
        }
        if (header.samples() < 0 || header.samples() > GridProtocol.MAX_CANDIDATES
                || (header.samples() == 0 ? header.count() != 0 : header.count() % header.samples() != 0)) {
            throw new ProtocolException("CANDIDATE_METRICS frame of " + header.count() + " values declares "
                    + header.samples() + " candidates");
        }
        double[] values = new double[header.count()];
        buffer.asDoubleBuffer().get(values);
        return new MetricsFrame((int) header.samples(), values);
    }
}
