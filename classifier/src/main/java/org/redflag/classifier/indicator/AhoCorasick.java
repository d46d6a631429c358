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
 * <p>Why this layout: a dense table of states x characters would need tens of megabytes for the Han characters of the
 * lexicons, yet almost every row of it equals the root's row. So every character that occurs in a keyword gets a
 * class number (every other character is class 0, which leads back to the root), the root's row is stored densely,
 * and each other state stores only the classes where its transition differs from the root's. These sparse rows are
 * packed into one array of (owner, target) cells, as in a double-array trie: a state is identified by its base
 * offset, and its transition on class {@code k} is the cell at {@code base + k} if that cell is owned by the state,
 * else the root's. One character costs three array reads. A target with the sign bit set has keywords ending there.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class AhoCorasick {
    private static final int HAS_OUTPUT = 0x8000_0000;
    private static final int BASE = 0x7FFF_FFFF;
    /** How far behind the latest placement the packing still looks for free cells: bounds the build time. */
    private static final int SEARCH_WINDOW = 256;

    private final char[] classOf = new char[0x10000];
    private final int[] rootNext;
    /** Interleaved cells: {@code cells[2p]} is the base of the state owning position p (or -1), {@code cells[2p+1]} its target. */
    private final int[] cells;
    /** For a state's base: index into {@link #outputs} of its keyword count, followed by the keywords. */
    private final int[] outputAt;
    private final int[] outputs;
    private final int[] lengths;
    private final int states;

    /** Receives each match: the keyword's index in the list given to the constructor and its span [start, end). */
    @FunctionalInterface
    public interface MatchHandler {
        void onMatch(int keyword, int start, int end);
    }

    public AhoCorasick(List<String> keywords) {
        int classes = assignClasses(keywords);
        Trie trie = new Trie(keywords, classOf);
        states = trie.size();
        lengths = keywords.stream().mapToInt(String::length).toArray();
        List<Map<Integer, Integer>> rows = trie.exceptionRows();
        int[] base = packBases(rows);
        int maxBase = Arrays.stream(base).max().orElse(0);
        int[][] flat = trie.flatOutputs();
        int[] encoded = new int[states];
        for (int s = 0; s < states; s++) {
            encoded[s] = base[s] | (flat[s].length > 0 ? HAS_OUTPUT : 0);
        }
        rootNext = new int[classes];
        for (int k = 1; k < classes; k++) {
            rootNext[k] = encoded[trie.child(0, k)];
        }
        cells = new int[2 * (maxBase + classes + 1)];
        Arrays.fill(cells, -1);
        for (int s = 1; s < states; s++) {
            for (Map.Entry<Integer, Integer> e : rows.get(s).entrySet()) {
                int p = base[s] + e.getKey();
                cells[2 * p] = base[s];
                cells[2 * p + 1] = encoded[e.getValue()];
            }
        }
        outputAt = new int[maxBase + 1];
        outputs = packOutputs(flat, base);
    }

    private int assignClasses(List<String> keywords) {
        int classes = 1;
        for (String k : keywords) {
            for (int i = 0; i < k.length(); i++) {
                if (classOf[k.charAt(i)] == 0) {
                    classOf[k.charAt(i)] = (char) classes++;
                }
            }
        }
        return classes;
    }

    /**
     * First-fit packing of the sparse rows; every state gets a distinct base, the root base 0. The search for free
     * cells starts at most {@link #SEARCH_WINDOW} cells behind the latest placement, which leaves a few holes (the
     * table is about three quarters full) but keeps building linear in the number of states.
     */
    private static int[] packBases(List<Map<Integer, Integer>> rows) {
        int[] base = new int[rows.size()];
        BitSet usedCell = new BitSet();
        BitSet usedBase = new BitSet();
        usedBase.set(0);
        int mark = 1;
        for (int s = 1; s < rows.size(); s++) {
            int[] keys = rows.get(s).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            if (keys.length == 0) {
                continue;
            }
            int pos = usedCell.nextClearBit(Math.max(mark, keys[0] + 1));
            while (!fits(pos - keys[0], keys, usedCell, usedBase)) {
                pos = usedCell.nextClearBit(pos + 1);
            }
            base[s] = pos - keys[0];
            usedBase.set(base[s]);
            for (int k : keys) {
                usedCell.set(base[s] + k);
            }
            mark = Math.max(mark, pos - SEARCH_WINDOW);
        }
        for (int s = 1; s < rows.size(); s++) {
            if (rows.get(s).isEmpty()) {
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

    private int[] packOutputs(int[][] flat, int[] base) {
        int total = 1;
        for (int[] f : flat) {
            total += f.length > 0 ? f.length + 1 : 0;
        }
        int[] packed = new int[total];
        int at = 1;
        for (int s = 0; s < flat.length; s++) {
            if (flat[s].length > 0) {
                outputAt[base[s]] = at;
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
        int b = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int k = classOf[text.charAt(i)];
            int p = (b + k) << 1;
            int v = cells[p] == b ? cells[p + 1] : rootNext[k];
            b = v & BASE;
            if (v < 0) {
                report(b, i + 1, handler);
            }
        }
    }

    private void report(int base, int end, MatchHandler handler) {
        int at = outputAt[base];
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
        return 2L * classOf.length + 4L * (rootNext.length + cells.length + outputAt.length + outputs.length + lengths.length);
    }

    /** The keyword trie during construction: goto edges by character class, failure links, outputs. */
    private static final class Trie {
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<List<Integer>> own = new ArrayList<>();
        private int[] fail;
        private int[] bfsOrder;

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
