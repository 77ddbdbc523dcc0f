package io.synergos.dashboard.live;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * The dashboard's live channel: a page opens it to receive every live grid's changes from {@link GridPush}. It sits
 * under the dashboard's sign-in (web.xml), so only a signed-in admin or viewer reaches it; it sends, never reads.
 */
@ServerEndpoint("/live/grids")
public class GridSocket {

    @Inject
    GridPush push;

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        session.setMaxTextMessageBufferSize(1024);
        push.open(session);
    }

    @OnClose
    public void close(Session session) {
        push.close(session);
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        push.close(session);
    }
}
