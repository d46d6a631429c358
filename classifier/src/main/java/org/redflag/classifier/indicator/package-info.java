/**
 * Indicators of trafficking recruitment: the lexicons of {@code config/indicators/*.yml} (phrases, patterns, negation
 * cues, Protocol element, exploitation type, weight), their loader with errors that name the file and key, and the
 * Aho-Corasick matcher that finds them in normalised text and maps every match back to the original offsets.
 */
package org.redflag.classifier.indicator;
