package io.synergos.federation.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contribution from models retrained on coalitions: {@code exact} values every coalition (the ground truth,
 * 2^n - 1 trainings), {@code leave-one-out} the grand coalition and each coalition without one participant
 * (n + 1 trainings). The table holds the coalitions' measurements per validator; the empty coalition is the
 * run's starting model, the grand coalition the run's trained model.
 */
public final class RetrainingValuation {

    private RetrainingValuation() {
    }

    public static ContributionResult exact(List<String> participants, UtilityTable table, Set<String> excluded) {
        int n = participants.size();
        Set<Integer> use = validators(table, excluded);
        double[] values = ShapleyValues.exact(n, mask -> table.value(mask, use));
        return result("exact", participants, table, use, values, null, table.size());
    }

    public static ContributionResult leaveOneOut(List<String> participants, UtilityTable table, Set<String> excluded) {
        int n = participants.size();
        Set<Integer> use = validators(table, excluded);
        double[] marginals = ShapleyValues.leaveOneOut(n, mask -> table.value(mask, use));
        return result("leave-one-out", participants, table, use, marginals, marginals, table.size());
    }

    /** The coalitions each method needs valued, besides the empty one and the grand one. */
    public static List<Integer> coalitionsFor(String method, int n) {
        if (method.equals("exact")) {
            return Coalitions.proper(n);
        }
        List<Integer> masks = new ArrayList<>();
        if (n > 1) {
            for (int i = 0; i < n; i++) {
                masks.add(Coalitions.full(n) & ~(1 << i));
            }
        }
        return masks;
    }

    private static Set<Integer> validators(UtilityTable table, Set<String> excluded) {
        Set<Integer> use = new java.util.LinkedHashSet<>();
        for (int v = 0; v < table.validators().size(); v++) {
            if (!excluded.contains(table.validators().get(v))) {
                use.add(v);
            }
        }
        return use.isEmpty() ? table.all() : use;
    }

    private static ContributionResult result(String method, List<String> participants, UtilityTable table,
                                             Set<Integer> use, double[] values, double[] marginals, long evaluations) {
        int all = Coalitions.full(participants.size());
        List<String> used = use.stream().map(table.validators()::get).toList();
        return new ContributionResult(method, table.metric(), participants, used, table.value(0, use),
                table.value(all, use), values, new double[values.length], marginals, evaluations);
    }
}
