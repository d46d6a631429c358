package org.redflag.classifier.normalize;

/**
 * Normalised text with a map back to the original: normalised character {@code i} came from
 * {@code original.substring(start(i), end(i))}. Immutable.
 *
 * <p>The map is stored only from the first character that normalisation moved: the characters before it map to
 * themselves, {@code [i, i+1)}, and when none moved nothing is stored at all. The map arrays may be longer than the
 * text (they are shared with the normaliser's buffers, never copied or changed).
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int prefix;
    private final int[] starts;
    private final int[] ends;

    /** A text with every character's span given: character {@code i} came from {@code [starts[i], ends[i])}. */
    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this(original, text, 0, starts, ends);
    }

    /**
     * @param prefix how many leading characters came from their own position, {@code [i, i+1)}; the spans of the
     *               others are in {@code starts} and {@code ends}, which may be {@code null} when there are none
     */
    NormalizedText(String original, String text, int prefix, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.prefix = prefix;
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** How many leading characters came from their own position in the original, {@code [i, i+1)}. */
    public int identityPrefix() {
        return Math.min(prefix, text.length());
    }

    /** Where in the original the normalised range {@code [start, end)} came from, as {@code [originalStart, originalEnd)}. */
    public int[] originalSpan(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IndexOutOfBoundsException("Span [" + start + ", " + end + ") is outside normalised text of length " + text.length());
        }
        int last = end - 1;
        return new int[] {start < prefix ? start : starts[start], last < prefix ? end : ends[last]};
    }

    /** The original text behind the normalised range {@code [start, end)}. */
    public String originalText(int start, int end) {
        int[] span = originalSpan(start, end);
        return original.substring(span[0], span[1]);
    }

    @Override
    public String toString() {
        return text;
    }
}
