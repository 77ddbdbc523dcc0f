package io.synergos.dashboard.contribution;

import io.synergos.admin.AdminTasks;
import io.synergos.contribution.AllocationRequest;
import io.synergos.contribution.AllocationView;
import io.synergos.contribution.ContributionRequest;
import io.synergos.contribution.ContributionService;
import io.synergos.contribution.ContributionView;
import io.synergos.contribution.RewardService;
import io.synergos.dashboard.session.Feedback;
import io.synergos.dashboard.session.Formats;
import io.synergos.federation.contribution.ContributionMetric;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.run.Run;
import io.synergos.metadata.RegistryService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A run's "Contribution &amp; reward" page: every contribution computation of the run, the selected one's values
 * (bars with their 95 % intervals), free-rider flags with their evidence, the method and its cost; and, for
 * admins, the forms to compute, override a flag, allocate a reward pool and publish it.
 */
@Named
@ViewScoped
public class ContributionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionService contributions;

    @Inject
    RewardService rewards;

    @Inject
    RegistryService registry;

    @Inject
    AdminTasks admin;

    private Long runId;
    private Long selectedId;
    private String runName;
    private Long projectId;
    private String projectName;
    private List<String> participantsWithEvaluateData = List.of();
    private List<ContributionView> computations = List.of();
    private ContributionView selected;
    private List<AllocationView> allocations = List.of();

    private String method = "in-training";
    private String metric;
    private List<String> validators = new ArrayList<>();
    private boolean sampled;

    private String flagged;
    @Size(max = 2000, message = "must be at most 2000 characters")
    private String overrideReason;

    private String policy = "proportional";
    @NotBlank(message = "is required: the amount to split")
    private String pool;
    private String unit = "EUR";
    private Integer decimals = 2;
    private String tiers;
    private String note;

    public void load() {
        if (runId == null) {
            return;
        }
        try {
            Run run = registry.run(runId);
            runName = run.getName();
            projectId = run.getExperiment().getProject().getId();
            projectName = run.getExperiment().getProject().getName();
            participantsWithEvaluateData = contributions.participantsWithEvaluateData(runId);
            computations = contributions.ofRun(runId);
        } catch (NotFoundException e) {
            runName = null;
            return;
        }
        selected = computations.stream().filter(c -> selectedId != null && c.id() == selectedId).findFirst()
                .orElse(computations.stream().filter(c -> c.status().equals("COMPLETED")).findFirst()
                        .orElse(computations.isEmpty() ? null : computations.get(0)));
        boolean isAdmin = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole("admin");
        allocations = selected != null && isAdmin ? rewards.ofContribution(selected.id()) : List.of();
    }

    public String compute() {
        ContributionView queued = Feedback.attempt(() -> admin.computeContribution(runId, new ContributionRequest(
                method, metric == null || metric.isBlank() ? null : metric, validators.isEmpty() ? null : validators,
                sampled, null, null, null, null)), "compute", Map.of("method", "method", "metric", "metric",
                "validators", "validators"));
        if (queued == null) {
            load();
            return null;
        }
        Feedback.info("Contribution " + queued.id() + " (" + queued.method() + ") is queued as job " + queued.jobId()
                + "; this page shows it when it is done.");
        return again(queued.id());
    }

    public String override() {
        ContributionView done = Feedback.attempt(() -> admin.overrideFlag(selected.id(), flagged, overrideReason),
                "override", Map.of("reason", "reason", "participant", "participant"));
        if (done == null) {
            load();
            return null;
        }
        Feedback.info("The flag of " + flagged + " is overridden; allocations made from now on include it.");
        return again(selected.id());
    }

    public String allocate() {
        List<AllocationRequest.TierRequest> parsed;
        try {
            parsed = tiers(tiers);
        } catch (IllegalArgumentException e) {
            Feedback.attempt(() -> {
                throw new io.synergos.node.InvalidInputException("tiers", e.getMessage());
            }, "allocate", Map.of("tiers", "tiers"));
            load();
            return null;
        }
        AllocationView draft = Feedback.attempt(() -> admin.allocate(selected.id(), new AllocationRequest(policy,
                Json.createValue(pool.trim()), unit, decimals, parsed, note)), "allocate", Map.of("pool", "pool",
                "policy", "policy", "tiers", "tiers", "decimals", "decimals", "unit", "unit", "note", "note"));
        if (draft == null) {
            load();
            return null;
        }
        Feedback.info("Allocation " + draft.id() + " is a draft: " + draft.total().toPlainString() + " " + draft.unit()
                + " split " + draft.policy() + "ly. Publish it when it is right; it cannot change afterwards.");
        return again(selected.id());
    }

    public String publish(long allocationId) {
        AllocationView published = Feedback.attempt(() -> admin.publishAllocation(allocationId), "allocations",
                Map.of());
        if (published != null) {
            Feedback.info("Allocation " + allocationId + " is published; each participant can now see its share.");
        }
        return again(selected.id());
    }

    public String delete(long allocationId) {
        Boolean deleted = Feedback.attempt(() -> {
            admin.deleteAllocation(allocationId);
            return true;
        }, "allocations", Map.of());
        if (Boolean.TRUE.equals(deleted)) {
            Feedback.info("Draft allocation " + allocationId + " is deleted.");
        }
        return again(selected.id());
    }

    /** "gold 0.3 5000" per line (name, lowest share of the gain, amount per member). */
    static List<AllocationRequest.TierRequest> tiers(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<AllocationRequest.TierRequest> tiers = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException("each line is 'name minShare amount', e.g. 'gold 0.3 5000', not '"
                        + line.trim() + "'");
            }
            double share;
            try {
                share = Double.parseDouble(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[1] + "' in '" + line.trim() + "' is not a share (0 to 1)");
            }
            tiers.add(new AllocationRequest.TierRequest(parts[0], share, Json.createValue(parts[2])));
        }
        return tiers;
    }

    private String again(long contributionId) {
        return "/contribution?faces-redirect=true&run=" + runId + "&c=" + contributionId;
    }

    /** True while a computation is queued, running or waiting: the page reloads itself until it is done. */
    public boolean isPending() {
        return computations.stream().anyMatch(c -> !List.of("COMPLETED", "FAILED", "CANCELLED").contains(c.status()));
    }

    /** The selected computation's values for the chart: participants, values, intervals, flags. */
    public String getChartJson() {
        if (selected == null) {
            return "null";
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (ContributionView.Value v : selected.values()) {
            values.add(Json.createObjectBuilder().add("participant", v.participant()).add("value", v.value())
                    .add("low", v.ciLow()).add("high", v.ciHigh()).add("share", v.share()).add("flagged", v.excluded()));
        }
        return Formats.inScript(Json.createObjectBuilder().add("metric", selected.metric())
                .add("method", selected.method()).add("values", values).build().toString());
    }

    /** A flag's evidence as rows: check, measured, threshold, failed, explanation. */
    public List<JsonObject> evidence(ContributionView.Value value) {
        return value.evidence() == null || value.evidence().getValueType() != jakarta.json.JsonValue.ValueType.ARRAY
                ? List.of() : value.evidence().asJsonArray().getValuesAs(JsonObject.class);
    }

    public List<ContributionView.Value> getFlaggedValues() {
        return selected == null ? List.of() : selected.values().stream().filter(ContributionView.Value::flagged).toList();
    }

    public List<String> getMethods() {
        return ContributionService.METHODS;
    }

    public List<String> getMetrics() {
        return Arrays.stream(ContributionMetric.values()).map(ContributionMetric::wireName).toList();
    }

    public List<String> getPolicies() {
        return List.of("proportional", "tiered", "equal");
    }

    public String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * share);
    }

    public String amount(BigDecimal amount) {
        return amount == null ? "–" : amount.toPlainString();
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public String getRunName() {
        return runName;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getProjectName() {
        return projectName;
    }

    public List<String> getParticipantsWithEvaluateData() {
        return participantsWithEvaluateData;
    }

    public List<ContributionView> getComputations() {
        return computations;
    }

    public ContributionView getSelected() {
        return selected;
    }

    public List<AllocationView> getAllocations() {
        return allocations;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public List<String> getValidators() {
        return validators;
    }

    public void setValidators(List<String> validators) {
        this.validators = validators == null ? new ArrayList<>() : validators;
    }

    public boolean isSampled() {
        return sampled;
    }

    public void setSampled(boolean sampled) {
        this.sampled = sampled;
    }

    public String getFlagged() {
        return flagged;
    }

    public void setFlagged(String flagged) {
        this.flagged = flagged;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public String getPool() {
        return pool;
    }

    public void setPool(String pool) {
        this.pool = pool;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getDecimals() {
        return decimals;
    }

    public void setDecimals(Integer decimals) {
        this.decimals = decimals;
    }

    public String getTiers() {
        return tiers;
    }

    public void setTiers(String tiers) {
        this.tiers = tiers;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
