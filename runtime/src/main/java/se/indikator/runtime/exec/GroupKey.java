package se.indikator.runtime.exec;

import java.util.List;

/**
 * Combines the keys of several breakdowns into one dense group index (mixed radix, first breakdown
 * slowest), e.g. education (4) × sex (2) gives 8 groups; -1 when any key is -1.
 */
public final class GroupKey {
    private GroupKey() {
    }

    public static RowKey combine(List<RowKey> keys, List<Integer> sizes) {
        if (keys.isEmpty()) {
            return row -> -1;
        }
        if (keys.size() == 1) {
            return keys.get(0);
        }
        Blocks.Key block = Blocks.combine(keys, sizes);
        if (block != null) {
            return block;
        }
        if (keys.size() == 2) {
            RowKey a = keys.get(0);
            RowKey b = keys.get(1);
            int nb = sizes.get(1);
            return row -> {
                int x = a.key(row);
                if (x < 0) {
                    return -1;
                }
                int y = b.key(row);
                return y < 0 ? -1 : x * nb + y;
            };
        }
        RowKey[] ks = keys.toArray(new RowKey[0]);
        int[] ns = sizes.stream().mapToInt(Integer::intValue).toArray();
        return row -> {
            int idx = 0;
            for (int i = 0; i < ks.length; i++) {
                int k = ks[i].key(row);
                if (k < 0) {
                    return -1;
                }
                idx = idx * ns[i] + k;
            }
            return idx;
        };
    }

    /** The category indices of group {@code g}, one per breakdown. */
    public static int[] split(int g, List<Integer> sizes) {
        int[] out = new int[sizes.size()];
        for (int i = sizes.size() - 1; i >= 0; i--) {
            out[i] = g % sizes.get(i);
            g /= sizes.get(i);
        }
        return out;
    }
}
