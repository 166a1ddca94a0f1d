package io.github.ogireport.parsers.html.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Site chrome around the article of a web page, by the signs an element carries. What to do with it is the
 * {@link PageWalker}'s decision: only {@link Kind#NEVER} and {@link Kind#HIDDEN} are always dropped; an element that
 * merely looks like chrome ({@link Kind#LANDMARK}, {@link Kind#NAMED}) is kept when it holds the report, since many
 * sites wrap the whole article in one. A {@code <form>} is never chrome by itself (ASP.NET WebForms and the
 * government site platforms wrap the whole page body in {@code <form id="form1">}). Stateless.
 */
public final class Chrome {

    /** What an element is, by its own signs. */
    public enum Kind {
        /** No sign of chrome. */
        CONTENT,
        /**
         * Never part of a report whatever it holds: scripts, styles, the head, form controls, embedded objects and
         * frames, media, inert templates, Word's XML data and VML shapes.
         */
        NEVER,
        /**
         * Not shown: the {@code hidden} attribute, {@code display:none}, {@code visibility:hidden},
         * {@code mso-hide:all}, a {@code <dialog>} that is not open. Hidden stays hidden, even if a script of the
         * page would reveal it.
         */
        HIDDEN,
        /**
         * Chrome by its tag or role: {@code nav}, {@code header} outside {@code article} and {@code main},
         * {@code footer}, {@code aside}, {@code menu}, the ARIA landmarks of the site ({@code navigation},
         * {@code banner}, {@code contentinfo}, {@code search}, …) and {@code aria-hidden} (shown, but hidden from
         * screen readers).
         */
        LANDMARK,
        /**
         * Chrome by its class or id: breadcrumbs, share buttons, font-size and print tools, page footers, article
         * meta lines, related articles.
         */
        NAMED
    }

    private static final Set<String> NEVER = Set.of("head", "script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "button", "select", "input", "textarea", "option", "svg",
            "math", "canvas", "video", "audio", "map", "xml", "link", "meta", "title", "base");

    private static final Set<String> LANDMARKS = Set.of("nav", "footer", "aside", "menu");

    private static final Set<String> WORDS = Set.of("breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread",
            "position", "location", "dqwz", "share", "bdshare", "jiathis", "social", "footer", "foot", "nav",
            "navbar", "navigation", "menu", "sidebar", "toolbar", "tools", "print", "fontsize", "zihao",
            "related", "relate", "pager", "pagination", "copyright", "banner", "topbar", "search", "login",
            "skip", "qrcode", "ewm", "meta", "goback", "close", "hide", "hidden");

    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "search", "menu",
            "menubar", "toolbar", "complementary");

    private static final Pattern HIDDEN = Pattern.compile(
            "(display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all)", Pattern.CASE_INSENSITIVE);

    private Chrome() {
    }

    /** What an element is, by its tag and attributes (not by what it holds). */
    public static Kind kind(Element e) {
        String tag = e.normalName();
        if (NEVER.contains(tag) || tag.startsWith("v:") || tag.startsWith("w:")) {
            return Kind.NEVER;
        }
        if (tag.equals("dialog")) {
            return e.hasAttr("open") ? Kind.LANDMARK : Kind.HIDDEN;
        }
        boolean landmark = LANDMARKS.contains(tag) || tag.equals("header") && !inArticle(e);
        if (e.attributesSize() == 0) {
            return landmark ? Kind.LANDMARK : Kind.CONTENT; // every other sign of chrome is an attribute
        }
        if (e.hasAttr("hidden")) {
            return Kind.HIDDEN;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && mayHide(style) && HIDDEN.matcher(style).find()) {
            return Kind.HIDDEN;
        }
        if (landmark || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return Kind.LANDMARK;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return Kind.LANDMARK;
        }
        if (tag.equals("html") || tag.equals("body") || tag.equals("table")) {
            return Kind.CONTENT;
        }
        return named(e.id()) || named(e.className()) ? Kind.NAMED : Kind.CONTENT;
    }

    /** Whether a {@code header} is the article's own (it often holds the title): inside {@code article} or {@code main}. */
    private static boolean inArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a style may hide: it names one of the properties {@link #HIDDEN} looks for (ASCII letters compared
     * without case, as the pattern does), found in one pass. Word's long inline styles rarely do, and the pattern is
     * slow on them.
     */
    private static boolean mayHide(String style) {
        for (int i = 0; i < style.length(); i++) {
            switch (style.charAt(i) | 0x20) {
                case 'd' -> {
                    if (style.regionMatches(true, i, "display", 0, 7)) {
                        return true;
                    }
                }
                case 'v' -> {
                    if (style.regionMatches(true, i, "visibility", 0, 10)) {
                        return true;
                    }
                }
                case 'm' -> {
                    if (style.regionMatches(true, i, "mso-hide", 0, 8)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * Whether a class or id value names chrome: one of its space-separated tokens, without its hyphens and
     * underscores ({@code share-bar} → {@code sharebar}), or a part of it between them ({@code share}), is a word
     * of {@link #WORDS}, compared without case.
     */
    static boolean named(String value) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(value.charAt(end))) {
                end++;
            }
            if (end > i && namedToken(value.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static boolean namedToken(String token) {
        if (WORDS.contains(token)) {
            return true;
        }
        if (token.indexOf('-') < 0 && token.indexOf('_') < 0) {
            return false;
        }
        StringBuilder joined = new StringBuilder(token.length());
        int start = 0;
        for (int k = 0; k <= token.length(); k++) {
            if (k == token.length() || token.charAt(k) == '-' || token.charAt(k) == '_') {
                if (k > start && WORDS.contains(token.substring(start, k))) {
                    return true;
                }
                joined.append(token, start, k);
                start = k + 1;
            }
        }
        return WORDS.contains(joined.toString());
    }
}
