package org.redflag.classifier.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.redflag.classifier.Element;
import org.redflag.classifier.normalize.TextNormalizer;

/**
 * Reads lexicon files ({@code *.yml}) and checks them; every error names the file, the indicator and the key, and
 * says what to write instead. Phrases and cues are normalised with the same {@link TextNormalizer} as ad text.
 */
public final class LexiconLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> EXPLOITATION = Set.of("", "sexual", "labour", "forced_criminality", "organ_removal",
            "forced_marriage", "begging", "child_soldiers", "other");
    private static final Set<String> DETECTORS = Set.of(ObscuredDigits.NAME, SpacedDigits.NAME);
    private final TextNormalizer normalizer;

    public LexiconLoader(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Every {@code *.yml} file in the directory, in name order. */
    public List<Lexicon> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Indicator directory '" + dir + "' does not exist: point the classifier at the"
                    + " config folder that holds indicators/*.yml");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Lexicon> lexicons = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    lexicons.add(load(f.toString(), in));
                }
            }
            checkUnique(lexicons);
            return lexicons;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read indicator directory '" + dir + "'", e);
        }
    }

    /** One lexicon from a stream; {@code name} is used in error messages. */
    public Lexicon load(String name, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Lexicon '" + name + "' is not valid YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Lexicon '" + name + "' must be a mapping with keys language, negations, indicators");
        }
        String language = requireText(name, root, "language", "the lexicon");
        List<String> negations = normalized(name, "the lexicon", "negations", strings(name, root, "negations", "the lexicon"));
        JsonNode list = root.get("indicators");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("Lexicon '" + name + "': key 'indicators' must be a non-empty list");
        }
        List<IndicatorDefinition> defs = new ArrayList<>();
        for (JsonNode node : list) {
            defs.add(indicator(name, language, node));
        }
        return new Lexicon(name, language, negations, defs);
    }

    private IndicatorDefinition indicator(String file, String language, JsonNode node) {
        String id = requireText(file, node, "id", "an indicator");
        String where = "indicator '" + id + "'";
        Element element = element(file, where, requireText(file, node, "element", where));
        String exploitation = node.path("exploitation").asText("");
        if (!EXPLOITATION.contains(exploitation)) {
            throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": exploitation '" + exploitation
                    + "' is not one of " + EXPLOITATION);
        }
        double weight = node.path("weight").asDouble(-1);
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": weight must be a number in (0, 1], got '"
                    + node.path("weight").asText() + "'");
        }
        List<String> phrases = normalized(file, where, "phrases", strings(file, node, "phrases", where));
        List<Pattern> patterns = patterns(file, where, strings(file, node, "patterns", where));
        List<String> triggers = normalized(file, where, "triggers", strings(file, node, "triggers", where));
        String detector = node.path("detector").asText("");
        if (!detector.isEmpty() && !DETECTORS.contains(detector)) {
            throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": detector '" + detector
                    + "' is not one of " + DETECTORS);
        }
        List<String> requires = strings(file, node, "requires_all", where);
        if (phrases.isEmpty() && patterns.isEmpty() && detector.isEmpty() && requires.isEmpty()) {
            throw new IllegalArgumentException("Lexicon '" + file + "', " + where
                    + ": give at least one of 'phrases', 'patterns', 'detector' or 'requires_all'");
        }
        return new IndicatorDefinition(id, language, element, exploitation, weight, phrases, patterns, triggers, detector,
                normalized(file, where, "negations", strings(file, node, "negations", where)), requires, node.path("decisive").asBoolean(false),
                node.path("child").asBoolean(false), file);
    }

    private static Element element(String file, String where, String value) {
        try {
            return Element.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": element '" + value
                    + "' must be one of act, means, purpose");
        }
    }

    private static List<Pattern> patterns(String file, String where, List<String> regexes) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes) {
            try {
                out.add(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": pattern '" + r
                        + "' is not a valid regular expression: " + e.getDescription());
            }
        }
        return out;
    }

    /**
     * Phrases, triggers or cues normalised like ad text. An entry that normalises to nothing (blank, a lone
     * {@code *}, only characters the normaliser drops) could never match, or would match everywhere, so it is an error.
     */
    private List<String> normalized(String file, String where, String key, List<String> phrases) {
        List<String> out = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            boolean prefix = p.endsWith("*");
            String body = normalizer.normalizeForMatching(prefix ? p.substring(0, p.length() - 1) : p).strip();
            if (body.isEmpty()) {
                throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": entry '" + p + "' of '" + key
                        + "' is empty after normalisation; write it with letters, digits or Han characters, or remove it");
            }
            out.add(prefix ? body + "*" : body);
        }
        return out;
    }

    private static String requireText(String file, JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": key '" + key + "' is missing or empty");
        }
        return v.asText().strip();
    }

    private static List<String> strings(String file, JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("Lexicon '" + file + "', " + where + ": key '" + key + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    static void checkUnique(List<Lexicon> lexicons) {
        Set<String> ids = new HashSet<>();
        for (Lexicon l : lexicons) {
            for (IndicatorDefinition d : l.indicators()) {
                if (!ids.add(d.id())) {
                    throw new IllegalArgumentException("Lexicon '" + l.file() + "': indicator id '" + d.id()
                            + "' is already defined in another lexicon; ids must be unique");
                }
            }
        }
        for (Lexicon l : lexicons) {
            for (IndicatorDefinition d : l.indicators()) {
                for (String r : d.requiresAll()) {
                    if (!ids.contains(r)) {
                        throw new IllegalArgumentException("Lexicon '" + l.file() + "', indicator '" + d.id()
                                + "': requires_all names unknown indicator '" + r + "'");
                    }
                }
            }
        }
    }
}
