package org.redflag.crawler.extract;

/** What a page is. */
public enum PageKind {
    /** One ad: its fields are extracted, classified and stored. */
    AD,
    /** A list of ads (search results, category pages); its links are followed. */
    LISTING,
    /** Anything else; its links are followed, nothing is stored. */
    OTHER
}
