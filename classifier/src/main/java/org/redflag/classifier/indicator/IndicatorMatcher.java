package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.classifier.normalize.NormalizedField;
import org.redflag.classifier.normalize.NormalizedText;

/**
 * Finds the indicators of all lexicons in normalised ad fields: one Aho-Corasick pass for all phrases and pattern
 * triggers, one for all negation cues, then the few regular-expression patterns, each run only within
 * {@value #PATTERN_WINDOW} characters of one of its triggers (or over the whole field when it has none). A match is dropped when a negation cue of its lexicon (or
 * of the indicator itself) ends at most {@value #NEGATION_WINDOW} characters before it within the same clause.
 * Composite indicators fire when all the indicators they require have fired. Immutable and thread-safe.
 */
public final class IndicatorMatcher {
    static final int NEGATION_WINDOW = 24;
    static final int PATTERN_WINDOW = 80;
    private static final int MAX_EVIDENCE = 5;
    private static final String CLAUSE_BREAKS = ".,;:!?\n。，！？；：、()（）";

    private final List<IndicatorDefinition> indicators = new ArrayList<>();
    private final AhoCorasick phrases;
    private final int[] phraseIndicator;
    private final boolean[] phrasePrefix;
    private final boolean[] phraseTrigger;
    private final AhoCorasick cues;
    private final String[] cueLanguage;
    private final int[] cueIndicator;

    public IndicatorMatcher(List<Lexicon> lexicons) {
        List<String> phraseList = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        List<Boolean> trigger = new ArrayList<>();
        List<String> cueList = new ArrayList<>();
        List<String> cueLang = new ArrayList<>();
        List<Integer> cueOwner = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            for (String cue : lexicon.negations()) {
                cueList.add(cue);
                cueLang.add(lexicon.language());
                cueOwner.add(-1);
            }
            for (IndicatorDefinition d : lexicon.indicators()) {
                int index = indicators.size();
                indicators.add(d);
                for (String p : d.phrases()) {
                    boolean star = p.endsWith("*");
                    phraseList.add(star ? p.substring(0, p.length() - 1) : p);
                    owner.add(index);
                    prefix.add(star);
                    trigger.add(false);
                }
                for (String t : d.triggers()) {
                    phraseList.add(t);
                    owner.add(index);
                    prefix.add(true);
                    trigger.add(true);
                }
                for (String cue : d.negations()) {
                    cueList.add(cue);
                    cueLang.add("");
                    cueOwner.add(index);
                }
            }
        }
        phrases = new AhoCorasick(phraseList);
        phraseIndicator = owner.stream().mapToInt(Integer::intValue).toArray();
        phrasePrefix = new boolean[prefix.size()];
        phraseTrigger = new boolean[prefix.size()];
        for (int i = 0; i < prefix.size(); i++) {
            phrasePrefix[i] = prefix.get(i);
            phraseTrigger[i] = trigger.get(i);
        }
        cues = new AhoCorasick(cueList);
        cueLanguage = cueLang.toArray(String[]::new);
        cueIndicator = cueOwner.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<IndicatorDefinition> indicators() {
        return List.copyOf(indicators);
    }

    /** The indicators that fired in the given fields (field name to normalised views), strongest first. */
    public List<IndicatorHit> match(Map<String, NormalizedField> fields) {
        Map<Integer, List<Evidence>> found = new LinkedHashMap<>();
        fields.forEach((name, views) -> matchField(name, views, found));
        addComposites(found);
        List<IndicatorHit> hits = new ArrayList<>(found.size());
        found.forEach((i, evidence) -> {
            IndicatorDefinition d = indicators.get(i);
            hits.add(new IndicatorHit(d.id(), d.element(), d.exploitation(), d.weight(), evidence));
        });
        hits.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return hits;
    }

    private void matchField(String field, NormalizedField views, Map<Integer, List<Evidence>> found) {
        NormalizedText nt = views.forMatching();
        String text = nt.text();
        if (text.isEmpty()) {
            return;
        }
        List<int[]> cueHits = new ArrayList<>();
        cues.search(text, (k, s, e) -> cueHits.add(new int[] {k, s, e}));
        List<int[]> triggerHits = new ArrayList<>();
        phrases.search(text, (k, s, e) -> {
            if (phraseTrigger[k]) {
                triggerHits.add(new int[] {phraseIndicator[k], s, e});
            } else if (atWordBoundaries(text, s, e, phrasePrefix[k])) {
                accept(field, nt, phraseIndicator[k], s, e, cueHits, found);
            }
        });
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDefinition d = indicators.get(i);
            if (!d.patterns().isEmpty()) {
                matchPatterns(field, nt, i, triggerHits, cueHits, found);
            }
            if (d.detector().equals(ObscuredDigits.NAME)) {
                for (int[] span : ObscuredDigits.find(views.forContacts())) {
                    addEvidence(found, i, new Evidence(field, span[0], span[1], nt.original().substring(span[0], span[1])));
                }
            }
        }
    }

    private void matchPatterns(String field, NormalizedText nt, int indicator, List<int[]> triggerHits, List<int[]> cueHits,
                               Map<Integer, List<Evidence>> found) {
        String text = nt.text();
        IndicatorDefinition d = indicators.get(indicator);
        for (Pattern p : d.patterns()) {
            if (d.triggers().isEmpty()) {
                findIn(p.matcher(text), 0, text.length(), field, nt, indicator, cueHits, found);
                continue;
            }
            int done = 0;
            for (int[] t : triggerHits) {
                if (t[0] == indicator && t[2] + PATTERN_WINDOW > done) {
                    int from = Math.max(done, t[1] - PATTERN_WINDOW);
                    int to = Math.min(text.length(), t[2] + PATTERN_WINDOW);
                    findIn(p.matcher(text), from, to, field, nt, indicator, cueHits, found);
                    done = to;
                }
            }
        }
    }

    private void findIn(Matcher m, int from, int to, String field, NormalizedText nt, int indicator, List<int[]> cueHits,
                        Map<Integer, List<Evidence>> found) {
        m.region(from, to);
        while (m.find()) {
            if (m.end() > m.start()) {
                accept(field, nt, indicator, m.start(), m.end(), cueHits, found);
            }
        }
    }

    private static void addEvidence(Map<Integer, List<Evidence>> found, int indicator, Evidence candidate) {
        List<Evidence> evidence = found.computeIfAbsent(indicator, k -> new ArrayList<>(2));
        for (Evidence ev : evidence) {
            if (ev.field().equals(candidate.field()) && ev.start() < candidate.end() && candidate.start() < ev.end()) {
                return;
            }
        }
        if (evidence.size() < MAX_EVIDENCE) {
            evidence.add(candidate);
        }
    }

    private void accept(String field, NormalizedText nt, int indicator, int s, int e, List<int[]> cueHits,
                        Map<Integer, List<Evidence>> found) {
        if (negated(nt.text(), indicator, s, cueHits)) {
            return;
        }
        int[] span = nt.originalSpan(s, e);
        addEvidence(found, indicator, new Evidence(field, span[0], span[1], nt.original().substring(span[0], span[1])));
    }

    private boolean negated(String text, int indicator, int start, List<int[]> cueHits) {
        String language = indicators.get(indicator).language();
        for (int[] cue : cueHits) {
            int k = cue[0];
            boolean applies = cueIndicator[k] == indicator || (cueIndicator[k] < 0 && cueLanguage[k].equals(language));
            if (applies && cue[2] <= start && start - cue[2] <= NEGATION_WINDOW && sameClause(text, cue[2], start)
                    && atWordBoundaries(text, cue[1], cue[2], false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
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

    private void addComposites(Map<Integer, List<Evidence>> found) {
        Map<String, Integer> byId = new java.util.HashMap<>();
        found.keySet().forEach(i -> byId.put(indicators.get(i).id(), i));
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDefinition d = indicators.get(i);
            if (d.isComposite() && !found.containsKey(i) && byId.keySet().containsAll(d.requiresAll())) {
                List<Evidence> evidence = new ArrayList<>();
                for (String r : d.requiresAll()) {
                    evidence.add(found.get(byId.get(r)).get(0));
                }
                found.put(i, evidence);
            }
        }
    }
}
