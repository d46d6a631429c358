package org.redflag.crawler.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element's text with a line break between blocks (paragraphs, list items, headings, rows). */
final class TextRenderer {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt", "dl", "br", "header",
            "footer", "main", "address", "figure", "figcaption", "hr");

    private TextRenderer() {
    }

    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendText(out, t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        }, root);
        return out.toString().strip();
    }

    private static void appendText(StringBuilder out, String text) {
        String t = text.replace('\u00a0', ' ');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void newline(StringBuilder out) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
            n--;
        }
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
    }
}
