package org.masthead.parse;

import java.time.LocalDate;

/**
 * Provisional item ids: a 64-bit FNV-1a hash of the title, date, page, position on the page and headline, in
 * hex. The same input always gives the same id; no clock, no randomness. The archive keeps the first id it
 * sees for an item for ever, however the item is read later (docs/ids.md).
 */
public final class ItemIds {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private ItemIds() {
    }

    public static String of(String title, LocalDate date, int page, int position, String headline) {
        long hash = OFFSET;
        hash = mix(hash, title);
        hash = mix(hash, date == null ? null : date.toString());
        hash = mix(hash, Integer.toString(page));
        hash = mix(hash, Integer.toString(position));
        hash = mix(hash, headline);
        return hex(hash);
    }

    /** Another id of the same form derived from {@code id}, the n-th: for when {@code id} is taken already. */
    public static String variant(String id, int n) {
        return hex(mix(mix(OFFSET, id), Integer.toString(n)));
    }

    private static String hex(long hash) {
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static long mix(long hash, String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                hash = (hash ^ (c & 0xFF)) * PRIME;
                hash = (hash ^ (c >>> 8)) * PRIME;
            }
        }
        // A separator keeps ("ab", "c") apart from ("a", "bc").
        return (hash ^ 0x1F) * PRIME;
    }
}
