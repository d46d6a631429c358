package org.redflag.classifier;

/**
 * Where an indicator matched: {@code text} equals {@code ad.field(field).substring(start, end)} of the original,
 * un-normalised input.
 */
public record Evidence(String field, int start, int end, String text) {
}
