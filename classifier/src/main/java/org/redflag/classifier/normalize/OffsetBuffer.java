package org.redflag.classifier.normalize;

/**
 * The text between two passes: characters, and for every character the span of the original input it came from.
 * Spans are stored only from the first character that a pass dropped, joined or expanded: the characters before it
 * (the whole text for most ASCII, full-width or traditional Chinese fields) are an identity prefix, character
 * {@code i} coming from original {@code [i, i+1)}, and cost nothing to write or copy. Built by
 * {@link OffsetBuilder}; not thread-safe.
 */
final class OffsetBuffer {
    /** An identity prefix covering any text. */
    static final int ALL = Integer.MAX_VALUE;
    private final char[] chars;
    private final int length;
    private final int prefix;
    private final int[] starts;
    private final int[] ends;
    private final String text;

    /**
     * @param prefix how many leading characters map to themselves ({@link #ALL} for every one)
     * @param starts where the span of each character from {@code prefix} on starts in the original ({@code null}
     *               when {@code prefix} is {@link #ALL})
     * @param ends where those spans end
     * @param text the characters as a string when one is at hand (the unchanged input), else {@code null}
     */
    OffsetBuffer(char[] chars, int length, int prefix, int[] starts, int[] ends, String text) {
        this.chars = chars;
        this.length = length;
        this.prefix = prefix;
        this.starts = starts;
        this.ends = ends;
        this.text = text;
    }

    /** The input itself, each character mapped to its own position; shares the string instead of copying it. */
    static OffsetBuffer of(String input, char[] chars) {
        return new OffsetBuffer(chars, input.length(), ALL, null, null, input);
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    /** The backing array, valid up to {@link #length()}; the passes read it directly in their inner loops. */
    char[] chars() {
        return chars;
    }

    int prefix() {
        return prefix;
    }

    int start(int i) {
        return i < prefix ? i : starts[i];
    }

    int end(int i) {
        return i < prefix ? i + 1 : ends[i];
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    /** This buffer with its characters replaced in place (same length, same spans), as {@link Leetspeak} does. */
    OffsetBuffer withCharsChanged() {
        return text == null ? this : new OffsetBuffer(chars, length, prefix, starts, ends, null);
    }

    NormalizedText toText(String original) {
        String s = text != null ? text : new String(chars, 0, length);
        return new NormalizedText(original, s, prefix, starts, ends);
    }
}
