package io.synergos.ttp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A training run's state after {@code rounds} rounds, as the TTP saves it ({@link RunLedger#saveRound}) and resumes
 * from it: the global parameters (float64, exactly as aggregated), the early-stopping state and the free-rider
 * statistics' state.
 */
record Checkpoint(int rounds, double[] global, double bestLoss, int roundsWithoutImprovement, byte[] statistics) {

    byte[] parameterBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(8 * global.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double g : global) {
            buffer.putDouble(g);
        }
        return buffer.array();
    }

    static double[] parameters(byte[] bytes) {
        if (bytes.length % 8 != 0) {
            throw new IllegalArgumentException("a checkpoint's parameters are float64: " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] global = new double[bytes.length / 8];
        for (int i = 0; i < global.length; i++) {
            global[i] = buffer.getDouble();
        }
        return global;
    }
}
