package org.redflag.crawler.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** OpenGraph and plain meta tags: {@code og:title}, {@code og:description}, {@code description}, {@code og:image}. */
final class MetaExtractor {
    private MetaExtractor() {
    }

    static PartialFields extract(Document doc) {
        String title = meta(doc, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        String description = meta(doc, "meta[property=og:description], meta[name=description], "
                + "meta[name=twitter:description]");
        Element image = Css.first(doc, "meta[property=og:image], meta[name=og:image]");
        List<String> images = image == null || image.absUrl("content").isEmpty() ? List.of()
                : List.of(image.absUrl("content"));
        return new PartialFields(title, description, "", "", "", "", meta(doc, "meta[property=article:published_time]"), images);
    }

    private static String meta(Document doc, String css) {
        Element e = Css.first(doc, css);
        return e == null ? "" : e.attr("content");
    }
}
