package org.redflag.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a YAML file of API key hashes and registers them. The file holds no key in clear:
 * <pre>
 * keys:
 *   - name: alice             # a label, shown in logs and triage notes
 *     role: analyst           # analyst, operator or platform
 *     sha256: 9f86d08...      # printf %s "$KEY" | sha256sum
 *   - name: jobs-example
 *     role: platform
 *     platform: jobs.example  # platform keys only: the platform whose reports the key sees
 *     sha256: 60303ae...
 * </pre>
 */
public final class ApiKeyFile {
    private static final Set<String> FIELDS = Set.of("name", "role", "platform", "sha256");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ApiKeyFile() {
    }

    /**
     * Registers every key of the file into the registry and returns how many. A missing file registers nothing.
     *
     * @throws InvalidKeyFileException naming the file, the entry and the field when the file is malformed
     */
    public static int load(Path file, ApiKeyRegistry registry) {
        if (!Files.exists(file)) {
            return 0;
        }
        List<Entry> entries = parse(file);
        entries.forEach(entry -> registry.registerHash(entry.sha256(), entry.holder()));
        return entries.size();
    }

    private static List<Entry> parse(Path file) {
        JsonNode root = readTree(file);
        JsonNode keys = root.path("keys");
        if (!keys.isArray()) {
            throw new InvalidKeyFileException(file, "keys", "must be a list of {name, role, sha256[, platform]}");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            entries.add(entry(file, "keys[" + i + "]", keys.get(i)));
        }
        return entries;
    }

    private static JsonNode readTree(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new InvalidKeyFileException(file, "", "must be a YAML mapping with a 'keys' list");
            }
            return root;
        } catch (IOException e) {
            throw new InvalidKeyFileException(file, "", "cannot be read as YAML: " + e.getMessage());
        }
    }

    private static Entry entry(Path file, String path, JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidKeyFileException(file, path + "." + name, "is not a known field; use " + FIELDS);
            }
        }
        String name = required(file, path, node, "name");
        String roleText = required(file, path, node, "role");
        Role role = Role.find(roleText).orElseThrow(() -> new InvalidKeyFileException(file, path + ".role",
                "'" + roleText + "' is not a role; use analyst, operator or platform"));
        String sha256 = required(file, path, node, "sha256");
        if (!ApiKeyHash.isHash(sha256)) {
            throw new InvalidKeyFileException(file, path + ".sha256",
                    "must be 64 hex digits: the SHA-256 of the key (printf %s \"$KEY\" | sha256sum), not the key");
        }
        String platform = node.path("platform").asText("");
        try {
            return new Entry(new Principal(name, role, platform), sha256);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyFileException(file, path + ".platform", e.getMessage());
        }
    }

    private static String required(Path file, String path, JsonNode node, String field) {
        String value = node.path(field).asText("").trim();
        if (value.isEmpty()) {
            throw new InvalidKeyFileException(file, path + "." + field, "is missing");
        }
        return value;
    }

    private record Entry(Principal holder, String sha256) {
    }
}
