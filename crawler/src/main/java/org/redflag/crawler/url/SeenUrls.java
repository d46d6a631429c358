package org.redflag.crawler.url;

/**
 * A set of URLs stored as 64-bit hashes in an open-addressing table: about 16 bytes per URL instead of the
 * hundreds a {@code HashSet<String>} costs, which keeps a 100,000-page crawl's frontier small. Thread-safe.
 */
public final class SeenUrls {
    private static final long EMPTY = 0L;
    private long[] table = new long[1024];
    private int size;
    private boolean hasZero;

    /** Adds the URL; returns false when it was already present. */
    public boolean add(CharSequence url) {
        return addHash(UrlHash.of(url));
    }

    /** Adds a precomputed hash; returns false when it was already present. */
    public synchronized boolean addHash(long hash) {
        if (hash == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            size += added ? 1 : 0;
            return added;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        return insert(table, hash) && ++size > 0;
    }

    public synchronized boolean contains(CharSequence url) {
        long hash = UrlHash.of(url);
        if (hash == EMPTY) {
            return hasZero;
        }
        int mask = table.length - 1;
        for (int i = (int) hash & mask; table[i] != EMPTY; i = (i + 1) & mask) {
            if (table[i] == hash) {
                return true;
            }
        }
        return false;
    }

    public synchronized int size() {
        return size;
    }

    private static boolean insert(long[] t, long hash) {
        int mask = t.length - 1;
        int i = (int) hash & mask;
        while (t[i] != EMPTY) {
            if (t[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        t[i] = hash;
        return true;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long h : table) {
            if (h != EMPTY) {
                insert(bigger, h);
            }
        }
        table = bigger;
    }
}
