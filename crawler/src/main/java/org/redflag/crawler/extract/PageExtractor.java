package org.redflag.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.url.UrlNormalizer;
import org.redflag.store.AdFields;

/**
 * Reads one HTML page of a source: kind, canonical URL, ad fields and links. Thread-safe; one instance per source.
 *
 * <p>Each field comes from the first technique that finds it: the source's selectors, JSON-LD, microdata,
 * OpenGraph/meta (title), main content (title from the main heading, text from the main block), meta description
 * (text), the {@code <title>} element (title). A page is an ad when the source's ad patterns say so, when it
 * carries a {@code JobPosting}, or when its main block is prose (enough text, few links, no repeated item links)
 * under a heading.
 */
public final class PageExtractor {
    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?i)^\\s*(next( page)?|more results|older|[›»>]|→|下一页|下一頁|下页|后页|後頁)\\s*[›»>→]*\\s*$");
    private static final Pattern NOT_AN_AD_PATH = Pattern.compile(
            "(?i)/(about|contact|privacy|terms|help|faq|login|log-in|signin|sign-in|register|signup|sign-up|"
                    + "cookies?|legal|imprint|impressum|search|categories|tags?)(/|\\.html?|$)");
    private static final int MIN_AD_PROSE = 80;

    private final SourceConfig source;

    public PageExtractor(SourceConfig source) {
        this.source = source;
    }

    public ExtractedPage extract(String url, String html) {
        Document doc = Jsoup.parse(html, url);
        String canonical = canonical(doc, url);
        Set<String> links = links(doc, url);
        List<String> pagination = pagination(doc, url);
        PartialFields selected = SelectorExtractor.extract(doc, source.selectors());
        Optional<PartialFields> jsonLd = JsonLdExtractor.extract(doc);
        Optional<PartialFields> microdata = jsonLd.isPresent() ? Optional.empty() : MicrodataExtractor.extract(doc);
        PartialFields meta = MetaExtractor.extract(doc);
        String htmlTitle = doc.title();
        MainContent main = MainContent.extract(doc);
        PartialFields structured = jsonLd.or(() -> microdata).orElse(PartialFields.EMPTY);
        PageKind kind = kind(url, structured != PartialFields.EMPTY, main, selected);
        TitleChoice title = title(selected, structured, jsonLd.isPresent(), meta, main, htmlTitle);
        AdFields fields = merge(title.value(), selected, structured, meta, main);
        return new ExtractedPage(kind, canonical, fields, new ArrayList<>(links), pagination, title.source());
    }

    private record TitleChoice(String value, String source) {
    }

    private static TitleChoice title(PartialFields selected, PartialFields structured, boolean fromJsonLd,
            PartialFields meta, MainContent main, String htmlTitle) {
        if (!selected.title().isEmpty()) {
            return new TitleChoice(selected.title(), "selector");
        }
        if (!structured.title().isEmpty()) {
            return new TitleChoice(structured.title(), fromJsonLd ? "json-ld" : "microdata");
        }
        String h1 = PartialFields.clean(main.title());
        if (!meta.title().isEmpty() && !(h1.length() > 0 && meta.title().startsWith(h1)
                && stripSiteName(meta.title()).equals(h1))) {
            return new TitleChoice(meta.title(), "opengraph");
        }
        if (!h1.isEmpty()) {
            return new TitleChoice(h1, "h1"); // also when og:title is the heading plus a site name
        }
        String t = PartialFields.clean(htmlTitle);
        return new TitleChoice(stripSiteName(t), t.isEmpty() ? "none" : "title");
    }

    private static AdFields merge(String title, PartialFields selected, PartialFields structured,
            PartialFields meta, MainContent main) {
        String text = first(selected.text(), structured.text(), main.text(), meta.text());
        List<String> images = !selected.images().isEmpty() ? selected.images()
                : !structured.images().isEmpty() ? structured.images() : meta.images();
        return new AdFields(title, text, first(selected.company(), structured.company()),
                first(selected.location(), structured.location()), first(selected.salary(), structured.salary()),
                first(selected.contact(), structured.contact()),
                first(selected.postedDate(), structured.postedDate(), meta.postedDate()), images);
    }

    private PageKind kind(String url, boolean structured, MainContent main, PartialFields selected) {
        if (source.urls().isAd(url)) {
            return PageKind.AD;
        }
        if (source.urls().isListing(url)) {
            return PageKind.LISTING;
        }
        if (structured) {
            return PageKind.AD;
        }
        boolean patterned = !source.urls().adPatterns().isEmpty();
        boolean prose = main.proseWeight() >= MIN_AD_PROSE && main.linkDensity() < 0.35 && main.repeatedLinks() < 5;
        boolean titled = !main.title().isBlank() || !selected.title().isEmpty();
        if (!patterned && prose && titled && !NOT_AN_AD_PATH.matcher(url).find()) {
            return PageKind.AD;
        }
        return main.pageRepeatedLinks() >= 5 ? PageKind.LISTING : PageKind.OTHER;
    }

    private static String canonical(Document doc, String url) {
        Element link = Css.first(doc, "link[rel=canonical][href]");
        if (link == null) {
            return url;
        }
        return UrlNormalizer.resolve(url, link.attr("href")).orElse(url);
    }

    private static Set<String> links(Document doc, String url) {
        Set<String> out = new LinkedHashSet<>();
        for (Element a : Css.select(doc, "a[href], area[href]")) {
            if (!a.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("nofollow")) {
                UrlNormalizer.resolve(url, a.attr("href")).ifPresent(out::add);
            }
        }
        return out;
    }

    private List<String> pagination(Document doc, String url) {
        Set<String> out = new LinkedHashSet<>();
        String css = source.pagination().nextSelector().isEmpty() ? "a[rel~=next], link[rel~=next]"
                : source.pagination().nextSelector();
        for (Element e : Css.select(doc, css)) {
            UrlNormalizer.resolve(url, e.attr("href")).ifPresent(out::add);
        }
        if (source.pagination().nextSelector().isEmpty()) {
            for (Element a : Css.select(doc, "a[href]")) {
                if (NEXT_LABEL.matcher(a.text()).matches() || a.className().matches("(?i).*\\bnext\\b.*")) {
                    UrlNormalizer.resolve(url, a.attr("href")).ifPresent(out::add);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static String stripSiteName(String title) {
        for (String sep : List.of(" | ", " - ", " – ", " — ", " _ ")) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                return title.substring(0, i).strip();
            }
        }
        return title;
    }
}
