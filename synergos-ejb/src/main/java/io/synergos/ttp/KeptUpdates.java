package io.synergos.ttp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One training round as the TTP keeps it for in-training contribution on a finished run: the round's starting
 * global parameters (float64, as the TTP computed them) and each participant's name, sample count and update
 * (float32, exactly as it arrived). Layout, little-endian: magic "SYKU", version 1, parameter count p,
 * participant count n, p float64, then n times: name length (bytes), UTF-8 name, sample count (i64), p float32.
 */
public record KeptUpdates(double[] global, List<String> participants, double[][] updates, long[] samples) {

    private static final int MAGIC = 'S' | 'Y' << 8 | 'K' << 16 | 'U' << 24;

    /** Bytes one round takes, for deciding whether a run's rounds may be kept. */
    public static long size(int parameters, int participants) {
        return 16L + 8L * parameters + participants * (4L + 100 + 8 + 4L * parameters);
    }

    public byte[] encode() {
        int p = global.length;
        List<byte[]> names = participants.stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toList();
        int size = 16 + 8 * p;
        for (byte[] name : names) {
            size += 4 + name.length + 8 + 4 * p;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(1).putInt(p).putInt(participants.size());
        for (double g : global) {
            buffer.putDouble(g);
        }
        for (int i = 0; i < participants.size(); i++) {
            buffer.putInt(names.get(i).length).put(names.get(i)).putLong(samples[i]);
            for (double u : updates[i]) {
                buffer.putFloat((float) u);
            }
        }
        return buffer.array();
    }

    public static KeptUpdates decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getInt() != MAGIC || buffer.getInt() != 1) {
            throw new IllegalArgumentException("not a kept round of updates (version 1)");
        }
        int p = buffer.getInt();
        int n = buffer.getInt();
        double[] global = new double[p];
        for (int i = 0; i < p; i++) {
            global[i] = buffer.getDouble();
        }
        List<String> names = new ArrayList<>();
        double[][] updates = new double[n][p];
        long[] samples = new long[n];
        for (int k = 0; k < n; k++) {
            byte[] name = new byte[buffer.getInt()];
            buffer.get(name);
            names.add(new String(name, StandardCharsets.UTF_8));
            samples[k] = buffer.getLong();
            for (int i = 0; i < p; i++) {
                updates[k][i] = buffer.getFloat();
            }
        }
        return new KeptUpdates(global, names, updates, samples);
    }
}
