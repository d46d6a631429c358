package org.redflag.crawler.dedup;

import org.redflag.store.AdFields;

/** An ad as just extracted from a page, before it is compared with the store. */
public record AdDraft(String sourceId, String platform, String url, String canonicalUrl, AdFields fields) {
}
