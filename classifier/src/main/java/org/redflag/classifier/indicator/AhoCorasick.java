package org.redflag.classifier.indicator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over chars: finds every occurrence of every keyword in one pass over the text. Transitions
 * live in one open-addressing hash table keyed by (state, char). Immutable after construction; thread-safe.
 */
public final class AhoCorasick {
    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final int[] fail;
    private final int[] outputLink;
    private final int[][] outputs;
    private final int[] lengths;
    private final int[] rootNext = new int[0x10000];

    /** Receives each match: the keyword's index in the list given to the constructor and its span [start, end). */
    @FunctionalInterface
    public interface MatchHandler {
        void onMatch(int keyword, int start, int end);
    }

    public AhoCorasick(List<String> keywords) {
        Trie trie = new Trie();
        lengths = new int[keywords.size()];
        for (int k = 0; k < keywords.size(); k++) {
            lengths[k] = keywords.get(k).length();
            trie.add(keywords.get(k), k);
        }
        int size = Integer.highestOneBit(Math.max(16, trie.edges.size() * 2)) * 2;
        keys = new long[size];
        Arrays.fill(keys, -1);
        targets = new int[size];
        mask = size - 1;
        java.util.Arrays.fill(rootNext, 0);
        for (long[] e : trie.edges) {
            put(e[0], (int) e[1]);
            if ((e[0] >>> 16) == 0) {
                rootNext[(int) (e[0] & 0xFFFF)] = (int) e[1];
            }
        }
        fail = new int[trie.states];
        outputLink = new int[trie.states];
        outputs = new int[trie.states][];
        for (int s = 0; s < trie.states; s++) {
            outputs[s] = trie.outputs.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        buildFailureLinks(trie);
    }

    private void buildFailureLinks(Trie trie) {
        Arrays.fill(outputLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long[] e : trie.childrenOf(0)) {
            queue.add((int) e[1]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (long[] e : trie.childrenOf(s)) {
                char c = (char) (e[0] & 0xFFFF);
                int child = (int) e[1];
                int f = fail[s];
                while (f != 0 && next(f, c) < 0) {
                    f = fail[f];
                }
                int t = next(f, c);
                fail[child] = t >= 0 && t != child ? t : 0;
                outputLink[child] = outputs[fail[child]].length > 0 ? fail[child] : outputLink[fail[child]];
                queue.add(child);
            }
        }
    }

    /** Reports every keyword occurrence in {@code text}, in order of end position. */
    public void search(CharSequence text, MatchHandler handler) {
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (s != 0) {
                int t = next(s, c);
                if (t >= 0) {
                    s = t;
                    break;
                }
                s = fail[s];
            }
            if (s == 0) {
                s = rootNext[c];
            } else if (outputs[s].length == 0 && outputLink[s] < 0) {
                continue;
            }
            for (int o = s; o > 0; o = outputLink[o]) {
                for (int k : outputs[o]) {
                    handler.onMatch(k, i + 1 - lengths[k], i + 1);
                }
            }
        }
    }

    private int next(int state, char c) {
        long key = ((long) state << 16) | c;
        int h = hash(key);
        while (keys[h] != -1) {
            if (keys[h] == key) {
                return targets[h];
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    private void put(long key, int target) {
        int h = hash(key);
        while (keys[h] != -1) {
            h = (h + 1) & mask;
        }
        keys[h] = key;
        targets[h] = target;
    }

    private int hash(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 29)) & mask;
    }

    private static final class Trie {
        final List<long[]> edges = new ArrayList<>();
        final List<List<Integer>> outputs = new ArrayList<>();
        final java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        final List<List<long[]>> children = new ArrayList<>();
        int states;

        Trie() {
            newState();
        }

        private int newState() {
            outputs.add(new ArrayList<>());
            children.add(new ArrayList<>());
            return states++;
        }

        void add(String word, int keyword) {
            int s = 0;
            for (int i = 0; i < word.length(); i++) {
                long key = ((long) s << 16) | word.charAt(i);
                Integer t = index.get(key);
                if (t == null) {
                    t = newState();
                    index.put(key, t);
                    long[] edge = {key, t};
                    edges.add(edge);
                    children.get(s).add(edge);
                }
                s = t;
            }
            outputs.get(s).add(keyword);
        }

        List<long[]> childrenOf(int s) {
            return children.get(s);
        }
    }
}
