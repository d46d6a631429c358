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
    private static final RequiredChars NOTHING = new RequiredChars(List.of());

    private final BitSet[] sets;

    private RequiredChars(List<BitSet> sets) {
        this.sets = sets.toArray(BitSet[]::new);
    }

    /** What every match of {@code pattern} must contain; requires nothing when the expression is not understood. */
    static RequiredChars of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return NOTHING;
        }
        try {
            Reader reader = new Reader(pattern.pattern());
            List<BitSet> sets = reader.alternation();
            if (!reader.atEnd()) {
                return NOTHING;
            }
            List<BitSet> distinct = new ArrayList<>();
            sets.stream().filter(s -> !s.isEmpty()).sorted(Comparator.comparingInt(BitSet::cardinality))
                    .filter(s -> !distinct.contains(s)).limit(MAX_SETS).forEach(distinct::add);
            return new RequiredChars(distinct);
        } catch (Unsupported e) {
            return NOTHING;
        }
    }

    /** Number of character sets required (0 when the expression must always run). */
    int size() {
        return sets.length;
    }

    /** False only when no match can lie within {@code text[from, to)}. */
    boolean mayMatch(CharSequence text, int from, int to) {
        for (BitSet set : sets) {
            if (!containsAny(text, from, to, set)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(CharSequence text, int from, int to, BitSet set) {
        for (int i = from; i < to; i++) {
            if (set.get(text.charAt(i))) {
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
        List<BitSet> alternation() throws Unsupported {
            List<List<BitSet>> branches = new ArrayList<>();
            branches.add(sequence());
            while (!atEnd() && peek() == '|') {
                at++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            BitSet union = new BitSet();
            for (List<BitSet> branch : branches) {
                BitSet smallest = branch.stream().min(Comparator.comparingInt(BitSet::cardinality)).orElse(null);
                if (smallest == null) {
                    return List.of();
                }
                union.or(smallest);
            }
            return List.of(union);
        }

        private List<BitSet> sequence() throws Unsupported {
            List<BitSet> required = new ArrayList<>();
            while (!atEnd() && peek() != '|' && peek() != ')') {
                List<BitSet> atom = atom();
                if (!optionalQuantifier()) {
                    required.addAll(atom);
                }
            }
            return required;
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

        private List<BitSet> atom() throws Unsupported {
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
                default -> List.of(single(c));
            };
        }

        private List<BitSet> group() throws Unsupported {
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
            List<BitSet> inner = alternation();
            if (atEnd() || peek() != ')') {
                throw new Unsupported();
            }
            at++;
            return lookaround ? List.of() : inner;
        }

        private List<BitSet> escape() throws Unsupported {
            if (atEnd()) {
                throw new Unsupported();
            }
            char c = re.charAt(at++);
            if (c == 'd') {
                BitSet digits = new BitSet();
                digits.set('0', '9' + 1);
                return List.of(digits);
            }
            if ("bBAzZGwWsSD".indexOf(c) >= 0) {
                return List.of();
            }
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            return List.of(single(c));
        }

        /** A simple class ({@code [a-z0-9$]}, {@code [-/]}); a negated one matches unknown characters. */
        private List<BitSet> charClass() throws Unsupported {
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
                    List<BitSet> escaped = escape();
                    if (escaped.isEmpty()) {
                        throw new Unsupported();
                    }
                    set.or(escaped.get(0));
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
            return negated ? List.of() : List.of(set);
        }

        private static BitSet single(char c) {
            BitSet set = new BitSet();
            set.set(c);
            return set;
        }
    }
}
