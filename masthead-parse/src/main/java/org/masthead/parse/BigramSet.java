package org.masthead.parse;

import java.util.Arrays;

/**
 * The distinct pairs of adjacent Han characters of a text, as a small open-addressing set of ints: the
 * vocabulary fingerprint reading-order repair compares fragments with. No boxing, no per-pair objects.
 */
final class BigramSet {
    private int[] slots;
    /** The members in insertion order, so that walking the set costs its size, not its capacity. */
    private int[] members;
    private int size;

    BigramSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new int[capacity];
        members = new int[Math.max(8, expected)];
    }

    static BigramSet of(CharSequence text) {
        BigramSet set = new BigramSet(text.length());
        set.addAll(text);
        return set;
    }

    void addAll(CharSequence text) {
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                if (previous != 0) {
                    add(previous << 16 | c);
                }
                previous = c;
            } else {
                previous = 0;
            }
        }
    }

    void addAll(BigramSet other) {
        for (int i = 0; i < other.size; i++) {
            add(other.members[i]);
        }
    }

    private void add(int value) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return;
            }
            i = i + 1 & mask;
        }
        slots[i] = value;
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
        }
        members[size++] = value;
    }

    boolean contains(int value) {
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return true;
            }
            i = i + 1 & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    /** How many of this set's pairs are in {@code a}, minus how many are in {@code b}, over this set's size. */
    double leaning(BigramSet a, BigramSet b) {
        if (size == 0) {
            return 0;
        }
        int score = 0;
        for (int i = 0; i < size; i++) {
            int value = members[i];
            score += (a.contains(value) ? 1 : 0) - (b.contains(value) ? 1 : 0);
        }
        return (double) score / size;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int m = 0; m < size; m++) {
            int value = members[m];
            int i = mix(value) & mask;
            while (slots[i] != 0) {
                i = i + 1 & mask;
            }
            slots[i] = value;
        }
    }

    private static int mix(int value) {
        int h = value * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
