package io.synergos.websocket.protocol;

import jakarta.websocket.Session;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Switches Nagle's algorithm off on a grid socket (TCP_NODELAY). A grid exchange is write a frame, wait for one: with
 * Nagle on, the last TLS record of a frame waits for the peer's delayed acknowledgement. Undertow's WebSocket client
 * opens its connections without the option and the Jakarta API has no way to ask for it, so this reaches Undertow's
 * channel (UndertowSession.getWebSocketChannel().setOption(Options.TCP_NODELAY, true)) by reflection; on another
 * container it does nothing.
 */
public final class NoDelay {

    private static final Logger LOG = Logger.getLogger(NoDelay.class.getName());

    private NoDelay() {
    }

    public static void on(Session session) {
        try {
            Object channel = session.getClass().getMethod("getWebSocketChannel").invoke(session);
            ClassLoader loader = channel.getClass().getClassLoader();
            Class<?> options = Class.forName("org.xnio.Options", false, loader);
            Object option = options.getField("TCP_NODELAY").get(null);
            Method set = channel.getClass().getMethod("setOption", Class.forName("org.xnio.Option", false, loader),
                    Object.class);
            set.invoke(channel, option, Boolean.TRUE);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot switch Nagle's algorithm off on a grid socket", e);
        }
    }
}
