package io.github.ogireport.parsers.html.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Site chrome around the article of a web page: what is never part of a report. Tags ({@code script}, {@code style},
 * {@code nav}, {@code header}, {@code footer}, forms, …), hidden elements ({@code hidden}, {@code display:none},
 * {@code mso-hide:all}), ARIA landmarks of the site ({@code navigation}, {@code banner}, {@code contentinfo},
 * {@code search}), and elements whose class or id names a chrome part (breadcrumbs, share buttons, font-size and
 * print tools, page footers, article meta lines) unless they hold a table. A {@code header} inside the
 * {@code article} or {@code main} element is content (it often holds the title). Stateless.
 */
public final class Chrome {

    private static final Set<String> TAGS = Set.of("head", "script", "style", "noscript", "template", "nav",
            "footer", "aside", "iframe", "frame", "frameset", "object", "embed", "form", "button",
            "select", "input", "textarea", "option", "svg", "math", "canvas", "video", "audio", "map", "xml",
            "link", "meta", "title", "base", "dialog", "menu");

    private static final Set<String> WORDS = Set.of("breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread",
            "position", "location", "dqwz", "share", "bdshare", "jiathis", "social", "footer", "foot", "nav", "navbar", "navigation", "menu", "sidebar", "toolbar", "tools", "print", "fontsize", "zihao",
            "related", "relate", "pager", "pagination", "copyright", "banner", "topbar", "search", "login",
            "skip", "qrcode", "ewm", "meta", "goback", "close", "hide", "hidden");

    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "search", "menu",
            "menubar", "toolbar", "complementary");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPLIT = Pattern.compile("[\\s_\\-]+");
    private static final Pattern HIDDEN = Pattern.compile(
            "(display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all)", Pattern.CASE_INSENSITIVE);

    private Chrome() {
    }

    /** Whether an element (and everything in it) is chrome, not content. */
    public static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (tag.equals("header")) {
            return e.closest("article, main") == null;
        }
        if (TAGS.contains(tag) || tag.startsWith("v:") || tag.startsWith("w:")) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false; // every other sign of chrome is an attribute
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && mayHide(style) && HIDDEN.matcher(style).find()) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && ROLES.contains(role)) {
            return true;
        }
        if (tag.equals("html") || tag.equals("body") || tag.equals("table")) {
            return false;
        }
        // chrome never holds the report's tables: an element named like chrome that does is kept
        return (named(e.id()) || named(e.className())) && !PageWalker.holdsTable(e);
    }

    /**
     * Whether a style may hide: it names one of the properties {@link #HIDDEN} looks for (ASCII letters compared
     * without case, as the pattern does). Word's long inline styles rarely do, and the pattern is slow on them.
     */
    private static boolean mayHide(String style) {
        return has(style, "display") || has(style, "visibility") || has(style, "mso-hide");
    }

    /** Whether a text holds a lower-case ASCII word, its letters in either case (may say yes for a few others). */
    private static boolean has(String s, String lower) {
        char first = lower.charAt(0);
        for (int i = 0; i + lower.length() <= s.length(); i++) {
            if ((s.charAt(i) | 0x20) != first) {
                continue;
            }
            int k = 1;
            while (k < lower.length() && (s.charAt(i + k) | 0x20) == lower.charAt(k)) {
                k++;
            }
            if (k == lower.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (String token : SPACES.split(value.toLowerCase(Locale.ROOT))) {
            if (WORDS.contains(token.replace("-", "").replace("_", ""))) {
                return true;
            }
            for (String part : SPLIT.split(token)) {
                if (WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }
}
