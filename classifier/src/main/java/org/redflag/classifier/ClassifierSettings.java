package org.redflag.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.redflag.classifier.scoring.ScoringSettings;

/**
 * The settings in {@code config/classifier.yml}. Every key is optional and documented with its default in the shipped
 * file; an unknown or malformed key fails with a message naming it.
 *
 * @param indicatorFiles lexicon files under {@code indicators/}, in order
 * @param deceptionModel {@code classpath} for the model shipped in the jar, or a path relative to the config folder
 * @param scoring        the scoring keys
 * @param contactRegions regions tried for phone numbers written without a country code
 */
public record ClassifierSettings(List<String> indicatorFiles, String deceptionModel, ScoringSettings scoring,
                                 List<String> contactRegions) {
    public static final List<String> DEFAULT_INDICATORS = List.of("en.yml", "zh.yml", "mul.yml");
    public static final List<String> DEFAULT_REGIONS = List.of("US", "GB", "CN", "HK", "TW", "KH", "MM", "TH", "PH", "MY",
            "VN", "ID", "SG", "IN", "AU", "CA");
    private static final Set<String> TOP_KEYS = Set.of("indicators", "model", "scoring", "contacts");

    public ClassifierSettings {
        indicatorFiles = List.copyOf(indicatorFiles);
        contactRegions = List.copyOf(contactRegions);
    }

    public static ClassifierSettings defaults() {
        return new ClassifierSettings(DEFAULT_INDICATORS, "classpath", ScoringSettings.DEFAULTS, DEFAULT_REGIONS);
    }

    /** Reads the settings; {@code name} is used in error messages. */
    public static ClassifierSettings read(String name, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not valid YAML: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return defaults();
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!TOP_KEYS.contains(k)) {
                throw new IllegalArgumentException(name + ": unknown key '" + k + "'; expected one of " + TOP_KEYS);
            }
        });
        ScoringSettings d = ScoringSettings.DEFAULTS;
        JsonNode s = root.path("scoring");
        JsonNode dec = s.path("deception");
        ScoringSettings scoring = new ScoringSettings(
                number(name, s, "flag_threshold", "scoring.flag_threshold", d.flagThreshold()),
                number(name, s, "purpose_floor", "scoring.purpose_floor", d.purposeFloor()),
                number(name, dec, "weight", "scoring.deception.weight", d.deceptionWeight()),
                number(name, dec, "minimum", "scoring.deception.minimum", d.deceptionMinimum()),
                new HashSet<>(strings(name, dec, "languages", "scoring.deception.languages", List.copyOf(d.deceptionLanguages()))),
                number(name, s, "substantive_means", "scoring.substantive_means", d.substantiveMeans()));
        return new ClassifierSettings(
                strings(name, root, "indicators", "indicators", DEFAULT_INDICATORS),
                root.path("model").path("deception").asText("classpath"),
                scoring,
                strings(name, root.path("contacts"), "regions", "contacts.regions", DEFAULT_REGIONS));
    }

    private static double number(String file, JsonNode node, String key, String path, double fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(file + ": " + path + " must be a number, got '" + v.asText() + "'");
        }
        return v.asDouble();
    }

    private static List<String> strings(String file, JsonNode node, String key, String path, List<String> fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(file + ": " + path + " must be a list, got '" + v.asText() + "'");
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return out;
    }
}
