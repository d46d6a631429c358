package org.redflag.classifier.indicator;

import java.util.List;

/**
 * The indicators of one language file with that language's general negation cues.
 *
 * @param file          where it was read from
 * @param language      ISO 639-3 code, or {@code mul} for cues that hold in any language (app names)
 * @param negations     normalised cues that cancel a match when they come just before it
 * @param indicators    the indicators defined in the file
 */
public record Lexicon(String file, String language, List<String> negations, List<IndicatorDefinition> indicators) {
    public Lexicon {
        negations = List.copyOf(negations);
        indicators = List.copyOf(indicators);
    }
}
