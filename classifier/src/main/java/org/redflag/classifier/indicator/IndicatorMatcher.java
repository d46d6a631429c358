package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.classifier.normalize.NormalizedField;
import org.redflag.classifier.normalize.NormalizedText;

/**
 * Finds the indicators of all lexicons in normalised ad fields: one Aho-Corasick pass per field finds all phrases,
 * pattern triggers and negation cues together, then the few regular-expression patterns run, each only within
 * {@value #PATTERN_WINDOW} characters of one of its triggers (or over the whole field when it has none) and only where
 * the characters it needs occur ({@link RequiredChars}). A match is
 * dropped when a negation cue of its lexicon (or of the indicator itself) ends at most {@value #NEGATION_WINDOW}
 * characters before it within the same clause. Composite indicators fire when all the indicators they require have
 * fired. Immutable and thread-safe.
 */
public final class IndicatorMatcher {
    static final int NEGATION_WINDOW = 24;
    static final int PATTERN_WINDOW = 80;
    private static final String CLAUSE_BREAKS = ".,;:!?\n。，！？；：、()（）";
    private static final long ASCII_CLAUSE_BREAKS = asciiMask(CLAUSE_BREAKS);

    private final List<IndicatorDefinition> indicators;
    private final MatcherTables tables;
    private final AhoCorasick keywords;
    /** Each thread's scan buffers, kept across ads so that matching allocates little beyond its results. */
    private final ThreadLocal<FieldScan> scans = ThreadLocal.withInitial(FieldScan::new);

    public IndicatorMatcher(List<Lexicon> lexicons) {
        tables = new MatcherTables(lexicons);
        indicators = tables.indicators;
        keywords = new AhoCorasick(tables.keywords);
    }

    public List<IndicatorDefinition> indicators() {
        return List.copyOf(indicators);
    }

    /** Size of the keyword automaton: states and table bytes, for reports on memory use. */
    String automatonSize() {
        return keywords.stateCount() + " states, " + keywords.tableBytes() + " bytes";
    }

    /** The indicators that fired in the given fields (field name to normalised views), strongest first. */
    public List<IndicatorHit> match(Map<String, NormalizedField> fields) {
        FoundEvidence found = new FoundEvidence(indicators.size());
        FieldScan scan = scans.get();
        scan.found = found;
        for (Map.Entry<String, NormalizedField> field : fields.entrySet()) {
            scan.run(field.getKey(), field.getValue());
        }
        scan.found = null;
        addComposites(found);
        List<IndicatorHit> hits = new ArrayList<>(found.count());
        for (int n = 0; n < found.count(); n++) {
            int i = found.indicatorAt(n);
            IndicatorDefinition d = indicators.get(i);
            hits.add(new IndicatorHit(d.id(), d.element(), d.exploitation(), d.weight(), found.get(i)));
        }
        hits.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return hits;
    }

    private void addComposites(FoundEvidence found) {
        int before = found.count();
        for (int c : tables.composites) {
            int[][] required = tables.requiredBy[c];
            if (found.has(c) || !allFired(found, required, before)) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>(required.length);
            for (int[] candidates : required) {
                evidence.add(found.get(lastFired(found, candidates, before)).get(0));
            }
            found.put(c, evidence);
        }
    }

    private static boolean allFired(FoundEvidence found, int[][] required, int before) {
        for (int[] candidates : required) {
            if (lastFired(found, candidates, before) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Of indicators sharing one id, the one that fired last among the first {@code before}; -1 when none fired. */
    private static int lastFired(FoundEvidence found, int[] candidates, int before) {
        if (candidates.length == 1) {
            int i = candidates[0];
            return found.has(i) && firedBefore(found, i, before) ? i : -1;
        }
        for (int n = before - 1; n >= 0; n--) {
            int i = found.indicatorAt(n);
            for (int c : candidates) {
                if (c == i) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean firedBefore(FoundEvidence found, int indicator, int before) {
        if (before == found.count()) {
            return true;
        }
        for (int n = 0; n < before; n++) {
            if (found.indicatorAt(n) == indicator) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClause(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isClauseBreak(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** One of {@link #CLAUSE_BREAKS}: ASCII ones by bit mask, the few others by comparison. */
    static boolean isClauseBreak(char c) {
        if (c < 64) {
            return (ASCII_CLAUSE_BREAKS >>> c & 1) != 0;
        }
        return c >= 0x3001 && CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    private static long asciiMask(String chars) {
        long mask = 0;
        for (char c : chars.toCharArray()) {
            if (c < 64) {
                mask |= 1L << c;
            }
        }
        return mask;
    }

    /** Latin-script phrases must start and (unless a prefix) end at word boundaries; Han phrases need none. */
    static boolean atWordBoundaries(String text, int s, int e, boolean prefix) {
        boolean startOk = !isWordChar(text.charAt(s)) || s == 0 || !isWordChar(text.charAt(s - 1));
        boolean endOk = prefix || !isWordChar(text.charAt(e - 1)) || e == text.length() || !isWordChar(text.charAt(e));
        return startOk && endOk;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x2000);
    }

    /**
     * The work on one ad: receives the automaton's matches for each field, keeps the negation cues and pattern
     * windows seen so far in primitive arrays, and reuses one regex matcher per pattern across fields. One per thread,
     * reused from ad to ad.
     */
    private final class FieldScan implements AhoCorasick.MatchHandler {
        private FoundEvidence found;
        private final Matcher[] matchers = new Matcher[tables.patternCount];
        private final SpanBuffer cues = new SpanBuffer();
        /** A detector's spans in this field. */
        private final SpanBuffer spans = new SpanBuffer();
        /** Per indicator with triggers: its pattern windows in this field, (unused, from, to), merged as they come. */
        private final SpanBuffer[] windows = new SpanBuffer[indicators.size()];
        private char[] chars = new char[0];
        private final ObscuredDigits obscuredDigits = new ObscuredDigits();
        private final CharBlocks blocks = new CharBlocks();
        private String field;
        private NormalizedText nt;
        private String text;

        void run(String name, NormalizedField views) {
            field = name;
            nt = views.forMatching();
            text = nt.text();
            if (text.isEmpty()) {
                return;
            }
            cues.clear();
            for (int i : tables.afterScan) {
                if (windows[i] != null) {
                    windows[i].clear();
                }
            }
            if (chars.length < text.length()) {
                chars = new char[text.length() + text.length() / 2];
            }
            text.getChars(0, text.length(), chars, 0);
            blocks.reset(chars, text.length());
            keywords.search(chars, text.length(), this);
            List<int[]> obscured = null;
            for (int i : tables.afterScan) {
                if (tables.patterns[i].length > 0) {
                    matchPatterns(i);
                }
                if (tables.spacedDigits[i]) {
                    matchSpacedDigits(i);
                }
                if (tables.obscuredDigits[i]) {
                    if (obscured == null) {
                        obscured = obscuredDigits.find(views.forContacts());
                    }
                    for (int[] span : obscured) {
                        found.add(i, field, nt.original(), span[0], span[1]);
                    }
                }
            }
        }

        /**
         * Keywords arrive in order of end position, so every cue that can negate a phrase (it ends before the phrase
         * starts) has been recorded when the phrase arrives.
         */
        @Override
        public void onMatch(int keyword, int start, int end) {
            int owner = tables.keywordOwner[keyword];
            switch (tables.keywordKind[keyword]) {
                case MatcherTables.CUE -> {
                    if (atWordBoundaries(text, start, end, false)) {
                        cues.add(keyword, start, end);
                    }
                }
                case MatcherTables.TRIGGER -> addWindow(owner, start, end);
                case MatcherTables.PREFIX -> {
                    if (atWordBoundaries(text, start, end, true)) {
                        accept(owner, start, end);
                    }
                }
                default -> {
                    if (atWordBoundaries(text, start, end, false)) {
                        accept(owner, start, end);
                    }
                }
            }
        }

        /**
         * Triggers arrive in order of end position, so each one either lies within the windows so far or adds a window
         * that starts where the last one ended (or {@value #PATTERN_WINDOW} characters before the trigger). Triggers of an
         * indicator without patterns open none.
         */
        private void addWindow(int indicator, int start, int end) {
            if (tables.patterns[indicator].length == 0) {
                return;
            }
            SpanBuffer w = windows[indicator];
            if (w == null) {
                w = new SpanBuffer();
                windows[indicator] = w;
            }
            int done = w.size() == 0 ? 0 : w.end(w.size() - 1);
            if (end + PATTERN_WINDOW > done) {
                w.add(0, Math.max(done, start - PATTERN_WINDOW), Math.min(text.length(), end + PATTERN_WINDOW));
            }
        }

        private void matchPatterns(int indicator) {
            int first = tables.firstPattern[indicator];
            SpanBuffer w = windows[indicator];
            for (int p = first; p < first + tables.patterns[indicator].length; p++) {
                if (!tables.hasTriggers[indicator]) {
                    findIn(p, indicator, 0, text.length());
                } else if (w != null) {
                    for (int t = 0; t < w.size(); t++) {
                        findIn(p, indicator, w.start(t), w.end(t));
                    }
                }
            }
        }

        private void matchSpacedDigits(int indicator) {
            spans.clear();
            SpacedDigits.find(chars, text.length(), spans);
            for (int r = 0; r < spans.size(); r++) {
                accept(indicator, spans.start(r), spans.end(r));
            }
        }

        private void findIn(int pattern, int indicator, int from, int to) {
            if (!tables.required[pattern].mayMatch(chars, from, to, blocks)) {
                return;
            }
            Matcher m = matchers[pattern];
            if (m == null) {
                m = tables.allPatterns[pattern].matcher(text);
                matchers[pattern] = m;
            } else {
                m.reset(text);
            }
            m.region(from, to);
            while (m.find()) {
                if (m.end() > m.start()) {
                    accept(indicator, m.start(), m.end());
                }
            }
        }

        private void accept(int indicator, int s, int e) {
            if (found.isFull(indicator) || negated(indicator, s)) {
                return;
            }
            int[] span = nt.originalSpan(s, e);
            found.add(indicator, field, nt.original(), span[0], span[1]);
        }

        /**
         * Cues are recorded in order of end position: from the last one ending by {@code start} (found by binary
         * search, since pattern matches arrive after the whole field's cues are known), walk back until they end too
         * far before.
         */
        private boolean negated(int indicator, int start) {
            int language = tables.indicatorLanguage[indicator];
            for (int c = cues.lastEndingBy(start); c >= 0; c--) {
                int end = cues.end(c);
                if (start - end > NEGATION_WINDOW) {
                    return false;
                }
                int cue = cues.key(c);
                int owner = tables.keywordOwner[cue];
                boolean applies = owner == indicator || (owner < 0 && tables.cueLanguage[cue] == language);
                if (applies && sameClause(chars, end, start)) {
                    return true;
                }
            }
            return false;
        }
    }
}
