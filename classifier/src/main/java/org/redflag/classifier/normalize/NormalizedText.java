package org.redflag.classifier.normalize;

/**
 * Normalised text with a map back to the original: normalised character {@code i} came from
 * {@code original.substring(start(i), end(i))}. Immutable.
 *
 * <p>When normalisation kept every character where it was, the map is the identity and is not stored at all. The
 * map arrays may be longer than the text (they are shared with the normaliser's buffers, never copied or changed).
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    /**
     * @param starts where each character's span starts in the original, or {@code null}: character {@code i} came
     *               from {@code [i, i+1)}
     * @param ends where each character's span ends, {@code null} exactly when {@code starts} is
     */
    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** Where in the original the normalised range {@code [start, end)} came from, as {@code [originalStart, originalEnd)}. */
    public int[] originalSpan(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IndexOutOfBoundsException("Span [" + start + ", " + end + ") is outside normalised text of length " + text.length());
        }
        return starts == null ? new int[] {start, end} : new int[] {starts[start], ends[end - 1]};
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
