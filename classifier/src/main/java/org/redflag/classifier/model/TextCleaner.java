package org.redflag.classifier.model;

import java.util.Locale;

/**
 * Writes {@link DeceptionFeatures#clean} of a text into a reusable character buffer, without regular expressions or
 * intermediate strings. The string version lower-cases the text ({@code String.toLowerCase(ROOT)}), then replaces the
 * HTML entities, then the {@code #url_..#}, {@code #email_..#} and {@code #phone_..#} placeholders, each step over the
 * result of the one before. {@link #prepare} does the replacements in the same order on the text as it is, matching
 * ASCII letters of either case, and leaves lower-casing to {@link WordScanner}, character by character: that gives the
 * same text, because the only characters outside ASCII whose lower case is ASCII are the Kelvin sign (to {@code k},
 * in no pattern) and the dotted capital I, which sends the text to the JDK anyway ({@link #needsJdkLowerCase}).
 * One instance per thread.
 */
final class TextCleaner {
    private static final String[] ENTITIES = {"&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    private static final String[] ENTITY_TEXT = {" and ", " ", " ", " ", " ", "'"};

    private char[] chars = new char[4096];
    private int length;
    private boolean lowered;

    /**
     * Whether this character's lower case depends on its neighbours or changes the text's length, so that only
     * {@code String.toLowerCase(ROOT)} gets it right: dotted capital I (to i and a combining dot), capital sigma (final
     * or not) and the surrogate halves of characters outside the basic plane.
     */
    static boolean needsJdkLowerCase(char c) {
        return c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c);
    }

    /**
     * Copies the text and makes its replacements, but does not lower-case it; returns the length in {@link #chars()}.
     */
    int prepare(String text) {
        length = text.length();
        ensure(length);
        text.getChars(0, length, chars, 0);
        lowered = false;
        return replace(text.indexOf('&') >= 0, text.indexOf('#') >= 0);
    }

    /** Whether {@link #chars()} holds lower-cased text: after {@link #clean} or {@link #cleanLoweredByJdk}. */
    boolean lowered() {
        return lowered;
    }

    /** Cleans the text after lower-casing it with the JDK; see {@link #needsJdkLowerCase}. */
    int cleanLoweredByJdk(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        length = lower.length();
        ensure(length);
        lower.getChars(0, length, chars, 0);
        lowered = true;
        return replace(lower.indexOf('&') >= 0, lower.indexOf('#') >= 0);
    }

    /** Cleans the text completely, lower case included, as {@link DeceptionFeatures#clean} does. */
    int clean(String text) {
        prepare(text);
        for (int i = 0; i < length; i++) {
            if (needsJdkLowerCase(chars[i])) {
                return cleanLoweredByJdk(text);
            }
            chars[i] = Character.toLowerCase(chars[i]);
        }
        lowered = true;
        return length;
    }

    private int replace(boolean entities, boolean placeholders) {
        if (entities) {
            replaceEntities();
        }
        if (placeholders) {
            replacePlaceholders("#url_", " xurlx ");
            replacePlaceholders("#email_", " xemailx ");
            replacePlaceholders("#phone_", " xphonex ");
        }
        return length;
    }

    /** The prepared or cleaned characters; valid up to the length last returned, until the next call. */
    char[] chars() {
        return chars;
    }

    /**
     * One left-to-right pass does what the successive {@code String.replace} calls do: every entity starts with its only
     * {@code &}, so two matches never overlap, and no replacement contains {@code &}, so none creates a new match.
     * Works in place (see {@link #moveDown}).
     */
    private void replaceEntities() {
        int w = 0;
        int settled = 0;
        for (int r = next('&', 0); r >= 0; r = next('&', r)) {
            int e = entityAt(r);
            if (e < 0) {
                r++;
                continue;
            }
            w = write(ENTITY_TEXT[e], moveDown(settled, r, w));
            r += ENTITIES[e].length();
            settled = r;
        }
        length = moveDown(settled, length, w);
    }

    private int entityAt(int at) {
        for (int e = 0; e < ENTITIES.length; e++) {
            if (startsWith(ENTITIES[e], at)) {
                return e;
            }
        }
        return -1;
    }

    /**
     * Replaces every match of {@code prefix[0-9a-f]+#}, scanning left to right and resuming after each match, as
     * {@code Matcher.replaceAll} does. Works in place (see {@link #moveDown}).
     */
    private void replacePlaceholders(String prefix, String replacement) {
        int w = 0;
        int settled = 0;
        for (int r = next('#', 0); r >= 0; r = next('#', r)) {
            int end = startsWith(prefix, r) ? placeholderEnd(r + prefix.length()) : -1;
            if (end < 0) {
                r++;
                continue;
            }
            w = write(replacement, moveDown(settled, r, w));
            r = end;
            settled = r;
        }
        length = moveDown(settled, length, w);
    }

    /**
     * Moves the unchanged characters {@code [from, to)} down to {@code at} and returns where they end. Each replacement
     * is no longer than what it replaces, so {@code at <= from} and the text is rewritten in place; runs between matches
     * are moved once, and not at all before the first match.
     */
    private int moveDown(int from, int to, int at) {
        if (from != at) {
            System.arraycopy(chars, from, chars, at, to - from);
        }
        return at + to - from;
    }

    private int next(char c, int from) {
        for (int i = from; i < length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The end of {@code [0-9a-f]+#} (either case) starting at {@code from}, or -1. */
    private int placeholderEnd(int from) {
        int i = from;
        while (i < length && isHex(asciiLower(chars[i]))) {
            i++;
        }
        return i > from && i < length && chars[i] == '#' ? i + 1 : -1;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    /** Whether the lower-case pattern {@code s} starts at {@code at}, ASCII letters matching in either case. */
    private boolean startsWith(String s, int at) {
        if (at + s.length() > length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (asciiLower(chars[at + i]) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private int write(String s, int at) {
        s.getChars(0, s.length(), chars, at);
        return at + s.length();
    }

    private void ensure(int capacity) {
        if (chars.length < capacity) {
            chars = new char[Math.max(capacity, chars.length * 2)];
        }
    }
}
