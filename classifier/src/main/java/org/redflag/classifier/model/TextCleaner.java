package org.redflag.classifier.model;

import java.util.Locale;

/**
 * Writes {@link DeceptionFeatures#clean} of a text into a reusable character buffer, in a few passes over the
 * characters and without regular expressions or intermediate strings: lower-casing as {@code String.toLowerCase(ROOT)}
 * does, then the HTML entities, then the {@code #url_..#}, {@code #email_..#} and {@code #phone_..#} placeholders, each
 * step over the result of the one before, exactly as the string version applies them.
 *
 * <p>A text with neither {@code &} nor {@code #} needs no replacement, so {@link #prepare} only copies it and leaves
 * lower-casing, character by character, to {@link WordScanner}. A few characters cannot be lower-cased on their own
 * ({@link #needsJdkLowerCase}); a text holding one is lower-cased by the JDK instead. One instance per thread.
 */
final class TextCleaner {
    private static final String[] ENTITIES = {"&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    private static final String[] ENTITY_TEXT = {" and ", " ", " ", " ", " ", "'"};

    private static final char[] ASCII_LOWER = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

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
     * Copies a text without {@code &} and {@code #} as it is, for {@link WordScanner} to lower-case; cleans any other
     * text. Returns the length in {@link #chars()}.
     */
    int prepare(String text) {
        if (text.indexOf('&') >= 0 || text.indexOf('#') >= 0) {
            return clean(text);
        }
        length = text.length();
        ensure(length);
        text.getChars(0, length, chars, 0);
        lowered = false;
        return length;
    }

    /** Whether {@link #chars()} holds lower-cased text, which is the case after anything but a plain copy. */
    boolean lowered() {
        return lowered;
    }

    /** Cleans the text after lower-casing it with the JDK; see {@link #needsJdkLowerCase}. */
    int cleanLoweredByJdk(String text) {
        return cleanLowered(text.toLowerCase(Locale.ROOT));
    }

    /** Cleans the text into {@link #chars()}; returns the cleaned length. */
    int clean(String text) {
        int n = text.length();
        ensure(n);
        text.getChars(0, n, chars, 0);
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x80) {
                chars[i] = ASCII_LOWER[c];
            } else if (needsJdkLowerCase(c)) {
                return cleanLoweredByJdk(text);
            } else {
                chars[i] = Character.toLowerCase(c);
            }
        }
        length = n;
        lowered = true;
        return replace(text.indexOf('&') >= 0, text.indexOf('#') >= 0);
    }

    /**
     * The rare texts whose lower case depends on context or changes length (dotted capital I, capital sigma, characters
     * outside the basic plane) are lower-cased by the JDK itself.
     */
    private int cleanLowered(String text) {
        length = text.length();
        ensure(length);
        text.getChars(0, length, chars, 0);
        lowered = true;
        return replace(text.indexOf('&') >= 0, text.indexOf('#') >= 0);
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

    /** The cleaned (or copied) characters; valid up to the length last returned, until the next call. */
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

    /** The end of {@code [0-9a-f]+#} starting at {@code from}, or -1. */
    private int placeholderEnd(int from) {
        int i = from;
        while (i < length && isLowerHex(chars[i])) {
            i++;
        }
        return i > from && i < length && chars[i] == '#' ? i + 1 : -1;
    }

    private static boolean isLowerHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    private boolean startsWith(String s, int at) {
        if (at + s.length() > length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (chars[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
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
