package io.synergos.web;

import io.synergos.websocket.protocol.GridProtocol;
import io.synergos.websocket.worker.GridParticipant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a grid handshake without the run's secret with a plain 401 before the WebSocket upgrade begins.
 * The endpoint's own handshake check stays behind it.
 */
@WebFilter(urlPatterns = "/grid/*", asyncSupported = true)
public class GridHandshakeFilter extends HttpFilter {

    @Inject
    GridParticipant participant;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        String token = request.getHeader(GridProtocol.TOKEN_HEADER);
        long runId;
        try {
            runId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (token == null || !participant.accepts(runId, token)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("text/plain");
            response.getWriter().write("grid handshake for run " + runId + " refused: missing or wrong "
                    + GridProtocol.TOKEN_HEADER);
            return;
        }
        chain.doFilter(request, response);
    }
}
