package org.redflag.classifier.indicator;

import java.util.List;
import java.util.regex.Pattern;
import org.redflag.classifier.Element;

/**
 * One indicator as configured in {@code config/indicators/*.yml}, its phrases already normalised.
 *
 * @param id           unique id across all lexicons
 * @param language     ISO 639-3 code of the lexicon it came from
 * @param element      the Protocol element it is evidence of
 * @param exploitation sexual, labour, forced_criminality, organ_removal, forced_marriage, begging, other, or ""
 * @param weight       in (0,1]; combined per element by noisy-OR
 * @param phrases      normalised phrases; a trailing {@code *} allows any word ending
 * @param patterns     regular expressions over the normalised text
 * @param triggers     normalised literals; when given, patterns run only in a window around an occurrence of one
 * @param detector     a built-in detector ({@code obscured_digits}, {@code spaced_digits}) or ""
 * @param negations    normalised cues that, just before a match, cancel it ("no", "never ask for")
 * @param requiresAll  ids of indicators that must all fire for this composite indicator to fire
 * @param decisive     true when the indicator alone shows trafficking on its face (a person offered for sale)
 * @param child        true when it shows a child is recruited (the means element is then not needed)
 * @param lexicon      the file it was defined in, for error messages
 */
public record IndicatorDefinition(String id, String language, Element element, String exploitation, double weight,
                                  List<String> phrases, List<Pattern> patterns, List<String> triggers, String detector,
                                  List<String> negations,
                                  List<String> requiresAll, boolean decisive, boolean child, String lexicon) {
    public IndicatorDefinition {
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
        triggers = List.copyOf(triggers);
        negations = List.copyOf(negations);
        requiresAll = List.copyOf(requiresAll);
    }

    public boolean isComposite() {
        return !requiresAll.isEmpty();
    }
}
