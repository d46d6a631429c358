package org.redflag.crawler.url;

/**
 * A 64-bit hash of a URL (FNV-1a over its UTF-16 code units, then a murmur3 finaliser). At 10 million URLs the
 * chance of any collision is below 3 in a million; a collision only means one URL is skipped in one run.
 */
public final class UrlHash {
    private UrlHash() {
    }

    public static long of(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The murmur3 64-bit finaliser: spreads every input bit over every output bit. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
