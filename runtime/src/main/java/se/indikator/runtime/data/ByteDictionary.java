package se.indikator.runtime.data;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A dictionary of byte strings to dense codes in order of first appearance, so that each distinct label
 * read from a file is stored once as bytes and decoded to a String once, at the end.
 */
final class ByteDictionary {

    private byte[] arena = new byte[1024];
    private int arenaSize;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] hashes = new int[64];
    private int count;
    private int[] table = new int[128];   // code + 1; 0 is an empty slot

    /** The code of the bytes {@code b[s..e)}, adding them when new. */
    int intern(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        int mask = table.length - 1;
        int slot = h & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) break;
            int code = entry - 1;
            if (hashes[code] == h && Arrays.equals(arena, starts[code], ends[code], b, s, e)) return code;
            slot = (slot + 1) & mask;
        }
        int len = e - s;
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
        }
        System.arraycopy(b, s, arena, arenaSize, len);
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        int code = count++;
        starts[code] = arenaSize;
        ends[code] = arenaSize + len;
        hashes[code] = h;
        arenaSize += len;
        table[slot] = code + 1;
        if (count * 2 > table.length) rehash();
        return code;
    }

    /** The code of {@code s}'s bytes. */
    int intern(byte[] bytes) {
        return intern(bytes, 0, bytes.length);
    }

    int size() {
        return count;
    }

    /** Whether every entry is valid UTF-8. */
    boolean isValidUtf8() {
        for (int i = 0; i < count; i++) {
            if (!Utf8.isValid(arena, starts[i], ends[i])) return false;
        }
        return true;
    }

    /** The entries decoded with {@code charset}, in code order. */
    String[] decodeAll(Charset charset) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = new String(arena, starts[i], ends[i] - starts[i], charset);
        }
        return out;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int code = 0; code < count; code++) {
            int slot = hashes[code] & mask;
            while (t[slot] != 0) slot = (slot + 1) & mask;
            t[slot] = code + 1;
        }
        table = t;
    }

    private static int hash(byte[] b, int s, int e) {
        int h = 1;
        for (int i = s; i < e; i++) h = 31 * h + b[i];
        return h ^ (h >>> 15) ^ (h >>> 7);
    }
}
