package org.redflag.classifier.language;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Word tokens for alphabetic languages by OpenNLP's {@link SimpleTokenizer} (splits at character-class changes),
 * lower-cased, punctuation-only tokens dropped. Chosen over the learned English tokenizer model because it is many
 * times faster and the classifier needs words, not exact sentence syntax.
 */
public final class OpenNlpTokenizer implements LanguageTokenizer {

    @Override
    public List<String> tokenize(String text) {
        String[] tokens = SimpleTokenizer.INSTANCE.tokenize(text);
        List<String> out = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            if (hasLetterOrDigit(t)) {
                out.add(t.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
