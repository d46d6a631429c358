package org.redflag.store.config;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Finds the line of a key path in YAML text, so errors can say where to look. */
final class YamlLines {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private YamlLines() {
    }

    /** The 1-based line of the deepest existing node on {@code keyPath}; empty when the text is not YAML. */
    static OptionalInt lineOf(String yaml, String keyPath) {
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
        if (node == null) {
            return OptionalInt.empty();
        }
        int line = node.getStartMark().getLine();
        Matcher segments = SEGMENT.matcher(keyPath);
        while (segments.find()) {
            if (segments.group(1) != null) {
                NodeTuple tuple = entry(node, segments.group(1));
                if (tuple == null) {
                    break;
                }
                line = tuple.getKeyNode().getStartMark().getLine();
                node = tuple.getValueNode();
            } else {
                Node child = item(node, segments.group(2));
                if (child == null) {
                    break;
                }
                line = child.getStartMark().getLine();
                node = child;
            }
        }
        return OptionalInt.of(line + 1);
    }

    private static NodeTuple entry(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return tuple;
                }
            }
        }
        return null;
    }

    private static Node item(Node node, String index) {
        if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            int i = Integer.parseInt(index);
            return i < items.size() ? items.get(i) : null;
        }
        return null;
    }
}
