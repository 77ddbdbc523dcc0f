package io.synergos.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST control API of a node, under {@code /api}; its OpenAPI document is served at {@code /openapi}, built from
 * the resources' annotations, META-INF/openapi.yaml and {@link io.synergos.web.openapi.ApiContractFilter}.
 */
@ApplicationPath("/api")
public class SynergosApplication extends Application {
}
