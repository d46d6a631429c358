package org.redflag.classifier.language;

/**
 * A detected language.
 *
 * @param code       ISO 639-3 code ({@code eng}, {@code zho}, ...), {@code und} when unknown
 * @param confidence in [0,1]
 */
public record DetectedLanguage(String code, double confidence) {
    public static final DetectedLanguage UNKNOWN = new DetectedLanguage("und", 0);
}
