package org.redflag.classifier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redflag.classifier.AdText;

/**
 * Reads labelled ads from a CSV file with a {@code fraudulent} column (the EMSCAD layout) or from JSON lines with a
 * boolean or 0/1 {@code label}. EMSCAD columns map onto {@link AdText}: {@code description}, {@code requirements}
 * and {@code benefits} form the text, {@code company_profile} the company, {@code salary_range} the salary.
 */
public final class LabelledAdReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledAdReader() {
    }

    /** Reads a {@code .csv} or JSON-lines file, chosen by the file name's extension. */
    public static List<LabelledAd> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Data file '" + file + "' does not exist: pass an existing CSV or JSONL file");
        }
        List<LabelledAd> ads = file.getFileName().toString().toLowerCase().endsWith(".csv") ? readCsv(file) : readJsonLines(file);
        return GroupAssigner.assign(ads);
    }

    static List<LabelledAd> readCsv(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(in);
            List<String> header = csv.next().orElseThrow(() -> new IllegalArgumentException("CSV file '" + file + "' is empty"));
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).trim().replace("\uFEFF", ""), i);
            }
            if (!columns.containsKey("fraudulent")) {
                throw new IllegalArgumentException("CSV file '" + file + "' has no 'fraudulent' column (found " + header
                        + "): add a column with 1 for fraudulent and 0 for legitimate ads");
            }
            List<LabelledAd> ads = new ArrayList<>();
            Optional<List<String>> row;
            while ((row = csv.next()).isPresent()) {
                if (row.get().size() == 1 && row.get().get(0).isBlank()) {
                    continue;
                }
                ads.add(fromCsv(file, csv.recordLine(), columns, row.get()));
            }
            return ads;
        }
    }

    private static LabelledAd fromCsv(Path file, int line, Map<String, Integer> columns, List<String> row) {
        String label = cell(columns, row, "fraudulent").trim();
        if (!label.equals("0") && !label.equals("1")) {
            throw new IllegalArgumentException("CSV file '" + file + "' line " + line + ": column 'fraudulent' is '" + label
                    + "', expected 0 or 1");
        }
        String text = join(cell(columns, row, "description"), cell(columns, row, "requirements"), cell(columns, row, "benefits"));
        if (text.isEmpty()) {
            text = cell(columns, row, "text");
        }
        String company = cell(columns, row, "company_profile");
        if (company.isEmpty()) {
            company = cell(columns, row, "company");
        }
        String salary = cell(columns, row, "salary_range");
        if (salary.isEmpty()) {
            salary = cell(columns, row, "salary");
        }
        String id = cell(columns, row, "id");
        AdText ad = new AdText(id.isEmpty() ? "line-" + line : id, cell(columns, row, "title"), text, company,
                cell(columns, row, "location"), salary, "");
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        for (String name : org.redflag.classifier.model.DeceptionFeatures.ATTRIBUTES) {
            if (columns.containsKey(name)) {
                attributes.put(name, cell(columns, row, name));
            }
        }
        return new LabelledAd(ad, label.equals("1"), "", attributes);
    }

    private static String cell(Map<String, Integer> columns, List<String> row, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isBlank()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(p.strip());
            }
        }
        return b.toString();
    }

    static List<LabelledAd> readJsonLines(Path file) throws IOException {
        List<LabelledAd> ads = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("JSONL file '" + file + "' line " + lineNumber + " is not valid JSON: "
                        + e.getOriginalMessage());
            }
            ads.add(fromJson(file, lineNumber, node));
        }
        return ads;
    }

    private static LabelledAd fromJson(Path file, int lineNumber, JsonNode node) {
        JsonNode label = node.get("label");
        if (label == null || !(label.isBoolean() || label.isInt())) {
            throw new IllegalArgumentException("JSONL file '" + file + "' line " + lineNumber
                    + ": missing or invalid 'label' (use true/false or 1/0)");
        }
        boolean positive = label.isBoolean() ? label.booleanValue() : label.intValue() == 1;
        AdText ad = new AdText(text(node, "id", "line-" + lineNumber), text(node, "title", ""), text(node, "text", ""),
                text(node, "company", ""), text(node, "location", ""), text(node, "salary", ""), text(node, "url", ""));
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        for (String name : org.redflag.classifier.model.DeceptionFeatures.ATTRIBUTES) {
            if (node.hasNonNull(name)) {
                attributes.put(name, node.get(name).asText());
            }
        }
        return new LabelledAd(ad, positive, text(node, "group", ""), attributes);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }
}
