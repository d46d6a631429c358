/**
 * Indicators of trafficking recruitment: the lexicons of {@code config/indicators/*.yml} (phrases, patterns, negation
 * cues, Protocol element, exploitation type, weight), their loader with errors that name the file and key, and the
 * matcher that finds them in normalised text and maps every match back to the original offsets. Matching is one pass
 * per field over a compiled Aho-Corasick automaton ({@link org.redflag.classifier.indicator.AhoCorasick}) that finds
 * phrases, pattern triggers and negation cues together; regular expressions run only in trigger windows that hold the
 * characters and words they need ({@link org.redflag.classifier.indicator.RequiredChars}).
 */
package org.redflag.classifier.indicator;
