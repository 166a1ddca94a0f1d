package io.github.ogireport.cli.internal;

import io.github.ogireport.rules.Severity;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own strings, from the bundle {@code messages[_en].properties} (UTF-8). */
public final class Messages {

    private static final String BUNDLE = "io.github.ogireport.cli.internal.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.ROOT, NO_FALLBACK);
    }

    /** The messages of a language: English for {@code en}, Chinese otherwise. */
    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /** The locale. */
    public Locale locale() {
        return locale;
    }

    /** Whether the language is English. */
    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** A message with its arguments ({@link MessageFormat} syntax). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as written (no grouping separators), paths and the rest as text
            plain[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    /** The name of a severity. */
    public String severity(Severity s) {
        return get("severity." + s.name().toLowerCase(Locale.ROOT));
    }
}
