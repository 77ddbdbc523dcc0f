package io.synergos.ttp;

import io.synergos.federation.contribution.Assessment;
import io.synergos.federation.contribution.ContributionResult;
import io.synergos.federation.contribution.FreeRiderDetector;
import io.synergos.federation.contribution.ParticipantValue;
import io.synergos.federation.contribution.Ranking;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.contribution.ContributionValue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Writes what a contribution method found into its {@link Contribution}: values, flags with evidence, cost. */
public final class ContributionRecords {

    private ContributionRecords() {
    }

    public static void complete(EntityManager em, Contribution contribution, Assessment assessment, int gridsStarted,
                                long wallMillis, String details) {
        ContributionResult result = assessment.result();
        double[] ranks = Ranking.ranks(result.values());
        List<ParticipantValue> values = result.participantValues();
        contribution.getValues().clear();
        em.flush();
        for (int i = 0; i < values.size(); i++) {
            ParticipantValue v = values.get(i);
            FreeRiderDetector.Verdict verdict = assessment.verdicts().get(i);
            contribution.getValues().add(new ContributionValue(contribution, v.participant(), finite(v.value()),
                    finite(v.share()), finite(v.ciLow()), finite(v.ciHigh()),
                    Double.isNaN(v.marginal()) ? null : v.marginal(), (int) Math.ceil(ranks[i]), verdict.flagged(),
                    evidence(verdict)));
        }
        contribution.complete(finite(result.vEmpty()), finite(result.vFull()), String.join(",", result.validators()),
                result.evaluations(), gridsStarted, wallMillis, details);
    }

    /** The verdict's checks as JSON: check, measured, threshold, failed, explanation. */
    public static String evidence(FreeRiderDetector.Verdict verdict) {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (FreeRiderDetector.Evidence e : verdict.evidence()) {
            var check = Json.createObjectBuilder().add("check", e.check());
            number(check, "measured", e.measured());
            number(check, "threshold", e.threshold());
            checks.add(check.add("failed", e.failed()).add("explanation", e.explanation()));
        }
        return checks.build().toString();
    }

    private static void number(jakarta.json.JsonObjectBuilder json, String name, double value) {
        if (Double.isFinite(value)) {
            json.add(name, value);
        } else {
            json.addNull(name);
        }
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
