package io.synergos.dashboard.contribution;

import io.synergos.contribution.RewardService;
import io.synergos.node.NotFoundException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A reward allocation exported for finance from the dashboard (admin only, web.xml): {@code format=csv} (one line
 * per participant, then the total) or {@code json}, as the REST API's export answers.
 */
@WebServlet("/export/allocation")
public class AllocationExport extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    RewardService rewards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be an allocation's number");
            return;
        }
        String format = request.getParameter("format") == null ? "csv" : request.getParameter("format");
        try {
            String body = switch (format) {
                case "csv" -> rewards.csv(id);
                case "json" -> JSON.toJson(rewards.view(id));
                default -> null;
            };
            if (body == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be csv or json");
                return;
            }
            response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8" : "application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=allocation-" + id + "." + format);
            response.getWriter().write(body);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }
}
