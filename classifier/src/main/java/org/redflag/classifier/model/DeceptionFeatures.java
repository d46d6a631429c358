package org.redflag.classifier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.redflag.classifier.AdText;

/**
 * Turns an ad into the feature strings the deception model reads: word unigrams and bigrams of the body (OpenNLP
 * {@link SimpleTokenizer}), title words, company-profile words, a few layout cues (company profile present, salary
 * present, country, text length) and, where given, structured job-board fields. The same code runs at training and at classification time, so the two cannot drift apart.
 * Stateless and thread-safe.
 */
public final class DeceptionFeatures {
    private static final SimpleTokenizer TOKENIZER = SimpleTokenizer.INSTANCE;
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("#url_[0-9a-f]+#");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("#email_[0-9a-f]+#");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("#phone_[0-9a-f]+#");

    /**
     * Optional structured fields of job boards (the EMSCAD columns). When present they become features; when absent
     * (crawled ads) no feature fires for them, so the model falls back on the text alone.
     */
    public static final java.util.List<String> ATTRIBUTES = java.util.List.of("has_company_logo", "has_questions",
            "telecommuting", "employment_type", "required_experience", "required_education", "industry", "function");

    /** The word before the first word of the body, in bigram features. */
    static final String SENTENCE_START = "<s>";
    static final String COMPANY_PREFIX = "c:";
    static final String TITLE_PREFIX = "t:";
    static final String COUNTRY_PREFIX = "m:country=";

    /** Features of one ad without structured fields. */
    public String[] of(AdText ad) {
        return of(ad, java.util.Map.of());
    }

    /** Features of one ad with its structured fields, if any. */
    public String[] of(AdText ad, java.util.Map<String, String> attributes) {
        List<String> out = new ArrayList<>(512);
        List<String> body = words(ad.text());
        addNgrams(out, body);
        for (String w : words(ad.company())) {
            out.add(COMPANY_PREFIX + w);
        }
        for (String w : words(ad.title())) {
            out.add(TITLE_PREFIX + w);
        }
        addLayout(out, ad, body.size());
        attributes.forEach((k, v) -> out.add(attribute(k, v)));
        return out.toArray(String[]::new);
    }

    private static void addNgrams(List<String> out, List<String> words) {
        String previous = SENTENCE_START;
        for (String w : words) {
            out.add(w);
            out.add(previous + "_" + w);
            previous = w;
        }
    }

    private static void addLayout(List<String> out, AdText ad, int bodyWords) {
        out.add(companyLayout(ad));
        out.add(salaryLayout(ad));
        out.add(COUNTRY_PREFIX + country(ad));
        out.add(lengthLayout(bodyWords));
    }

    static String companyLayout(AdText ad) {
        return ad.company().isBlank() ? "m:company=none" : ad.company().length() < 60 ? "m:company=short" : "m:company=profile";
    }

    static String salaryLayout(AdText ad) {
        return ad.salary().isBlank() ? "m:salary=none" : "m:salary=given";
    }

    /** The country code that opens the location, upper-cased, or {@code none}. */
    static String country(AdText ad) {
        String country = ad.location().split(",", 2)[0].trim().toUpperCase(Locale.ROOT);
        return country.isEmpty() ? "none" : country;
    }

    static String lengthLayout(int bodyWords) {
        return "m:length=" + bucket(bodyWords);
    }

    static String attribute(String name, String value) {
        return "a:" + name + "=" + value.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static String bucket(int words) {
        return words < 50 ? "xs" : words < 150 ? "s" : words < 400 ? "m" : "l";
    }

    /** Lower-cased word tokens with HTML entities decoded and anonymised links reduced to their kind. */
    static List<String> words(String text) {
        String clean = clean(text);
        String[] tokens = TOKENIZER.tokenize(clean);
        List<String> words = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            if (isWord(t)) {
                words.add(t);
            }
        }
        return words;
    }

    private static boolean isWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '$' || c == '€' || c == '£' || c == '!') {
                return true;
            }
        }
        return false;
    }

    static String clean(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (s.indexOf('&') >= 0) {
            s = s.replace("&amp;", " and ").replace("&nbsp;", " ").replace("&lt;", " ").replace("&gt;", " ")
                    .replace("&quot;", " ").replace("&#39;", "'");
        }
        if (s.indexOf('#') >= 0) {
            s = URL.matcher(s).replaceAll(" xurlx ");
            s = EMAIL.matcher(s).replaceAll(" xemailx ");
            s = PHONE.matcher(s).replaceAll(" xphonex ");
        }
        return s;
    }
}
