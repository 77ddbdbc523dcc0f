package io.synergos.ttp;

import io.synergos.federation.contribution.Assessment;
import io.synergos.federation.contribution.Coalitions;
import io.synergos.federation.contribution.ContributionResult;
import io.synergos.federation.contribution.FreeRiderDetector;
import io.synergos.federation.contribution.InTrainingValuation;
import io.synergos.federation.contribution.PermutationSampling;
import io.synergos.federation.contribution.UtilityTable;
import io.synergos.websocket.ttp.GridException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/** What every contribution method records beside its values: its parameters and how it computed them, as JSON. */
public final class Valuations {

    private Valuations() {
    }

    /** Refuses a result whose utility is undefined on the validators' data. */
    public static void requireDefined(ContributionResult result) throws GridException {
        if (!Double.isFinite(result.vEmpty()) || !Double.isFinite(result.vFull())) {
            throw new GridException("the metric " + result.metric() + " is undefined on the validators' evaluate data "
                    + result.validators() + " (ROC-AUC, for one, needs rows of both classes); choose another metric "
                    + "or other validators");
        }
    }

    public static String parameters(InTrainingValuation.Settings settings, FreeRiderDetector.Thresholds thresholds) {
        PermutationSampling.Options s = settings.sampling();
        return Json.createObjectBuilder()
                .add("exactRoundLimit", settings.exactRoundLimit())
                .add("minPermutations", s.minPermutations()).add("maxPermutations", s.maxPermutations())
                .add("tolerance", s.tolerance()).add("truncation", settings.truncation())
                .add("skip", settings.skip()).add("levelsPerCall", s.levelsPerCall()).add("seed", s.seed())
                .add("thresholds", thresholds(thresholds)).build().toString();
    }

    public static JsonObjectBuilder thresholds(FreeRiderDetector.Thresholds thresholds) {
        return Json.createObjectBuilder().add("minShare", thresholds.minShare())
                .add("minStepRatio", thresholds.minStepRatio()).add("maxStepRatio", thresholds.maxStepRatio())
                .add("minAgreement", thresholds.minAgreement());
    }

    /** How the rounds were valued (exactly, sampled, skipped) and whose evaluate data was left out. */
    public static String roundDetails(InTrainingValuation valuation, Assessment assessment) {
        JsonObjectBuilder rounds = Json.createObjectBuilder();
        valuation.roundMethods().forEach((method, count) -> rounds.add(method.name().toLowerCase(), count));
        return Json.createObjectBuilder().add("rounds", valuation.rounds()).add("roundMethods", rounds)
                .add("excludedValidators", Json.createArrayBuilder(assessment.excludedValidators()))
                .build().toString();
    }

    /** Each coalition evaluated (by its members) and its utility on the validators used. */
    public static String coalitionDetails(List<String> participants, UtilityTable table, Assessment assessment,
                                          Map<Integer, Long> coalitionRuns) {
        JsonArrayBuilder coalitions = Json.createArrayBuilder();
        java.util.Set<Integer> use = new java.util.LinkedHashSet<>();
        for (int v = 0; v < table.validators().size(); v++) {
            if (!assessment.excludedValidators().contains(table.validators().get(v))) {
                use.add(v);
            }
        }
        if (use.isEmpty()) {
            use = table.all();
        }
        for (int mask : table.coalitions().stream().sorted(java.util.Comparator.comparingInt(Integer::bitCount)
                .thenComparing(m -> m)).toList()) {
            JsonObjectBuilder coalition = Json.createObjectBuilder()
                    .add("members", Json.createArrayBuilder(Coalitions.members(mask, participants)))
                    .add("utility", table.value(mask, use));
            Long run = coalitionRuns.get(mask);
            if (run != null) {
                coalition.add("run", run);
            }
            coalitions.add(coalition);
        }
        return Json.createObjectBuilder().add("coalitions", coalitions)
                .add("excludedValidators", Json.createArrayBuilder(assessment.excludedValidators()))
                .build().toString();
    }
}
