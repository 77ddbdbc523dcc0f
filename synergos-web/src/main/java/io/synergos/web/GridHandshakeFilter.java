package io.synergos.web;

import io.synergos.websocket.protocol.GridProtocol;
import io.synergos.websocket.worker.GridWorkerEndpoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers a grid handshake without the run's secret with a plain 401 before the WebSocket upgrade begins.
 * The endpoint's own handshake check stays behind it.
 */
@WebFilter(urlPatterns = "/grid/*", asyncSupported = true)
public class GridHandshakeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!refused(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Answers 401 with the reason when the grid handshake {@code request} (the node's or a virtual Worker's) lacks
     * the run's secret; true when it did.
     */
    public static boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> refusal = GridWorkerEndpoint.handshakeRefusal(request.getRequestURI(),
                request.getHeader(GridProtocol.TOKEN_HEADER));
        if (refusal.isEmpty()) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/plain");
        response.getWriter().write(refusal.get());
        return true;
    }
}
