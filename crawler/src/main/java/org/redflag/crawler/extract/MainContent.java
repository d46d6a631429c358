package org.redflag.crawler.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Main-content extraction: removes boilerplate (scripts, navigation, header, footer, asides, forms, cookie bars,
 * share bars, "similar jobs" and other recommendation blocks), then picks the block that holds most of the
 * page's own prose. Also measures what tells an ad from a listing: how much prose, how many links that share one
 * URL shape.
 *
 * @param title         the page's main heading
 * @param text          the main block's text, one line per paragraph
 * @param proseWeight   length of the main block's text outside links (CJK characters count three)
 * @param linkDensity   share of the main block's text that is link text, 0..1
 * @param repeatedLinks the largest number of links in the main block with one URL shape (digits masked)
 * @param pageRepeatedLinks the same over the whole page once boilerplate is removed
 */
record MainContent(String title, String text, int proseWeight, double linkDensity, int repeatedLinks,
        int pageRepeatedLinks) {

    private static final String BOILERPLATE_TAGS = "script, style, noscript, template, nav, footer, aside, form, "
            + "iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [hidden], [aria-hidden=true]";
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|footer|sidebar|breadcrumbs?|cookies?|consent|share|social|related|"
                    + "similar|recommend(ed|ations)?|more-jobs|other-jobs|advert|banner|pagination|pager|comments?|"
                    + "popup|modal|newsletter|subscribe)($|[\\s_-])");
    private static final Pattern BOILERPLATE_HEADING = Pattern.compile(
            "(?i)^\\s*(similar|related|recommended|more|other|latest|recent|featured|popular)\\b.*(jobs?|ads?|"
                    + "listings?|positions?|vacanc(y|ies)|openings?|posts?)|you (may|might) also like|"
                    + "相似|相关|推荐|其他职位|更多职位|其他職位|更多職位|相關|推薦");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    static MainContent extract(Document doc) {
        String title = heading(doc);
        removeBoilerplate(doc);
        Element root = bestBlock(doc.body());
        String text = TextRenderer.render(root);
        Elements links = Css.select(root, "a[href]");
        int linkChars = 0;
        for (Element a : links) {
            linkChars += a.text().length();
        }
        int allChars = Math.max(1, root.text().length());
        int prose = weight(root.text()) - weight(linksText(links));
        return new MainContent(title, text, Math.max(0, prose), Math.min(1.0, linkChars / (double) allChars),
                repeatedShapes(links), repeatedShapes(Css.select(doc.body(), "a[href]")));
    }

    /** The page's main heading: an h1 outside header/nav/footer, else any h1. */
    private static String heading(Document doc) {
        for (Element h1 : Css.select(doc, "h1")) {
            if (Css.closest(h1, "header, nav, footer") == null && !h1.text().isBlank()) {
                return h1.text();
            }
        }
        Element any = Css.first(doc, "h1");
        return any == null ? "" : any.text();
    }

    private static void removeBoilerplate(Document doc) {
        Css.select(doc, BOILERPLATE_TAGS).remove();
        for (Element header : Css.select(doc, "header")) {
            if (Css.closest(header, "article, main") == null) {
                header.remove();
            }
        }
        for (Element e : Css.select(doc.body(), "[class], [id]")) {
            if (e.parent() != null && (BOILERPLATE_NAME.matcher(e.className()).find()
                    || BOILERPLATE_NAME.matcher(e.id()).find()) && !isMainish(e)) {
                e.remove();
            }
        }
        for (Element h : Css.select(doc.body(), "h2, h3, h4, h5")) {
            if (h.parent() != null && BOILERPLATE_HEADING.matcher(h.text()).find()) {
                Element section = h.parent();
                if (section != null && !isMainish(section) && section != doc.body()) {
                    section.remove();
                }
            }
        }
    }

    private static boolean isMainish(Element e) {
        return e.normalName().equals("main") || e.normalName().equals("article") || e.normalName().equals("body")
                || Css.first(e, "h1") != null;
    }

    /** The element that directly holds the most prose (Readability-style: own text counts fully, a child's half). */
    private static Element bestBlock(Element body) {
        Map<Element, Integer> scores = new HashMap<>();
        for (Element e : body.getAllElements()) {
            int own = ownTextLength(e);
            if (own < 20 || e.normalName().equals("a")) {
                continue;
            }
            Element block = e.normalName().equals("p") || e.normalName().equals("li")
                    || e.normalName().equals("br") ? e.parent() : e;
            if (block == null) {
                continue;
            }
            scores.merge(block, own, Integer::sum);
            if (block.parent() != null) {
                scores.merge(block.parent(), own / 2, Integer::sum);
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best;
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += weight(t.text());
            }
        }
        return n;
    }

    private static String linksText(Elements links) {
        StringBuilder sb = new StringBuilder();
        for (Element a : links) {
            sb.append(a.text());
        }
        return sb.toString();
    }

    /** Text length with CJK characters counted three times (one CJK character carries about a word). */
    static int weight(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF ? 3 : Character.isWhitespace(c) ? 0 : 1;
        }
        return w;
    }

    private static int repeatedShapes(Elements links) {
        Map<String, Integer> shapes = new HashMap<>();
        int max = 0;
        for (Element a : links) {
            max = Math.max(max, shapes.merge(shape(a.absUrl("href")), 1, Integer::sum));
        }
        return max;
    }

    /**
     * The shape of a link: its folder with the last path segment as {@code *}, digits masked, query values dropped.
     * {@code /jobs/warehouse-assistant} and {@code /jobs/line-cook} share one; {@code /job/17?ref=3} and
     * {@code /job/18?ref=4} share one.
     */
    static String shape(String href) {
        int hash = href.indexOf('#');
        String u = hash < 0 ? href : href.substring(0, hash);
        int q = u.indexOf('?');
        String path = q < 0 ? u : u.substring(0, q);
        String query = q < 0 ? "" : u.substring(q + 1).replaceAll("=[^&]*", "=");
        int slash = path.lastIndexOf('/');
        if (slash >= 0 && slash < path.length() - 1 && slash > path.indexOf("://") + 2) {
            path = path.substring(0, slash + 1) + "*";
        }
        return DIGITS.matcher(path).replaceAll("#") + "?" + query;
    }
}
