package org.redflag.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** schema.org {@code JobPosting} in microdata ({@code itemscope itemtype=".../JobPosting"}). */
final class MicrodataExtractor {
    private MicrodataExtractor() {
    }

    static Optional<PartialFields> extract(Document doc) {
        Element scope = Css.first(doc, "[itemscope][itemtype$=/JobPosting], [itemscope][itemtype$=/JobPosting/]");
        if (scope == null) {
            return Optional.empty();
        }
        Element description = Css.first(scope, "[itemprop=description]");
        String text = description == null ? "" : TextRenderer.render(description);
        List<String> images = new ArrayList<>();
        for (Element img : Css.select(scope, "[itemprop=image]")) {
            String src = img.hasAttr("src") ? img.absUrl("src") : img.hasAttr("content") ? img.absUrl("content")
                    : img.absUrl("href");
            if (!src.isEmpty()) {
                images.add(src);
            }
        }
        return Optional.of(new PartialFields(prop(scope, "title"), text, nested(scope, "hiringOrganization"),
                nested(scope, "jobLocation"), nested(scope, "baseSalary"), contact(scope),
                prop(scope, "datePosted"), images));
    }

    private static String prop(Element scope, String name) {
        Element e = Css.first(scope, "[itemprop=" + name + "]");
        return e == null ? "" : value(e);
    }

    private static String nested(Element scope, String name) {
        Element e = Css.first(scope, "[itemprop=" + name + "]");
        if (e == null) {
            return "";
        }
        if (e.hasAttr("itemscope")) {
            Element n = Css.first(e, "[itemprop=name]");
            if (n != null && !name.equals("jobLocation")) {
                return value(n);
            }
        }
        return value(e);
    }

    private static String contact(Element scope) {
        Elements found = Css.select(scope, "[itemprop=telephone], [itemprop=email]");
        List<String> parts = new ArrayList<>();
        for (Element e : found) {
            parts.add(value(e));
        }
        return String.join(" ", parts);
    }

    private static String value(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        return e.text();
    }
}
