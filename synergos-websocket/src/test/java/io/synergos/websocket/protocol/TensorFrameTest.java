package io.synergos.websocket.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class TensorFrameTest {

    @Test
    void roundTripsEveryField() {
        TensorFrame frame = new TensorFrame(FrameKind.LOCAL_UPDATE, 7, 123L, 0.25, new float[] {1.5f, -2f, 3e-7f});
        ByteBuffer bytes = frame.encode();
        assertEquals(TensorFrame.HEADER_BYTES + 12, bytes.remaining());
        assertEquals(ByteOrder.BIG_ENDIAN, bytes.order(), "the JDK WebSocket client needs the default order");
        assertEquals('S', bytes.get(0));
        assertEquals(1.5f, bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).getFloat(TensorFrame.HEADER_BYTES));
        TensorFrame decoded = TensorFrame.decode(bytes);
        assertEquals(FrameKind.LOCAL_UPDATE, decoded.kind());
        assertEquals(7, decoded.round());
        assertEquals(123L, decoded.samples());
        assertEquals(0.25, decoded.loss());
        assertArrayEquals(frame.parameters(), decoded.parameters());
    }

    @Test
    void refusesWrongMagicVersionAndLength() {
        ByteBuffer good = TensorFrame.request(FrameKind.TRAIN, 0, new float[4]).encode();

        ByteBuffer badMagic = copy(good);
        badMagic.put(0, (byte) 'X');
        assertTrue(assertThrows(ProtocolException.class, () -> TensorFrame.decode(badMagic)).getMessage()
                .contains("magic"));

        ByteBuffer badVersion = copy(good);
        badVersion.put(4, (byte) 9);
        assertTrue(assertThrows(ProtocolException.class, () -> TensorFrame.decode(badVersion)).getMessage()
                .contains("version 9"));

        ByteBuffer lying = copy(good).order(ByteOrder.LITTLE_ENDIAN);
        lying.putInt(28, 5);
        assertTrue(assertThrows(ProtocolException.class, () -> TensorFrame.decode(lying)).getMessage()
                .contains("declares 5 elements"));

        ByteBuffer huge = copy(good).order(ByteOrder.LITTLE_ENDIAN);
        huge.putInt(28, GridProtocol.MAX_PARAMETERS + 1);
        assertTrue(assertThrows(ProtocolException.class, () -> TensorFrame.decode(huge)).getMessage()
                .contains("limit"));

        assertThrows(ProtocolException.class, () -> TensorFrame.decode(ByteBuffer.allocate(10)));
    }

    @Test
    void controlMessagesCarryVersionAndType() {
        ControlMessage error = ControlMessage.error("boom");
        ControlMessage decoded = ControlMessage.decode(error.encode());
        assertEquals(ControlType.ERROR, decoded.type());
        assertEquals("boom", decoded.errorMessage());

        assertThrows(ProtocolException.class, () -> ControlMessage.decode("{\"v\":3,\"type\":\"error\"}"));
        assertEquals(ControlType.FINISHED, ControlMessage.decode("{\"v\":1,\"type\":\"finished\"}").type(),
                "version 1 messages are still read");
        assertThrows(ProtocolException.class, () -> ControlMessage.decode("{\"v\":1,\"type\":\"launch\"}"));
        assertThrows(ProtocolException.class, () -> ControlMessage.decode("not json"));
        assertThrows(ProtocolException.class, () -> ControlMessage.decode("{\"v\":1,\"type\":\"error\",\"body\":"
                + "\"" + "x".repeat(GridProtocol.MAX_TEXT_BYTES) + "\"}"));
    }

    @Test
    void candidatesTravelAsOneFrameAndTheirMetricsAsFloat64() {
        TensorFrame batch = TensorFrame.candidates(java.util.List.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        TensorFrame decoded = TensorFrame.decode(batch.encode());
        assertEquals(FrameKind.EVALUATE_CANDIDATES, decoded.kind());
        assertEquals(2, decoded.samples(), "K in the sample count field");
        assertArrayEquals(new double[] {4, 5, 6}, decoded.candidate(1, 3));

        MetricsFrame metrics = new MetricsFrame(2, new double[] {0.1, 1e-300, 3, 4.000000000000001});
        ByteBuffer bytes = metrics.encode();
        assertEquals(TensorFrame.HEADER_BYTES + 32, bytes.remaining());
        assertEquals(1, bytes.get(6), "element type float64");
        Reply reply = Reply.ofBinary(bytes);
        MetricsFrame back = ((Reply.Metrics) reply).frame();
        assertArrayEquals(metrics.values(), back.values(), "float64, bit for bit");
        assertArrayEquals(new double[] {3, 4.000000000000001}, back.candidate(1));
        assertTrue(Reply.ofBinary(new TensorFrame(FrameKind.LOCAL_UPDATE, 0, 1, 0, new float[2]).encode())
                instanceof Reply.Tensor);
    }

    @Test
    void version1FramesAreReadButCannotCarryVersion2Kinds() {
        ByteBuffer v1 = copy(TensorFrame.request(FrameKind.TRAIN, 3, new float[] {2f}).encode());
        v1.put(4, (byte) 1);
        assertEquals(3, TensorFrame.decode(v1).round());
        ByteBuffer v1Candidates = copy(TensorFrame.candidates(java.util.List.of(new double[] {1})).encode());
        v1Candidates.put(4, (byte) 1);
        assertTrue(assertThrows(ProtocolException.class, () -> TensorFrame.decode(v1Candidates)).getMessage()
                .contains("does not exist in protocol version 1"));
    }

    @Test
    void refusesFramesOfTheWrongElementTypeOrShape() {
        ByteBuffer metrics = new MetricsFrame(1, new double[] {1, 2}).encode();
        assertTrue(assertThrows(ProtocolException.class, () -> TensorFrame.decode(metrics)).getMessage()
                .contains("does not carry float32"));
        ByteBuffer tensor = TensorFrame.request(FrameKind.TRAIN, 0, new float[2]).encode();
        assertThrows(ProtocolException.class, () -> MetricsFrame.decode(tensor));
        ByteBuffer uneven = copy(new MetricsFrame(1, new double[] {1, 2, 3}).encode()).order(ByteOrder.LITTLE_ENDIAN);
        uneven.putLong(12, 2);
        assertTrue(assertThrows(ProtocolException.class, () -> MetricsFrame.decode(uneven)).getMessage()
                .contains("declares 2 candidates"));
        ByteBuffer unknownType = copy(tensor);
        unknownType.put(6, (byte) 7);
        assertTrue(assertThrows(ProtocolException.class, () -> TensorFrame.decode(unknownType)).getMessage()
                .contains("element type 7"));
    }

    private static ByteBuffer copy(ByteBuffer source) {
        ByteBuffer copy = ByteBuffer.allocate(source.remaining());
        copy.put(source.duplicate()).flip();
        return copy;
    }
}
