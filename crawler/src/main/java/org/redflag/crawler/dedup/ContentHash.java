package org.redflag.crawler.dedup;

import org.redflag.store.AdFields;
import org.redflag.store.AdIds;

/** The hash of an ad's content: a change means the ad was edited. Whitespace differences do not count. */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(AdFields f) {
        String joined = String.join("\u0000", norm(f.title()), norm(f.text()), norm(f.company()),
                norm(f.location()), norm(f.salary()), norm(f.contact()), String.join(" ", f.images()));
        return AdIds.sha256Hex(joined);
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
