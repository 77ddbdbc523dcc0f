package io.synergos.federation.contribution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A contribution result with its free-rider verdicts, computed so that a suspected free rider's own evaluate
 * data does not decide its value: the values are computed on every validator, the participants are checked,
 * and if a flagged participant is also a validator the values are computed again without its data (with the
 * measurements already made) and checked again. Its data is then left out of everyone's utility, which keeps
 * the values one efficient game; when it is the only validator, its data stays, and the result says so.
 *
 * @param excludedValidators the flagged validators whose data was left out
 */
public record Assessment(ContributionResult result, List<FreeRiderDetector.Verdict> verdicts,
                         Set<String> excludedValidators) {

    public static Assessment of(Function<Set<String>, ContributionResult> valuation,
                                Map<String, UpdateStatistics.Summary> statistics,
                                FreeRiderDetector.Thresholds thresholds) {
        ContributionResult first = valuation.apply(Set.of());
        List<FreeRiderDetector.Verdict> verdicts = FreeRiderDetector.detect(first, statistics, thresholds);
        Set<String> suspects = new LinkedHashSet<>();
        for (FreeRiderDetector.Verdict verdict : verdicts) {
            if (verdict.flagged() && first.validators().contains(verdict.participant())) {
                suspects.add(verdict.participant());
            }
        }
        if (suspects.isEmpty() || suspects.containsAll(first.validators())) {
            return new Assessment(first, verdicts, Set.of());
        }
        ContributionResult second = valuation.apply(suspects);
        return new Assessment(second, FreeRiderDetector.detect(second, statistics, thresholds), Set.copyOf(suspects));
    }
}
