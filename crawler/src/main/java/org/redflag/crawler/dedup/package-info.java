/**
 * Ads as entities: {@link org.redflag.crawler.dedup.AdReconciler} decides whether an extracted ad is new, edited or
 * unchanged against the store (same canonical URL, same id), re-classifies new and edited ads, and links reposts
 * (the same text under another URL or site) by a 64-bit {@link org.redflag.crawler.dedup.SimHash} within
 * {@value org.redflag.crawler.dedup.AdReconciler#REPOST_MAX_DISTANCE} bits.
 */
package org.redflag.crawler.dedup;
