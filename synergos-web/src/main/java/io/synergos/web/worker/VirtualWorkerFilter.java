package io.synergos.web.worker;

import io.synergos.node.NodeConfig;
import io.synergos.web.problems.Problem;
import io.synergos.worker.VirtualWorkers;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The virtual Workers' base URLs, {@code /virtual/vK/} ({@link VirtualWorkers}). A virtual Worker's control calls
 * ({@code /virtual/vK/api/worker/datasets...} and {@code .../runs...}, nothing else) are forwarded to the Worker's control
 * API with the virtual Worker's name in the request attribute {@link #ATTRIBUTE}, where {@link WorkerControlFilter}
 * demands its own control key and the resource serves its own runs and slice of the data. Its grid socket
 * ({@code /virtual/vK/grid/RUN}) is refused with a plain 401 before the upgrade without the run's secret, as the node's
 * own ({@code GridHandshakeFilter}). Anything else under {@code /virtual/} is 404.
 */
@WebFilter(urlPatterns = "/virtual/*", asyncSupported = true)
public class VirtualWorkerFilter extends HttpFilter {

    /** The request attribute that names the virtual Worker a forwarded control call addresses. */
    public static final String ATTRIBUTE = "io.synergos.worker.virtual";

    /**
     * The control calls a virtual Worker answers: one name ({@code vK}), then {@code api/worker/datasets} or
     * {@code api/worker/runs} and at most two plain segments (a dataset and {@code header}, or a run, whose id a
     * benchmark's negative run has).
     */
    private static final Pattern CONTROL = Pattern.compile(
            "/virtual/(v[0-9]{1,4})/api/worker/((?:datasets|runs)(?:/(?:[A-Za-z0-9][A-Za-z0-9._-]*|-[0-9]+)){0,2})");

    private static final Pattern GRID = Pattern.compile("/virtual/(v[0-9]{1,4})/grid/[0-9-]+");

    @Inject
    NodeConfig node;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        Matcher grid = GRID.matcher(path);
        Matcher control = CONTROL.matcher(path);
        String name = grid.matches() ? grid.group(1) : control.matches() ? control.group(1) : null;
        if (name == null || node.role() != NodeConfig.Role.WORKER
                || VirtualWorkers.index(name, node.virtualWorkers()).isEmpty()) {
            problem(response, name == null ? "no such path under /virtual/: a virtual Worker answers "
                    + "/virtual/vK/api/worker/datasets..., /virtual/vK/api/worker/runs... and /virtual/vK/grid/RUN"
                    : "node " + node.name() + " hosts no virtual Worker '" + name + "' (it hosts "
                    + (node.role() == NodeConfig.Role.WORKER ? node.virtualWorkers() : 0) + ")");
            return;
        }
        if (grid.matches()) {
            if (!io.synergos.web.GridHandshakeFilter.refused(request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        request.setAttribute(ATTRIBUTE, name);
        String query = request.getQueryString();
        request.getRequestDispatcher("/api/worker/" + control.group(2) + (query == null ? "" : "?" + query))
                .forward(request, response);
    }

    private static void problem(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(Problem.body(jakarta.ws.rs.core.Response.Status.NOT_FOUND, "Not found", detail,
                java.util.Map.of()));
    }
}
