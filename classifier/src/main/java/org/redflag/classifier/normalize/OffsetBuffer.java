package org.redflag.classifier.normalize;

/**
 * The text between two passes: characters, and for every character the span of the original input it came from.
 * The spans are kept only when a pass has dropped, joined or expanded characters: while character {@code i} still
 * comes from original {@code [i, i+1)} (ASCII text, full-width forms, traditional Chinese) the maps are
 * {@code null}, so most fields never write or copy them. Built by {@link OffsetBuilder}; not thread-safe.
 */
final class OffsetBuffer {
    private final char[] chars;
    private final int length;
    private final int[] starts;
    private final int[] ends;
    private final String text;

    /**
     * @param starts where each character's span starts in the original, or {@code null} for the identity map
     * @param ends where each character's span ends, or {@code null} with {@code starts}
     * @param text the characters as a string when one is at hand (the unchanged input), else {@code null}
     */
    OffsetBuffer(char[] chars, int length, int[] starts, int[] ends, String text) {
        this.chars = chars;
        this.length = length;
        this.starts = starts;
        this.ends = ends;
        this.text = text;
    }

    /** The input itself, each character mapped to its own position; shares the string instead of copying it. */
    static OffsetBuffer of(String input, char[] chars) {
        return new OffsetBuffer(chars, input.length(), null, null, input);
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

    int start(int i) {
        return starts == null ? i : starts[i];
    }

    int end(int i) {
        return ends == null ? i + 1 : ends[i];
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    /** This buffer with its characters replaced in place (same length, same spans), as {@link Leetspeak} does. */
    OffsetBuffer withCharsChanged() {
        return text == null ? this : new OffsetBuffer(chars, length, starts, ends, null);
    }

    NormalizedText toText(String original) {
        String s = text != null ? text : new String(chars, 0, length);
        return new NormalizedText(original, s, starts, ends);
    }
}
