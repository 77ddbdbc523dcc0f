package io.synergos.web.bench;

import io.synergos.node.NotFoundException;

/**
 * The switch every benchmark endpoint obeys: with {@code synergos.bench.enabled=false} (production) they answer 404.
 */
final class Benchmarks {

    private Benchmarks() {
    }

    static void requireEnabled() {
        if (!Boolean.parseBoolean(System.getProperty("synergos.bench.enabled", "true"))) {
            throw new NotFoundException("benchmarks are switched off on this node (synergos.bench.enabled)");
        }
    }
}
