package io.synergos.ttp;

import io.synergos.persistence.participant.DataTag;
import io.synergos.websocket.ttp.GridException;
import java.util.ArrayList;
import java.util.List;

/**
 * The validators of a contribution computation: the participants named, or by default every participant with
 * data tagged evaluate. Their evaluate data is where candidate models are measured.
 */
public final class Validators {

    private Validators() {
    }

    /** @param named the participants asked for; empty for every one with evaluate data */
    public static List<RunPlan.WorkerPlan> of(RunPlan plan, List<String> named) throws GridException {
        List<RunPlan.WorkerPlan> validators = new ArrayList<>();
        if (named.isEmpty()) {
            plan.workers().stream().filter(w -> !w.tagged(DataTag.Tag.EVALUATE).isEmpty()).forEach(validators::add);
            if (validators.isEmpty()) {
                throw new GridException("no participant of run " + plan.runId() + " has a dataset tagged evaluate, so "
                        + "no model can be measured; tag evaluate data or name validators that have some");
            }
            return validators;
        }
        for (String name : named) {
            RunPlan.WorkerPlan worker = plan.workers().stream().filter(w -> w.name().equals(name)).findFirst()
                    .orElseThrow(() -> new GridException("validator '" + name + "' is not a participant registered in "
                            + "run " + plan.runId() + "'s project"));
            if (worker.tagged(DataTag.Tag.EVALUATE).isEmpty()) {
                throw new GridException("validator '" + name + "' has no dataset tagged evaluate");
            }
            if (!validators.contains(worker)) {
                validators.add(worker);
            }
        }
        return validators;
    }
}
