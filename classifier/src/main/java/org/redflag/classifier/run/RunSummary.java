package org.redflag.classifier.run;

/** Counts of one classify run: ads classified, malformed lines, ads flagged. */
public record RunSummary(long ads, long errors, long flagged) {
}
