package io.synergos.dashboard.registry;

import io.synergos.lifecycle.ModelRegistry;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.registry.ModelVersion;
import io.synergos.persistence.registry.StageTransition;
import io.synergos.metadata.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The model registry of a project: its versions with stage and lineage, and the audit trail of every stage
 * transition (who, when, why). Without a project id it lists the projects to choose from.
 */
@Named
@RequestScoped
public class RegistryPage {

    @Inject
    RegistryService registry;

    @Inject
    ModelRegistry models;

    private Long project;
    private Project selected;
    private List<VersionRow> versions = List.of();
    private List<AuditRow> audit = List.of();
    private List<Project> projects;

    /** A registered version as the page shows it; {@code lineage} is flattened to name/value pairs. */
    public record VersionRow(long id, int number, String stage, long runId, String run, Instant createdAt, String checksum,
                             List<Map.Entry<String, String>> lineage, List<Map.Entry<String, String>> metrics,
                             List<String> nextStages, List<String> contributions) {
    }

    /** One audited stage transition. */
    public record AuditRow(int version, String from, String to, String actor, Instant at, String reason) {
    }

    public void load() {
        if (project == null) {
            return;
        }
        try {
            selected = registry.project(project);
        } catch (NotFoundException e) {
            return;
        }
        versions = models.versions(project).stream().sorted(Comparator.comparingInt(ModelVersion::getNumber)
                .reversed()).map(v -> row(v, models.contributions(v))).toList();
        audit = models.auditTrail(project).stream().map(RegistryPage::audit).toList();
    }

    private static VersionRow row(ModelVersion v, List<io.synergos.persistence.contribution.Contribution> contributions) {
        return new VersionRow(v.getId(), v.getNumber(), v.getStage().name(), v.getRun().getId(), v.getRun().getName(),
                v.getCreatedAt(), v.getChecksum(), entries(v.getLineage()), entries(v.getMetrics()),
                v.getStage().next().stream().map(Enum::name).toList(), contributions.stream().map(c -> c.getMethod()
                        + " (" + c.getMetric() + ", " + c.getStatus().name().toLowerCase() + "): " + c.getValues().stream()
                        .map(x -> x.getParticipant() + " " + String.format(java.util.Locale.ROOT, "%.1f %%",
                                100 * x.getShare()) + (x.isFlagged() && !x.isOverridden() ? " (flagged)" : ""))
                        .collect(java.util.stream.Collectors.joining(", "))).toList());
    }

    private static AuditRow audit(StageTransition t) {
        return new AuditRow(t.getModelVersion().getNumber(), t.getFromStage().name(), t.getToStage().name(),
                t.getActor(), t.getAt(), t.getReason());
    }

    /** The top-level entries of a JSON object; nested values as compact JSON. */
    static List<Map.Entry<String, String>> entries(String json) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return entries;
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        object.forEach((key, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                entries.add(Map.entry(key, value instanceof JsonString s ? s.getString() : value.toString()));
            }
        });
        return entries;
    }

    public List<Project> getProjects() {
        if (projects == null) {
            projects = registry.projects();
        }
        return projects;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Project getSelected() {
        return selected;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<AuditRow> getAudit() {
        return audit;
    }
}
