package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over chars, compiled to a deterministic automaton: finds every occurrence of every keyword in
 * one pass over the text with a fixed amount of work per character (no failure-link loops, no hashing).
 *
 * <p>Why this layout: every character that occurs in a keyword gets a class number; every other character is class
 * 0, which leads back to the root. A dense table of states x classes would need tens of megabytes for the hundreds of
 * Han characters of the lexicons, yet for those classes almost every row equals the root's. So the classes split in
 * two. The (at most {@value #MAX_DENSE}) most frequent non-CJK classes, which Latin-script text visits at nearly every
 * character, have a dense row per state: one array read per character. The other classes are stored sparsely: only
 * where a state's transition differs from the root's, packed into one array of (owner, target) cells as in a
 * double-array trie. A state's sparse row starts at its base, and its transition on a sparse class is the cell at
 * {@code base + class} if that cell is owned by the state, else the root's; the choice is made with bit masks, since a
 * mispredicted branch per character costs more than the reads.
 *
 * <p>The pass over the text is a chain of dependent table reads, so its speed is set by how many of the states that
 * text visits stay in the processor's caches. Dense rows therefore hold 16-bit state numbers, {@value #MAX_DENSE} to a
 * row (128 bytes, found by a shift), which halves the rows of 32-bit entries; and the states with keywords ending
 * there are numbered last, so that "has output" is one comparison with {@link #firstOutput} rather than a flag to
 * read or mask off. That bounds the automaton at {@value #MAX_STATES} states, several times what the lexicons need.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class AhoCorasick {
    /** Columns of a dense row, class 0 included; a power of two, so a row starts at {@code state << ROW_SHIFT}. */
    static final int MAX_DENSE = 64;
    private static final int ROW_SHIFT = 6;
    /** States a 16-bit state number can address. */
    static final int MAX_STATES = 1 << 16;
    /** How far behind the latest placement the packing still looks for free cells: bounds the build time. */
    private static final int SEARCH_WINDOW = 256;
    private static final char FIRST_CJK = '\u2E80';

    private final char[] classOf = new char[0x10000];
    /** Number of dense classes; sparse classes are numbered from here. */
    private final int denseClasses;
    /** Dense rows: the next state on class {@code k} from state {@code s} is {@code next[s << ROW_SHIFT | k]}. */
    private final char[] next;
    /** Per state, the base of its sparse row in {@link #cells}. */
    private final int[] sparseBase;
    private final int[] rootNext;
    /** Interleaved cells: {@code cells[2p]} is the base of the state owning position p (or -1), {@code cells[2p+1]} its target. */
    private final int[] cells;
    /** States from this number on have keywords ending there. */
    private final int firstOutput;
    /** Per output state (numbered from {@link #firstOutput}), where its keywords start in {@link #outputs}. */
    private final int[] outputAt;
    /** At an output state's index: its keyword count, followed by the keywords. */
    private final int[] outputs;
    private final int[] lengths;
    /** Length of the longest keyword (at least 1). */
    private final int longest;
    private final int states;

    /** Receives each match: the keyword's index in the list given to the constructor and its span [start, end). */
    @FunctionalInterface
    public interface MatchHandler {
        void onMatch(int keyword, int start, int end);
    }

    public AhoCorasick(List<String> keywords) {
        denseClasses = assignDenseClasses(keywords);
        int classes = assignSparseClasses(keywords, denseClasses);
        Trie trie = new Trie(keywords, classOf);
        states = trie.size();
        if (states > MAX_STATES) {
            throw new IllegalArgumentException("The keywords compile to " + states + " automaton states; at most "
                    + MAX_STATES + " are supported");
        }
        lengths = keywords.stream().mapToInt(String::length).toArray();
        longest = Math.max(1, Arrays.stream(lengths).max().orElse(1));
        List<Map<Integer, Integer>> rows = trie.exceptionRows();
        int[] base = packBases(rows, trie.bfsOrder, denseClasses - 1);
        int maxBase = Arrays.stream(base).max().orElse(0);
        int[][] flat = trie.flatOutputs();
        int[] number = new int[states];
        int numbered = 0;
        for (int s : trie.bfsOrder) {
            if (flat[s].length == 0) {
                number[s] = numbered++;
            }
        }
        firstOutput = numbered;
        for (int s : trie.bfsOrder) {
            if (flat[s].length > 0) {
                number[s] = numbered++;
            }
        }
        rootNext = new int[classes];
        for (int k = 1; k < classes; k++) {
            rootNext[k] = number[trie.child(0, k)];
        }
        next = new char[states << ROW_SHIFT];
        sparseBase = new int[states];
        cells = new int[2 * (maxBase + classes - denseClasses + 2)];
        Arrays.fill(cells, -1);
        for (int s = 0; s < states; s++) {
            int row = number[s] << ROW_SHIFT;
            for (int k = 0; k < denseClasses; k++) {
                next[row + k] = (char) rootNext[k];
            }
            sparseBase[number[s]] = base[s];
            for (Map.Entry<Integer, Integer> e : rows.get(s).entrySet()) {
                if (e.getKey() < denseClasses) {
                    next[row + e.getKey()] = (char) number[e.getValue()];
                } else {
                    int p = base[s] + e.getKey() - denseClasses + 1;
                    cells[2 * p] = base[s];
                    cells[2 * p + 1] = number[e.getValue()];
                }
            }
        }
        outputAt = new int[states - firstOutput];
        outputs = packOutputs(flat, number);
    }

    /** Classes 1.. for the most frequent non-CJK keyword characters; returns the number of dense classes. */
    private int assignDenseClasses(List<String> keywords) {
        Map<Character, Integer> counts = new HashMap<>();
        for (String k : keywords) {
            for (int i = 0; i < k.length(); i++) {
                if (k.charAt(i) < FIRST_CJK) {
                    counts.merge(k.charAt(i), 1, Integer::sum);
                }
            }
        }
        List<Character> chars = new ArrayList<>(counts.keySet());
        chars.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? Character.compare(a, b) : counts.get(b) - counts.get(a));
        int classes = 1;
        for (char c : chars.subList(0, Math.min(chars.size(), MAX_DENSE - 1))) {
            classOf[c] = (char) classes++;
        }
        return classes;
    }

    /** Classes from {@code first} on for every other keyword character, in order of first occurrence. */
    private int assignSparseClasses(List<String> keywords, int first) {
        int classes = first;
        for (String k : keywords) {
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (classOf[c] == 0) {
                    classOf[c] = (char) classes++;
                }
            }
        }
        return classes;
    }

    /**
     * First-fit packing of the sparse rows (classes {@code shift + 1..}, stored at {@code base + class - shift});
     * every state gets a distinct base, the root base 0. The search for free cells starts at most
     * {@link #SEARCH_WINDOW} cells behind the latest placement, which leaves a few holes but keeps building linear in
     * the number of states.
     */
    private static int[] packBases(List<Map<Integer, Integer>> rows, int[] order, int shift) {
        int[] base = new int[rows.size()];
        BitSet usedCell = new BitSet();
        BitSet usedBase = new BitSet();
        usedBase.set(0);
        int mark = 1;
        boolean[] placed = new boolean[rows.size()];
        placed[0] = true;
        for (int i = 1; i < order.length; i++) {
            int s = order[i];
            int[] keys = rows.get(s).keySet().stream().mapToInt(Integer::intValue).filter(k -> k > shift)
                    .map(k -> k - shift).sorted().toArray();
            if (keys.length == 0) {
                continue;
            }
            int pos = usedCell.nextClearBit(Math.max(mark, keys[0] + 1));
            while (!fits(pos - keys[0], keys, usedCell, usedBase)) {
                pos = usedCell.nextClearBit(pos + 1);
            }
            base[s] = pos - keys[0];
            placed[s] = true;
            usedBase.set(base[s]);
            for (int k : keys) {
                usedCell.set(base[s] + k);
            }
            mark = Math.max(mark, pos - SEARCH_WINDOW);
        }
        for (int s = 1; s < rows.size(); s++) {
            if (!placed[s]) {
                base[s] = usedBase.nextClearBit(1);
                usedBase.set(base[s]);
            }
        }
        return base;
    }

    private static boolean fits(int b, int[] keys, BitSet usedCell, BitSet usedBase) {
        if (usedBase.get(b)) {
            return false;
        }
        for (int k : keys) {
            if (usedCell.get(b + k)) {
                return false;
            }
        }
        return true;
    }

    private int[] packOutputs(int[][] flat, int[] number) {
        int total = 1;
        for (int[] f : flat) {
            total += f.length > 0 ? f.length + 1 : 0;
        }
        int[] packed = new int[total];
        int at = 1;
        for (int s = 0; s < flat.length; s++) {
            if (flat[s].length > 0) {
                outputAt[number[s] - firstOutput] = at;
                packed[at] = flat[s].length;
                System.arraycopy(flat[s], 0, packed, at + 1, flat[s].length);
                at += flat[s].length + 1;
            }
        }
        return packed;
    }

    /**
     * Reports every keyword occurrence in {@code text}, in order of end position; among those ending at the same
     * position, longest first, and keywords of equal text in the order they were given.
     */
    public void search(CharSequence text, MatchHandler handler) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(i);
        }
        search(chars, chars.length, handler);
    }

    /**
     * As {@link #search(CharSequence, MatchHandler)} over {@code text[0, length)}: callers that keep a buffer (filled
     * with {@link String#getChars}) avoid a per-character string access in the automaton's loop.
     *
     * <p>Each step waits for the table read of the step before, so one pass is bound by the latency of those reads.
     * A longer text is therefore read as two halves in the same loop, two independent chains the processor overlaps.
     * The second half starts {@link #longest} characters early from the root: by the middle it is in the state a
     * single pass would be in, since a state is the longest keyword prefix ending there. Its matches (those ending
     * after the middle) are kept until the first half's have been reported, so the order stays that of one pass.
     */
    public void search(char[] text, int length, MatchHandler handler) {
        if (length < 4 * longest) {
            for (int i = 0, state = 0; i < length; i++) {
                state = step(state, text[i]);
                if (state >= firstOutput) {
                    report(state, i + 1, handler);
                }
            }
            return;
        }
        int middle = length >>> 1;
        int offset = middle - longest;
        int[] later = new int[16];
        int kept = 0;
        int first = 0;
        int second = 0;
        for (int i = 0; i < middle; i++) {
            first = step(first, text[i]);
            second = step(second, text[offset + i]);
            if (first >= firstOutput) {
                report(first, i + 1, handler);
            }
            if (second >= firstOutput && offset + i >= middle) {
                if (kept == later.length) {
                    later = Arrays.copyOf(later, 2 * kept);
                }
                later[kept++] = second;
                later[kept++] = offset + i + 1;
            }
        }
        for (int n = 0; n < kept; n += 2) {
            report(later[n], later[n + 1], handler);
        }
        for (int i = offset + middle; i < length; i++) {
            second = step(second, text[i]);
            if (second >= firstOutput) {
                report(second, i + 1, handler);
            }
        }
    }

    /** The state after {@code c}: a dense row's entry, or the sparse cell if the state owns it, else the root's. */
    private int step(int state, char c) {
        int k = classOf[c];
        if (k < denseClasses) {
            return next[state << ROW_SHIFT | k];
        }
        int b = sparseBase[state];
        int p = (b + k - denseClasses + 1) << 1;
        int x = cells[p] ^ b;
        int other = (x | -x) >> 31;
        return (cells[p + 1] & ~other) | (rootNext[k] & other);
    }

    private void report(int state, int end, MatchHandler handler) {
        int at = outputAt[state - firstOutput];
        for (int j = at + 1, last = at + outputs[at]; j <= last; j++) {
            int k = outputs[j];
            handler.onMatch(k, end - lengths[k], end);
        }
    }

    /** Number of states (trie nodes, the root included). */
    public int stateCount() {
        return states;
    }

    /** Approximate size of the compiled tables in bytes, for reports on memory use. */
    public long tableBytes() {
        return 2L * (classOf.length + next.length)
                + 4L * (sparseBase.length + rootNext.length + cells.length + outputAt.length + outputs.length + lengths.length);
    }

    /** The keyword trie during construction: goto edges by character class, failure links, outputs. */
    private static final class Trie {
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<List<Integer>> own = new ArrayList<>();
        private int[] fail;
        int[] bfsOrder;

        Trie(List<String> keywords, char[] classOf) {
            newState();
            for (int w = 0; w < keywords.size(); w++) {
                String word = keywords.get(w);
                int s = 0;
                for (int i = 0; i < word.length(); i++) {
                    int k = classOf[word.charAt(i)];
                    Integer t = children.get(s).get(k);
                    if (t == null) {
                        t = newState();
                        children.get(s).put(k, t);
                    }
                    s = t;
                }
                own.get(s).add(w);
            }
            linkFailures();
        }

        private int newState() {
            children.add(new HashMap<>(4));
            own.add(new ArrayList<>(1));
            return children.size() - 1;
        }

        int size() {
            return children.size();
        }

        int child(int s, int k) {
            return children.get(s).getOrDefault(k, 0);
        }

        /** Breadth-first failure links: the longest proper suffix of a state's string that is also a trie state. */
        private void linkFailures() {
            fail = new int[size()];
            bfsOrder = new int[size()];
            int head = 0;
            int tail = 0;
            bfsOrder[tail++] = 0;
            while (head < tail) {
                int s = bfsOrder[head++];
                for (Map.Entry<Integer, Integer> e : children.get(s).entrySet()) {
                    int child = e.getValue();
                    fail[child] = s == 0 ? 0 : delta(fail[s], e.getKey());
                    bfsOrder[tail++] = child;
                }
            }
        }

        /** The automaton's transition, following failure links (construction only). */
        private int delta(int s, int k) {
            while (true) {
                Integer t = children.get(s).get(k);
                if (t != null) {
                    return t;
                }
                if (s == 0) {
                    return 0;
                }
                s = fail[s];
            }
        }

        /**
         * For each state, the classes whose transition differs from the root's, with their targets: the state's own
         * edges over those inherited from its failure state. The root's row is left empty (it is stored densely).
         */
        List<Map<Integer, Integer>> exceptionRows() {
            List<Map<Integer, Integer>> rows = new ArrayList<>(size());
            for (int s = 0; s < size(); s++) {
                rows.add(null);
            }
            rows.set(0, Map.of());
            for (int i = 1; i < bfsOrder.length; i++) {
                int s = bfsOrder[i];
                Map<Integer, Integer> row = new HashMap<>(rows.get(fail[s]));
                row.putAll(children.get(s));
                rows.set(s, row);
            }
            return rows;
        }

        /** A state's keywords followed by those of its failure state's chain, the root's excluded. */
        int[][] flatOutputs() {
            int[][] flat = new int[size()][];
            flat[0] = new int[0];
            for (int i = 1; i < bfsOrder.length; i++) {
                int s = bfsOrder[i];
                int[] inherited = flat[fail[s]];
                int[] mine = new int[own.get(s).size() + inherited.length];
                for (int j = 0; j < own.get(s).size(); j++) {
                    mine[j] = own.get(s).get(j);
                }
                System.arraycopy(inherited, 0, mine, own.get(s).size(), inherited.length);
                flat[s] = mine;
            }
            return flat;
        }
    }
}
