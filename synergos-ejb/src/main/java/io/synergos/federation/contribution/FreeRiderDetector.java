package io.synergos.federation.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says who looks like a free rider, and why. A participant is flagged when any check fails:
 * <ul>
 * <li><b>value</b>: its contribution is not credibly above zero: the lower end of its 95 % interval is at most
 * {@code minShare} of the run's gain v(N) - v(empty) (not for leave-one-out marginals, which are near zero
 * wherever others hold similar data);</li>
 * <li><b>step</b>: its updates moved less than {@code minStepRatio} times the others' median step (it did not
 * really train), or more than {@code maxStepRatio} times (it fits data unlike everyone else's: random rows,
 * shuffled labels);</li>
 * <li><b>agreement</b>: its updates pointed against the others' mean step (median cosine below
 * {@code minAgreement}).</li>
 * </ul>
 * Every flag lists every check with its measured value and threshold, failed or not.
 */
public final class FreeRiderDetector {

    /**
     * The detector's thresholds. The defaults were chosen by measurement on the shipped contribution split (see the
     * README): honest participants there had shares of at least 0.07, step ratios from 0.5 to 1.9 and agreements
     * of at least 0.44; free riders fitting random rows or shuffled labels had step ratios above 3.2.
     */
    public record Thresholds(double minShare, double minStepRatio, double maxStepRatio, double minAgreement) {
        public static final Thresholds DEFAULTS = new Thresholds(0.02, 0.2, 2.5, 0.2);
    }

    /** One check of one participant. */
    public record Evidence(String check, double measured, double threshold, boolean failed, String explanation) {
    }

    /** The verdict on one participant, with all its evidence. */
    public record Verdict(String participant, boolean flagged, List<Evidence> evidence) {
        public String reason() {
            return evidence.stream().filter(Evidence::failed).map(Evidence::explanation).reduce((a, b) -> a + "; " + b)
                    .orElse("no check failed");
        }
    }

    private FreeRiderDetector() {
    }

    /** @param statistics per participant; may lack participants (then only the value is checked) */
    public static List<Verdict> detect(ContributionResult result, Map<String, UpdateStatistics.Summary> statistics,
                                       Thresholds thresholds) {
        List<Verdict> verdicts = new ArrayList<>();
        double gain = result.gain();
        // a leave-one-out marginal is near zero wherever others hold similar data: it says nothing about free riding
        boolean marginals = result.marginals() != null;
        double floor = thresholds.minShare() * Math.abs(gain);
        for (ParticipantValue value : result.participantValues()) {
            List<Evidence> evidence = new ArrayList<>();
            if (marginals) {
                evidence.add(new Evidence("value", value.value(), Double.NaN, false, String.format(
                        java.util.Locale.ROOT, "not checked: its leave-one-out marginal %.4g is near zero whenever "
                                + "others hold similar data, so only its updates are checked", value.value())));
            } else {
                boolean low = value.ciLow() <= floor;
                evidence.add(new Evidence("value", value.ciLow(), floor, low, String.format(java.util.Locale.ROOT,
                        "value %s credibly above zero: %s %.4g, lower 95%% bound %.4g against a floor of %.4g "
                                + "(%.0f %% of the gain %.4g)", low ? "not" : "is", result.metric(), value.value(),
                        value.ciLow(), floor, 100 * thresholds.minShare(), gain)));
            }
            UpdateStatistics.Summary stats = statistics.get(value.participant());
            if (stats != null && stats.rounds() > 0) {
                boolean still = stats.stepRatio() < thresholds.minStepRatio();
                boolean wild = stats.stepRatio() > thresholds.maxStepRatio();
                evidence.add(new Evidence("step", stats.stepRatio(), still ? thresholds.minStepRatio()
                        : thresholds.maxStepRatio(), still || wild, String.format(java.util.Locale.ROOT,
                        "updates moved %.3g times as far as the others' median step (%s %.2g to %.2g%s)",
                        stats.stepRatio(), still || wild ? "outside" : "within", thresholds.minStepRatio(),
                        thresholds.maxStepRatio(), still ? ": it barely trained" : wild ? ": it fits data unlike the "
                                + "others'" : "")));
                boolean against = stats.agreement() < thresholds.minAgreement();
                evidence.add(new Evidence("agreement", stats.agreement(), thresholds.minAgreement(), against,
                        String.format(java.util.Locale.ROOT, "updates agreed with the others' steps with a median "
                                + "cosine of %.3f (%s %.2f)", stats.agreement(), against ? "below" : "at least",
                                thresholds.minAgreement())));
            }
            verdicts.add(new Verdict(value.participant(), evidence.stream().anyMatch(Evidence::failed),
                    List.copyOf(evidence)));
        }
        return verdicts;
    }
}
