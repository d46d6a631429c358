/**
 * Normalisation against evasion (NFKC, full-width forms, traditional to simplified Chinese, emoji and spelled-out
 * digits, spaced letters, punctuation inside words, leetspeak), keeping a map from every normalised character back to
 * its span in the original text so that evidence can always be shown in the analyst's own copy of the ad.
 */
package org.redflag.classifier.normalize;
