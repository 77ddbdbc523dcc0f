package io.synergos.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST control API of a node, under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Synergos control API", version = "1",
        description = "Registration, grid control and results at the TTP; datasets and run preparation at a Worker."))
public class SynergosApplication extends Application {
}
