package org.redflag.crawler.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** CSS selection with each selector parsed once and reused (parsing dominated extraction time otherwise). */
final class Css {
    private static final Map<String, Evaluator> CACHE = new ConcurrentHashMap<>();

    private Css() {
    }

    static Evaluator of(String css) {
        return CACHE.computeIfAbsent(css, QueryParser::parse);
    }

    static Elements select(Element root, String css) {
        return root.select(of(css));
    }

    static Element first(Element root, String css) {
        return root.selectFirst(of(css));
    }

    static Element closest(Element e, String css) {
        return e.closest(of(css));
    }
}
