package io.synergos.contribution;

import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.contribution.ContributionValue;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * A contribution computation as clients see it: what was asked, where it is, each participant's value with its
 * flag and evidence, v(empty), v(N), and the cost.
 *
 * @param gain    v(N) - v(empty): what training gained on the validators; the values add up to it (exact and
 *                in-training)
 * @param details how it was computed: the coalitions and their utilities, or how each round was valued
 */
public record ContributionView(long id, long runId, String runName, long projectId, String method, String metric,
                               String status, String statusReason, String requestedBy, Instant requestedAt,
                               Instant startedAt, Instant finishedAt, List<String> validators,
                               List<String> validatorsUsed, Double emptyValue, Double fullValue, Double gain,
                               Long evaluations, Integer gridsStarted, Long wallMillis, Long jobId,
                               JsonValue parameters, JsonValue details, List<Value> values) {

    /** One participant's value. */
    public record Value(String participant, int rank, double value, double share, double ciLow, double ciHigh,
                        Double marginal, boolean flagged, boolean overridden, String overrideReason,
                        String overriddenBy, Instant overriddenAt, JsonValue evidence) {

        static Value of(ContributionValue v) {
            return new Value(v.getParticipant(), v.getRank(), v.getValue(), v.getShare(), v.getCiLow(), v.getCiHigh(),
                    v.getMarginal(), v.isFlagged(), v.isOverridden(), v.getOverrideReason(), v.getOverriddenBy(),
                    v.getOverriddenAt(), json(v.getEvidence()));
        }

        /** Flagged, and its flag not overridden: a reward policy leaves it out. */
        public boolean excluded() {
            return flagged && !overridden;
        }
    }

    public static ContributionView of(Contribution c, Long jobId) {
        Double gain = c.getEmptyValue() == null || c.getFullValue() == null ? null
                : c.getFullValue() - c.getEmptyValue();
        return new ContributionView(c.getId(), c.getRun().getId(), c.getRun().getName(),
                c.getRun().getExperiment().getProject().getId(), c.getMethod(), c.getMetric(), c.getStatus().name(),
                c.getStatusReason(), c.getRequestedBy(), c.getRequestedAt(), c.getStartedAt(), c.getFinishedAt(),
                names(c.getValidators()), names(c.getValidatorsUsed()), c.getEmptyValue(), c.getFullValue(), gain,
                c.getEvaluations(), c.getGridsStarted(), c.getWallMillis(), jobId, json(c.getParameters()),
                json(c.getDetails()), c.getValues().stream().map(Value::of).toList());
    }

    static List<String> names(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }

    static JsonValue json(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonStructure structure = reader.read();
            return structure;
        }
    }
}
