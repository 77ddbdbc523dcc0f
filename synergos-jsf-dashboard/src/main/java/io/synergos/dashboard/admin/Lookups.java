package io.synergos.dashboard.admin;

import io.synergos.node.NotFoundException;
import io.synergos.persistence.project.Experiment;
import io.synergos.metadata.RegistryService;

/** Names of what a form adds to, or null when the id names nothing (the page then says so). */
final class Lookups {

    private Lookups() {
    }

    static String projectName(RegistryService registry, Long id) {
        try {
            return id == null ? null : registry.project(id).getName();
        } catch (NotFoundException e) {
            return null;
        }
    }

    static Experiment experiment(RegistryService registry, Long id) {
        try {
            return id == null ? null : registry.experiment(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
