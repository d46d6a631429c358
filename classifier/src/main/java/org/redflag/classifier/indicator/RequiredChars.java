package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap test that rules out a regular expression in a stretch of text before the regex engine runs: sets of
 * characters of which every match must contain at least one each (for {@code "(age|aged) ?1[6-9]"}: one of
 * {@code a}, and a {@code 1}, and one of {@code 6-9}). Most trigger windows of an ordinary ad lack one of them, and
 * scanning a window for a few characters costs far less than trying the expression at every position of it.
 *
 * <p>Why it is safe: the sets come from a conservative reading of the expression's syntax. Only parts that must
 * match (not optional, not inside a look-around) and whose characters are known (literals, simple classes,
 * {@code \d}) give a set; an alternation gives the union of one set per branch. Anything the reader does not fully
 * understand (flags, named groups, {@code \p}, {@code \Q}, back-references, nested classes, surrogate pairs) makes
 * it require nothing, so the expression always runs. Immutable and thread-safe.
 */
final class RequiredChars {
    private static final int MAX_SETS = 4;
    private static final RequiredChars NOTHING = new RequiredChars(List.of(), List.of());

    /** Per required set: which ASCII characters are in it, as two 64-bit masks. */
    private final long[] low;
    private final long[] high;
    /** Per required set: the characters above ASCII, or null when there are none. */
    private final BitSet[] rest;

    /** Per required word list: the words, one of which every match contains. */
    private final char[][][] words;
    /** Per required word list: the words' first characters as two 64-bit masks, when all of them are ASCII. */
    private final long[] firstLow;
    private final long[] firstHigh;
    /** Per required word list: whether a word starts above ASCII, so that the masks do not apply. */
    private final boolean[] firstBeyondAscii;
    /**
     * Per required word list: the words' first two characters, each pair as one bit of {@link #pairBit}, so that most
     * positions whose first character fits are ruled out without comparing any word; all bits when a word is a single
     * character.
     */
    private final long[] pairs;

    private RequiredChars(List<BitSet> sets, List<String[]> wordLists) {
        low = new long[sets.size()];
        high = new long[sets.size()];
        rest = new BitSet[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            BitSet set = sets.get(i);
            long[] bits = set.get(0, 128).toLongArray();
            low[i] = bits.length > 0 ? bits[0] : 0;
            high[i] = bits.length > 1 ? bits[1] : 0;
            rest[i] = set.nextSetBit(128) >= 0 ? set.get(0, 0x10000) : null;
        }
        words = new char[wordLists.size()][][];
        for (int i = 0; i < words.length; i++) {
            words[i] = java.util.Arrays.stream(wordLists.get(i)).map(String::toCharArray).toArray(char[][]::new);
        }
        firstLow = new long[words.length];
        firstHigh = new long[words.length];
        firstBeyondAscii = new boolean[words.length];
        pairs = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            for (char[] word : words[i]) {
                pairs[i] |= word.length == 1 ? -1L : pairBit(word[0], word[1]);
                char c = word[0];
                if (c >= 128) {
                    firstBeyondAscii[i] = true;
                } else if (c < 64) {
                    firstLow[i] |= 1L << c;
                } else {
                    firstHigh[i] |= 1L << c;
                }
            }
        }
    }

    /** One requirement: a match contains a character of {@code chars}, or one of {@code words} (the other is null). */
    private record Need(BitSet chars, String[] words) {
        static Need of(BitSet chars) {
            return new Need(chars, null);
        }

        int size() {
            return chars != null ? chars.cardinality() : Integer.MAX_VALUE;
        }
    }

    /** What every match of {@code pattern} must contain; requires nothing when the expression is not understood. */
    static RequiredChars of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return NOTHING;
        }
        try {
            Reader reader = new Reader(pattern.pattern());
            List<Need> needs = reader.alternation();
            if (!reader.atEnd()) {
                return NOTHING;
            }
            List<BitSet> sets = new ArrayList<>();
            needs.stream().map(Need::chars).filter(c -> c != null && !c.isEmpty())
                    .sorted(Comparator.comparingInt(BitSet::cardinality))
                    .filter(c -> !sets.contains(c)).limit(MAX_SETS).forEach(sets::add);
            List<String[]> wordLists = needs.stream().map(Need::words).filter(w -> w != null)
                    .sorted(Comparator.comparingInt(RequiredChars::shortest).reversed()).limit(MAX_SETS).toList();
            return new RequiredChars(sets, wordLists);
        } catch (Unsupported e) {
            return NOTHING;
        }
    }

    private static int shortest(String[] words) {
        return java.util.Arrays.stream(words).mapToInt(String::length).min().orElse(0);
    }

    /** Number of character sets required (0 when the expression must always run). */
    int size() {
        return low.length + words.length;
    }

    /** False only when no match can lie within {@code text[from, to)}. */
    boolean mayMatch(char[] text, int from, int to) {
        return mayMatch(text, from, to, null);
    }

    /** As {@link #mayMatch(char[], int, int)}, testing ASCII-only sets on {@code blocks} (the text indexed) if given. */
    boolean mayMatch(char[] text, int from, int to, CharBlocks blocks) {
        for (int i = 0; i < low.length; i++) {
            boolean found = blocks == null ? containsAny(text, from, to, i)
                    : blocks.mayContain(from, to, low[i], high[i]) || rest[i] != null && containsAny(text, from, to, i);
            if (!found) {
                return false;
            }
        }
        for (int i = 0; i < words.length; i++) {
            boolean found = firstBeyondAscii[i] ? containsAnyWordSlowly(text, from, to, words[i])
                    : containsAnyWord(text, from, to, words[i], firstLow[i], firstHigh[i], pairs[i]);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** One of 64 bits (the shift counts modulo 64) standing for the pair {@code (a, b)}; pairs may share a bit. */
    private static long pairBit(char a, char b) {
        return 1L << (a * 7 + b);
    }

    /**
     * Whether a word of {@code list} starts in {@code [from, to)} and ends by {@code to}. Its first characters are the
     * ASCII set {@code (lo, hi)} and its first two characters have their {@link #pairBit} in {@code pairs}: only
     * positions passing both tests are compared with the words.
     */
    private static boolean containsAnyWord(char[] text, int from, int to, char[][] list, long lo, long hi,
                                           long pairs) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            boolean first = c < 64 ? (lo >>> c & 1) != 0 : c < 128 && (hi >>> c & 1) != 0;
            if (first && (i + 1 == to || (pairs & pairBit(c, text[i + 1])) != 0)) {
                for (char[] word : list) {
                    if (word[0] == c && i + word.length <= to && startsWith(text, i, word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Word by word, for lists with a word that starts above ASCII. */
    private static boolean containsAnyWordSlowly(char[] text, int from, int to, char[][] list) {
        for (char[] word : list) {
            char first = word[0];
            for (int i = from, last = to - word.length; i <= last; i++) {
                if (text[i] == first && startsWith(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(char[] text, int at, char[] word) {
        for (int j = 1; j < word.length; j++) {
            if (text[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    private boolean containsAny(char[] text, int from, int to, int set) {
        long lo = low[set];
        long hi = high[set];
        BitSet others = rest[set];
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 64) {
                if ((lo >>> c & 1) != 0) {
                    return true;
                }
            } else if (c < 128) {
                if ((hi >>> c & 1) != 0) {
                    return true;
                }
            } else if (others != null && others.get(c)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by the reader for any syntax it does not fully understand. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Recursive-descent reader of the expression's syntax, computing required sets as it goes. */
    private static final class Reader {
        private final String re;
        private int at;

        Reader(String re) {
            this.re = re;
        }

        boolean atEnd() {
            return at == re.length();
        }

        private char peek() {
            return re.charAt(at);
        }

        /** Branches separated by {@code |}: each needs one of its sets, so together they need the union. */
        List<Need> alternation() throws Unsupported {
            List<List<Need>> branches = new ArrayList<>();
            branches.add(sequence());
            while (!atEnd() && peek() == '|') {
                at++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            BitSet union = new BitSet();
            for (List<Need> branch : branches) {
                BitSet smallest = branch.stream().map(Need::chars).filter(c -> c != null)
                        .min(Comparator.comparingInt(BitSet::cardinality)).orElse(null);
                if (smallest == null) {
                    return List.of();
                }
                union.or(smallest);
            }
            return List.of(Need.of(union));
        }

        /** Mandatory atoms in a row; a run of plain literal characters is also required as one word. */
        private List<Need> sequence() throws Unsupported {
            List<Need> required = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (!atEnd() && peek() != '|' && peek() != ')') {
                int atomStart = at;
                List<Need> atom = atom();
                String literal = literal(re.substring(atomStart, at));
                int atomEnd = at;
                boolean optional = optionalQuantifier();
                if (!optional) {
                    required.addAll(atom);
                }
                if (literal != null && at == atomEnd) {
                    run.append(literal);
                } else {
                    endRun(run, required);
                }
            }
            endRun(run, required);
            return required;
        }

        private static void endRun(StringBuilder run, List<Need> required) {
            if (run.length() >= 2) {
                required.add(new Need(null, new String[] {run.toString()}));
            }
            run.setLength(0);
        }

        /** The character an atom's source stands for when it is a plain literal ({@code a}, {@code \$}), else null. */
        private static String literal(String atom) {
            if (atom.length() == 1 && "\\[](){}?*+.^$|".indexOf(atom.charAt(0)) < 0) {
                return atom;
            }
            if (atom.length() == 2 && atom.charAt(0) == '\\' && !Character.isLetterOrDigit(atom.charAt(1))) {
                return atom.substring(1);
            }
            return null;
        }

        /** Reads a quantifier if one follows; true when it allows zero repetitions. */
        private boolean optionalQuantifier() throws Unsupported {
            if (atEnd()) {
                return false;
            }
            boolean optional;
            char c = peek();
            if (c == '?' || c == '*') {
                optional = true;
                at++;
            } else if (c == '+') {
                optional = false;
                at++;
            } else if (c == '{') {
                int close = re.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = re.substring(at + 1, close);
                if (!body.matches("[0-9]+(,[0-9]*)?")) {
                    throw new Unsupported();
                }
                optional = Integer.parseInt(body.split(",")[0]) == 0;
                at = close + 1;
            } else {
                return false;
            }
            if (!atEnd() && (peek() == '?' || peek() == '+')) {
                at++;
            }
            if (!atEnd() && "?*+{".indexOf(peek()) >= 0) {
                throw new Unsupported();
            }
            return optional;
        }

        private List<Need> atom() throws Unsupported {
            char c = re.charAt(at++);
            if (Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            return switch (c) {
                case '(' -> group();
                case '[' -> charClass();
                case '\\' -> escape();
                case '.', '^', '$' -> List.of();
                case '*', '+', '?', '{' -> throw new Unsupported();
                default -> List.of(Need.of(single(c)));
            };
        }

        private List<Need> group() throws Unsupported {
            boolean lookaround = false;
            if (re.startsWith("?:", at)) {
                at += 2;
            } else if (re.startsWith("?=", at) || re.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (re.startsWith("?<=", at) || re.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (!atEnd() && peek() == '?') {
                throw new Unsupported();
            }
            int innerStart = at;
            List<Need> inner = alternation();
            if (atEnd() || peek() != ')') {
                throw new Unsupported();
            }
            String[] literals = literalBranches(re.substring(innerStart, at));
            at++;
            if (lookaround) {
                return List.of();
            }
            if (literals == null) {
                return inner;
            }
            List<Need> needs = new ArrayList<>(inner);
            needs.add(new Need(null, literals));
            return needs;
        }

        /** The branches of {@code a|bc|d} as plain strings, or null when any branch is not a non-empty literal. */
        private static String[] literalBranches(String source) {
            List<String> branches = new ArrayList<>();
            StringBuilder branch = new StringBuilder();
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '|') {
                    branches.add(branch.toString());
                    branch.setLength(0);
                } else if (c == '\\' && i + 1 < source.length() && !Character.isLetterOrDigit(source.charAt(i + 1))
                        && !Character.isSurrogate(source.charAt(i + 1))) {
                    branch.append(source.charAt(++i));
                } else if ("\\[](){}?*+.^$".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                    return null;
                } else {
                    branch.append(c);
                }
            }
            branches.add(branch.toString());
            return branches.stream().anyMatch(String::isEmpty) ? null : branches.toArray(String[]::new);
        }

        private List<Need> escape() throws Unsupported {
            if (atEnd()) {
                throw new Unsupported();
            }
            char c = re.charAt(at++);
            if (c == 'd') {
                BitSet digits = new BitSet();
                digits.set('0', '9' + 1);
                return List.of(Need.of(digits));
            }
            if ("bBAzZGwWsSD".indexOf(c) >= 0) {
                return List.of();
            }
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            return List.of(Need.of(single(c)));
        }

        /** A simple class ({@code [a-z0-9$]}, {@code [-/]}); a negated one matches unknown characters. */
        private List<Need> charClass() throws Unsupported {
            boolean negated = !atEnd() && peek() == '^';
            if (negated) {
                at++;
            }
            BitSet set = new BitSet();
            boolean first = true;
            while (true) {
                if (atEnd()) {
                    throw new Unsupported();
                }
                char c = re.charAt(at++);
                if (c == ']') {
                    if (first) {
                        throw new Unsupported();
                    }
                    break;
                }
                first = false;
                if (c == '[' || Character.isSurrogate(c) || re.startsWith("&&", at - 1)) {
                    throw new Unsupported();
                }
                if (c == '\\') {
                    List<Need> escaped = escape();
                    if (escaped.isEmpty()) {
                        throw new Unsupported();
                    }
                    set.or(escaped.get(0).chars());
                    continue;
                }
                if (re.startsWith("-", at) && at + 1 < re.length() && re.charAt(at + 1) != ']') {
                    char last = re.charAt(at + 1);
                    if (last == '\\' || last == '[' || Character.isSurrogate(last) || last < c) {
                        throw new Unsupported();
                    }
                    set.set(c, last + 1);
                    at += 2;
                } else {
                    set.set(c);
                }
            }
            return negated ? List.of() : List.of(Need.of(set));
        }

        private static BitSet single(char c) {
            BitSet set = new BitSet();
            set.set(c);
            return set;
        }
    }
}
