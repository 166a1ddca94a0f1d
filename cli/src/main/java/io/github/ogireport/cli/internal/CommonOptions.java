package io.github.ogireport.cli.internal;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every subcommand takes: the language of messages and {@code --debug}. */
public final class CommonOptions {

    /** The languages of messages. */
    public enum Lang {
        /** Chinese, the default. */
        zh,
        /** English. */
        en
    }

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages: zh (default) or en.")
    Lang lang = Lang.zh;

    @Option(names = "--debug", description = "Print stack traces of failures.")
    boolean debug;

    /** Used by picocli. */
    public CommonOptions() {
    }

    /** The locale of messages. */
    public Locale locale() {
        return lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The messages in the chosen language. */
    public Messages messages() {
        return Messages.of(locale());
    }

    /** Whether stack traces are wanted. */
    public boolean debug() {
        return debug;
    }
}
