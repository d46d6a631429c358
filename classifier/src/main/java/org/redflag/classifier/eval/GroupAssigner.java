package org.redflag.classifier.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts related ads into one group so that cross-validation never trains on one and tests on the other. With
 * {@link Grouping#NEAR_DUPLICATE} two ads share a group when they share the opening of their text, or their title
 * together with the opening of their company profile; {@link Grouping#EMPLOYER} also joins all ads of one company
 * profile (stricter: whole fraud campaigns are held out together). Groups are closed transitively (union-find). An
 * explicit group given in the data is kept.
 */
public final class GroupAssigner {
    private static final int TEXT_PREFIX = 120;

    private GroupAssigner() {
    }

    /** How related ads are grouped. */
    public enum Grouping { NEAR_DUPLICATE, EMPLOYER }

    public static List<LabelledAd> assign(List<LabelledAd> ads) {
        return assign(ads, Grouping.NEAR_DUPLICATE);
    }

    public static List<LabelledAd> assign(List<LabelledAd> ads, Grouping grouping) {
        int[] parent = new int[ads.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < ads.size(); i++) {
            for (String key : keys(ads.get(i), grouping)) {
                Integer other = firstByKey.putIfAbsent(key, i);
                if (other != null) {
                    union(parent, i, other);
                }
            }
        }
        List<LabelledAd> out = new ArrayList<>(ads.size());
        for (int i = 0; i < ads.size(); i++) {
            LabelledAd a = ads.get(i);
            out.add(new LabelledAd(a.ad(), a.positive(), "g" + find(parent, i), a.attributes()));
        }
        return out;
    }

    private static List<String> keys(LabelledAd a, Grouping grouping) {
        List<String> keys = new ArrayList<>(4);
        if (!a.group().isEmpty()) {
            keys.add("group:" + a.group());
        }
        String title = squash(a.ad().title());
        String company = squash(a.ad().company());
        if (grouping == Grouping.EMPLOYER && company.length() >= 20) {
            keys.add("company:" + company);
        } else if (!title.isEmpty()) {
            keys.add("title:" + title + "|" + company.substring(0, Math.min(60, company.length())));
        }
        String text = squash(a.ad().text());
        if (text.length() >= 40) {
            keys.add("text:" + text.substring(0, Math.min(TEXT_PREFIX, text.length())));
        }
        return keys;
    }

    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
