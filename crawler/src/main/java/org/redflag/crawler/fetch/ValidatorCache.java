package org.redflag.crawler.fetch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.crawler.url.UrlHash;

/**
 * The validators (ETag, Last-Modified) of ad pages already stored, keyed by URL hash, with the id of the ad the
 * page holds, so that a 304 on the next crawl can be turned into "ad seen again, unchanged". Only ad pages are
 * remembered: listing pages are always fetched in full, since their links are needed. Thread-safe; can be saved to
 * and loaded from a tab-separated file.
 */
public final class ValidatorCache {

    /** What is remembered for one ad page. */
    public record Entry(String adId, Validators validators) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    public Optional<Entry> find(String url) {
        return Optional.ofNullable(entries.get(UrlHash.of(url)));
    }

    public void put(String url, String adId, Validators validators) {
        if (validators.isEmpty()) {
            entries.remove(UrlHash.of(url));
        } else {
            entries.put(UrlHash.of(url), new Entry(adId, validators));
        }
    }

    public void remove(String url) {
        entries.remove(UrlHash.of(url));
    }

    public int size() {
        return entries.size();
    }

    /** Loads a file written by {@link #save}; a missing file gives an empty cache. */
    public static ValidatorCache load(Path file) {
        ValidatorCache cache = new ValidatorCache();
        if (!Files.exists(file)) {
            return cache;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    cache.entries.put(Long.parseUnsignedLong(f[0], 16), new Entry(f[1], new Validators(f[2], f[3])));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return new ValidatorCache(); // a damaged cache only costs full fetches
        }
        return cache;
    }

    /** Writes the cache atomically (temporary file, then move). */
    public void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Map.Entry<Long, Entry> e : entries.entrySet()) {
                    Validators v = e.getValue().validators();
                    out.write(Long.toHexString(e.getKey()) + "\t" + e.getValue().adId() + "\t"
                            + v.etag().replace('\t', ' ') + "\t" + v.lastModified().replace('\t', ' ') + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save conditional-GET validators to " + file, e);
        }
    }
}
