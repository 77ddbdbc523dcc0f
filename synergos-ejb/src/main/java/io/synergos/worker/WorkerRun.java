package io.synergos.worker;

import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.model.DenseNetwork;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Worker's state for one prepared phase of one run, released with it when the TTP dismantles the grid.
 *
 * @param virtual    the virtual Worker of this node that serves the run ({@link VirtualWorkers}), null for the node
 * @param validation the rows candidate models are measured on (contribution), or null when it validates nothing
 * @param lastLocal  the latest locally trained parameters, exported as the local model when training finishes
 */
record WorkerRun(long runId, String virtual, PhaseRequest request, AlignedData data, DenseNetwork network,
                 AlignedData validation, AtomicReference<double[]> lastLocal) {

    WorkerRun(long runId, String virtual, PhaseRequest request, AlignedData data, DenseNetwork network,
              AlignedData validation) {
        this(runId, virtual, request, data, network, validation, new AtomicReference<>());
    }
}
