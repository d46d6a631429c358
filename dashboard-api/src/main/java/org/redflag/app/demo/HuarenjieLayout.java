package org.redflag.app.demo;

import static org.redflag.app.demo.Html.escape;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 华人街 (Huarenjie), a Chinese-language classifieds board: listing pages {@code /zhaopin/list_N.html}, ad pages
 * {@code /zhaopin/SLUG.html} in older table markup with no JSON-LD, read with the source's CSS selectors.
 *
 * <p>Like many such sites it mixes encodings: of every three ad pages one is UTF-8, one GB18030 with the charset in
 * the Content-Type header, and one GB18030 declared only in the page's {@code <meta charset>}.
 */
final class HuarenjieLayout implements SiteLayout {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern AD = Pattern.compile("/zhaopin/([a-z0-9-]+)\\.html");
    private static final Pattern LIST = Pattern.compile("/zhaopin/list_(\\d{1,4})\\.html");

    @Override
    public String id() {
        return "huarenjie";
    }

    @Override
    public String listingPath(int page) {
        return page == 1 ? "/zhaopin/" : "/zhaopin/list_" + page + ".html";
    }

    @Override
    public OptionalInt listingPage(String path, String query) {
        if (path.equals("/zhaopin/")) {
            return OptionalInt.of(1);
        }
        Matcher list = LIST.matcher(path);
        return list.matches() ? OptionalInt.of(Integer.parseInt(list.group(1))) : OptionalInt.empty();
    }

    @Override
    public String adPath(DemoAd ad) {
        return "/zhaopin/" + ad.slug() + ".html";
    }

    @Override
    public Optional<String> adSlug(String path) {
        Matcher matcher = AD.matcher(path);
        return matcher.matches() && !path.startsWith("/zhaopin/list_") ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    public SitePage listing(SiteCatalogue catalogue, int page, String baseUrl) {
        StringBuilder html = head("utf-8", "招聘求职 第" + page + "页_华人街");
        html.append("</head>\n<body>\n").append(top())
                .append("<div class=\"weizhi\">当前位置：<a href=\"/zhaopin/\">招聘求职</a> &gt; 第").append(page)
                .append("页</div>\n<ul class=\"liebiao\">\n");
        for (DemoAd ad : catalogue.page(page)) {
            html.append("<li class=\"tiao\"><a class=\"bt\" href=\"").append(escape(adPath(ad))).append("\">")
                    .append(escape(ad.title())).append("</a> <span class=\"dd\">").append(escape(ad.location()))
                    .append("</span> <span class=\"sj\">").append(escape(ad.posted())).append("</span></li>\n");
        }
        html.append("</ul>\n").append(pagination(catalogue, page)).append(foot());
        return SitePage.html(html.toString());
    }

    @Override
    public SitePage ad(SiteCatalogue catalogue, DemoAd ad, String baseUrl) {
        int variant = Math.floorMod(catalogue.indexOf(ad), 3);
        Charset charset = variant == 0 ? StandardCharsets.UTF_8 : GB18030;
        StringBuilder html = head(variant == 0 ? "utf-8" : "gb18030", ad.title() + "_" + ad.location() + "招聘_华人街");
        html.append("<link rel=\"canonical\" href=\"").append(escape(baseUrl + adPath(ad))).append("\">\n")
                .append("</head>\n<body>\n").append(top())
                .append("<div class=\"weizhi\">当前位置：<a href=\"/zhaopin/\">招聘求职</a> &gt; 正文</div>\n")
                .append("<div class=\"tiezi\">\n<h1 class=\"biaoti\">").append(escape(ad.title())).append("</h1>\n")
                .append("<table class=\"xinxi\">\n").append(row("公司名称", "gongsi", ad.company()))
                .append(row("工作地点", "didian", ad.location())).append(row("薪资待遇", "xinzi", ad.salary()))
                .append(row("发布时间", "shijian", ad.posted())).append("</table>\n<div class=\"neirong\">\n")
                .append(Html.paragraphs(ad.body())).append("</div>\n<div class=\"lianxi\">联系方式：<span class=\"lxfs\">")
                .append(escape(ad.contact())).append("</span></div>\n</div>\n")
                .append(related(catalogue.similarTo(ad, 4))).append(foot());
        return SitePage.html(html.toString(), charset, variant != 2).withLastModified(ad.posted());
    }

    @Override
    public SitePage admin() {
        return SitePage.html(head("utf-8", "管理登录_华人街") + "</head>\n<body>\n<h1>管理登录</h1>\n"
                + "<form method=\"post\"><input name=\"user\"><input name=\"password\" type=\"password\"></form>\n"
                + "</body>\n</html>\n");
    }

    private static StringBuilder head(String charset, String title) {
        return new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"")
                .append(charset).append("\">\n<title>").append(escape(title)).append("</title>\n");
    }

    private String top() {
        return "<div id=\"top\"><a href=\"/zhaopin/\">华人街</a> 海外华人分类信息网 | <a href=\"/zhaopin/\">招聘求职</a> | "
                + "<a href=\"" + adminPath() + "\">管理入口</a></div>\n";
    }

    private static String foot() {
        return "<div id=\"foot\">免责声明：本站信息由网友发布，请自行核实，谨防上当受骗。<br>&copy; 2026 华人街</div>\n"
                + "</body>\n</html>\n";
    }

    private String pagination(SiteCatalogue catalogue, int page) {
        StringBuilder nav = new StringBuilder("<div class=\"fenye\">\n");
        if (page > 1) {
            nav.append("<a class=\"shangyiye\" href=\"").append(listingPath(page - 1)).append("\">上一页</a>\n");
        }
        for (int n = 1; n <= catalogue.pageCount(); n++) {
            nav.append(n == page ? "<b>" + n + "</b>\n" : "<a href=\"" + listingPath(n) + "\">" + n + "</a>\n");
        }
        if (page < catalogue.pageCount()) {
            nav.append("<a class=\"xiayiye\" href=\"").append(listingPath(page + 1)).append("\">下一页</a>\n");
        }
        return nav.append("</div>\n").toString();
    }

    private String related(List<DemoAd> others) {
        StringBuilder div = new StringBuilder("<div class=\"xiangguan\">\n<h3>相关信息</h3>\n<ul>\n");
        for (DemoAd other : others) {
            div.append("<li><a href=\"").append(escape(adPath(other))).append("\">").append(escape(other.title()))
                    .append("</a></li>\n");
        }
        return div.append("</ul>\n</div>\n").toString();
    }

    private static String row(String label, String field, String value) {
        return "<tr><th>" + label + "</th><td class=\"" + field + "\">" + escape(value) + "</td></tr>\n";
    }
}
