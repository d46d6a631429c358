package org.redflag.crawler.source;

/**
 * How a listing page links to the next one. Pagination links do not count towards {@link Limits#maxDepth()}, so a
 * long listing is followed to its end.
 *
 * @param nextSelector CSS selector of the next-page link; empty means generic detection ({@code rel=next}, links
 *                     labelled Next, ›, », 下一页, 下一頁)
 * @param maxPages     listing pages followed per run through pagination links
 */
public record Pagination(String nextSelector, int maxPages) {
    public static final Pagination DEFAULT = new Pagination("", 10_000);

    public Pagination {
        nextSelector = nextSelector == null ? "" : nextSelector;
    }
}
