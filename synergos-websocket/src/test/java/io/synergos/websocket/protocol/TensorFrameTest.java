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
                .contains("declares 5 parameters"));

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

        assertThrows(ProtocolException.class, () -> ControlMessage.decode("{\"v\":2,\"type\":\"error\"}"));
        assertThrows(ProtocolException.class, () -> ControlMessage.decode("{\"v\":1,\"type\":\"launch\"}"));
        assertThrows(ProtocolException.class, () -> ControlMessage.decode("not json"));
        assertThrows(ProtocolException.class, () -> ControlMessage.decode("{\"v\":1,\"type\":\"error\",\"body\":"
                + "\"" + "x".repeat(GridProtocol.MAX_TEXT_BYTES) + "\"}"));
    }

    private static ByteBuffer copy(ByteBuffer source) {
        ByteBuffer copy = ByteBuffer.allocate(source.remaining());
        copy.put(source.duplicate()).flip();
        return copy;
    }
}
