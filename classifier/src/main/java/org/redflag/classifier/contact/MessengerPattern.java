package org.redflag.classifier.contact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one messenger app's handles are written in ads: the app's name (or its nickname, such as 飞机 for Telegram)
 * followed by a handle, or a link such as {@code t.me/handle}. Phone-number handles (WhatsApp, Line, Viber) are
 * normalised to E.164.
 *
 * @param app     the app, used as the prefix of {@code app:handle}
 * @param pattern group 1 is the handle
 * @param phone   whether the handle is a phone number
 * @param cues    lower-case literals of which one must occur (ASCII case aside) for the pattern to be tried;
 *                {@code \\b} marks a word boundary, as in the pattern
 */
record MessengerPattern(String app, Pattern pattern, boolean phone, List<String> cues) {
    private static final Set<String> COMMON_WORDS =
            Set.of("only", "group", "contact", "details", "message", "number", "please", "account", "channel");
    private static final String SEP = "[\\s:：=＝]*(?:id|ID|号|號)?[\\s:：=＝]*";

    static List<MessengerPattern> standard() {
        return List.of(
                new MessengerPattern("whatsapp", Pattern.compile("(?i)(?:whats\\s?app|wa\\.me/|\\bwa\\b)" + SEP + "(\\+?[0-9][0-9 ()-]{6,}[0-9])"), true,
                        List.of("whats", "wa.me", "wa:", "wa ")),
                new MessengerPattern("telegram", Pattern.compile("(?i)(?:telegram|\\btg\\b|电报|電報|纸飞机|紙飛機|飞机|飛機)" + SEP + "@?([a-z][a-z0-9_]{4,31})"), false,
                        List.of("telegram", "\\btg\\b", "电报", "電報", "飞机", "飛機")),
                new MessengerPattern("telegram", Pattern.compile("(?i)t\\.me/@?([a-z][a-z0-9_]{4,31})"), false, List.of("t.me/")),
                new MessengerPattern("wechat", Pattern.compile("(?i)(?:wechat|we chat|weixin|微信|微信號|薇信|威信|v信|\\bvx\\b|\\bwx\\b)" + SEP + "([a-z][a-z0-9_-]{5,19})"), false,
                        List.of("wechat", "we chat", "weixin", "微信", "薇信", "威信", "v信", "vx", "wx")),
                new MessengerPattern("line", Pattern.compile("(?i)\\bline\\s*(?:id\\s*[:：=]?|[:：=])\\s*@?([a-z0-9][a-z0-9._-]{3,19})"), false,
                        List.of("line id", "line:", "line：", "line =", "line=")),
                new MessengerPattern("qq", Pattern.compile("(?i)\\bqq" + SEP + "([1-9][0-9]{4,11})"), false, List.of("\\bqq")),
                new MessengerPattern("viber", Pattern.compile("(?i)viber" + SEP + "(\\+?[0-9][0-9 ()-]{6,}[0-9])"), true,
                        List.of("viber")));
    }

    void find(String text, Set<String> out, Function<String, Optional<String>> toE164) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String handle = m.group(1);
            if (phone) {
                toE164.apply(handle).ifPresent(n -> out.add(app + ":" + n));
            } else if (!isCommonWord(handle)) {
                out.add(app + ":" + (app.equals("telegram") ? "@" : "") + handle.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static boolean isCommonWord(String handle) {
        return COMMON_WORDS.contains(handle.toLowerCase(Locale.ROOT));
    }
}
