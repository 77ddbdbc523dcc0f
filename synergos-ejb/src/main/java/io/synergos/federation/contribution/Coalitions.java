package io.synergos.federation.contribution;

import java.util.ArrayList;
import java.util.List;

/** Coalitions as bit masks over participants: bit {@code i} set means participant {@code i} is in. */
public final class Coalitions {

    /** The most participants a coalition mask can hold. */
    public static final int MAX_PLAYERS = 30;

    private Coalitions() {
    }

    /** The grand coalition of {@code n} participants. */
    public static int full(int n) {
        if (n < 0 || n > MAX_PLAYERS) {
            throw new IllegalArgumentException("between 0 and " + MAX_PLAYERS + " participants, not " + n);
        }
        return n == 0 ? 0 : (1 << n) - 1;
    }

    public static List<String> members(int mask, List<String> names) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                members.add(names.get(i));
            }
        }
        return members;
    }

    /** Every coalition but the empty and the grand one, smallest first: what retraining methods must train. */
    public static List<Integer> proper(int n) {
        List<Integer> masks = new ArrayList<>();
        for (int size = 1; size < n; size++) {
            for (int mask = 1; mask < full(n); mask++) {
                if (Integer.bitCount(mask) == size) {
                    masks.add(mask);
                }
            }
        }
        return masks;
    }
}
