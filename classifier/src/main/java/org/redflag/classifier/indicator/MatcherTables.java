package org.redflag.classifier.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lexicons compiled for {@link IndicatorMatcher}: one keyword list for the automaton (phrases, triggers and cues,
 * with what each one is), languages as numbers, patterns numbered globally, composites with their parts resolved.
 * Immutable after construction.
 */
final class MatcherTables {
    static final int PHRASE = 0;
    static final int PREFIX = 1;
    static final int TRIGGER = 2;
    static final int CUE = 3;

    final List<IndicatorDefinition> indicators = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    final int[] keywordKind;
    /** The indicator of a phrase, trigger or indicator cue; -1 for a lexicon-wide cue. */
    final int[] keywordOwner;
    /** The language number of a lexicon-wide cue. */
    final int[] cueLanguage;
    final int[] indicatorLanguage;
    final Pattern[][] patterns;
    final Pattern[] allPatterns;
    /** For each pattern, the characters its matches need: windows without them are skipped. */
    final RequiredChars[] required;
    final int[] firstPattern;
    final int patternCount;
    final boolean[] hasTriggers;
    final boolean[] obscuredDigits;
    final boolean[] spacedDigits;
    /** Indicators with patterns or a detector, in lexicon order. */
    final int[] afterScan;
    final int[] composites;
    /** For a composite, for each id it requires, the indices of the indicators with that id. */
    final int[][][] requiredBy;

    MatcherTables(List<Lexicon> lexicons) {
        List<Integer> kinds = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<Integer> cueLanguages = new ArrayList<>();
        Map<String, Integer> languages = new HashMap<>();
        for (Lexicon lexicon : lexicons) {
            int language = languages.computeIfAbsent(lexicon.language(), l -> languages.size());
            for (String cue : lexicon.negations()) {
                addKeyword(cue, CUE, -1, language, kinds, owners, cueLanguages);
            }
            for (IndicatorDefinition d : lexicon.indicators()) {
                int index = indicators.size();
                indicators.add(d);
                for (String p : d.phrases()) {
                    boolean star = p.endsWith("*");
                    addKeyword(star ? p.substring(0, p.length() - 1) : p, star ? PREFIX : PHRASE, index, -1, kinds,
                            owners, cueLanguages);
                }
                for (String t : d.triggers()) {
                    addKeyword(t, TRIGGER, index, -1, kinds, owners, cueLanguages);
                }
                for (String cue : d.negations()) {
                    addKeyword(cue, CUE, index, -1, kinds, owners, cueLanguages);
                }
            }
        }
        keywordKind = ints(kinds);
        keywordOwner = ints(owners);
        cueLanguage = ints(cueLanguages);
        int n = indicators.size();
        indicatorLanguage = new int[n];
        patterns = new Pattern[n][];
        firstPattern = new int[n];
        hasTriggers = new boolean[n];
        obscuredDigits = new boolean[n];
        spacedDigits = new boolean[n];
        List<Pattern> all = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        List<Integer> composite = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndicatorDefinition d = indicators.get(i);
            indicatorLanguage[i] = languages.getOrDefault(d.language(), -1);
            patterns[i] = d.patterns().toArray(Pattern[]::new);
            firstPattern[i] = all.size();
            all.addAll(d.patterns());
            hasTriggers[i] = !d.triggers().isEmpty();
            obscuredDigits[i] = d.detector().equals(ObscuredDigits.NAME);
            spacedDigits[i] = d.detector().equals(SpacedDigits.NAME);
            if (patterns[i].length > 0 || obscuredDigits[i] || spacedDigits[i]) {
                after.add(i);
            }
            if (d.isComposite()) {
                composite.add(i);
            }
        }
        allPatterns = all.toArray(Pattern[]::new);
        required = all.stream().map(RequiredChars::of).toArray(RequiredChars[]::new);
        patternCount = allPatterns.length;
        afterScan = ints(after);
        composites = ints(composite);
        requiredBy = new int[n][][];
        for (int c : composites) {
            requiredBy[c] = indicators.get(c).requiresAll().stream().map(this::indicesWithId).toArray(int[][]::new);
        }
    }

    private void addKeyword(String keyword, int kind, int owner, int language, List<Integer> kinds,
                            List<Integer> owners, List<Integer> cueLanguages) {
        keywords.add(keyword);
        kinds.add(kind);
        owners.add(owner);
        cueLanguages.add(language);
    }

    private int[] indicesWithId(String id) {
        List<Integer> out = new ArrayList<>(1);
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id().equals(id)) {
                out.add(i);
            }
        }
        return ints(out);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
