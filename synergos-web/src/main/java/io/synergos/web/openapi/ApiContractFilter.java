package io.synergos.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of the API shares, added to the OpenAPI document once instead of on 93 methods: the error
 * responses, each {@code application/problem+json} with the {@code Problem} schema, the security requirement
 * (the node's accounts or a bearer token; a Worker's control API: its control key), and the summary as the
 * description where the operation has no longer one. Which role may call which
 * operation is declared in the README's table and checked by AuthorisationMatrixIT.
 */
public class ApiContractFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";

    /** The errors every operation may answer, and what they mean here. */
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "The request is invalid: the problem's detail says what is wrong and where");
        ERRORS.put("401", "Not signed in, or the credentials are wrong");
        ERRORS.put("403", "Signed in, but no role of the caller may call this operation");
        ERRORS.put("404", "No such object, or one of another organisation, which the caller may not see");
        ERRORS.put("409", "The object's state does not allow this now");
        ERRORS.put("500", "An unexpected failure; the detail names the incident in the server's log");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean workerControl = path.contains("/worker/");
            for (Operation operation : operations(item)) {
                if (operation.getDescription() == null && operation.getSummary() != null) {
                    operation.setDescription(operation.getSummary() + ".");
                }
                errors(operation);
                if (workerControl) {
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("controlKey")));
                }
            }
        });
    }

    private static void errors(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            if (responses.hasAPIResponse(error.getKey())) {
                continue;
            }
            responses.addAPIResponse(error.getKey(), OASFactory.createAPIResponse().description(error.getValue())
                    .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem")))));
        }
    }

    private static List<Operation> operations(PathItem item) {
        return java.util.stream.Stream.of(item.getGET(), item.getPUT(), item.getPOST(), item.getDELETE(),
                item.getPATCH(), item.getHEAD(), item.getOPTIONS()).filter(java.util.Objects::nonNull).toList();
    }
}
