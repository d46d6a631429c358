package org.redflag.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.redflag.crawler.source.Selectors;

/** A source's own CSS selectors; a selector that is empty or matches nothing gives an empty field. */
final class SelectorExtractor {
    private SelectorExtractor() {
    }

    static PartialFields extract(Document doc, Selectors s) {
        if (s.equals(Selectors.NONE)) {
            return PartialFields.EMPTY;
        }
        return new PartialFields(text(doc, s.title()), block(doc, s.text()), text(doc, s.company()),
                text(doc, s.location()), text(doc, s.salary()), text(doc, s.contact()), date(doc, s.postedDate()),
                images(doc, s.images()));
    }

    private static String text(Document doc, String css) {
        if (css.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Element e : Css.select(doc, css)) {
            String t = e.text().strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join(" ", parts);
    }

    private static String block(Document doc, String css) {
        if (css.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Element e : Css.select(doc, css)) {
            parts.add(TextRenderer.render(e));
        }
        return String.join("\n", parts);
    }

    private static String date(Document doc, String css) {
        Element e = css.isEmpty() ? null : Css.first(doc, css);
        if (e == null) {
            return "";
        }
        return e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
    }

    private static List<String> images(Document doc, String css) {
        List<String> out = new ArrayList<>();
        if (css.isEmpty()) {
            return out;
        }
        Elements found = Css.select(doc, css);
        for (Element e : found) {
            String url = e.hasAttr("src") ? e.absUrl("src") : e.absUrl("href");
            if (!url.isEmpty() && !out.contains(url)) {
                out.add(url);
            }
        }
        return out;
    }
}
