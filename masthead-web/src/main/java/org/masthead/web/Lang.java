package org.masthead.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;

/** The interface languages: the reader's words in Chinese or English, chosen per request. */
public enum Lang {
    ZH("zh", "zh-Hans", Locale.SIMPLIFIED_CHINESE, "中文"),
    EN("en", "en", Locale.UK, "English");

    private final String code;
    private final String tag;
    private final Locale locale;
    private final String label;
    private final Properties messages;
    /** Compiled messages per thread: compiling one (spellout rules above all) costs more than a page render. */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    Lang(String code, String tag, Locale locale, String label) {
        this.code = code;
        this.tag = tag;
        this.locale = locale;
        this.label = label;
        this.messages = load("messages_" + code + ".properties");
    }

    /** The code used in {@code ?lang=} and the cookie. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag for {@code lang} attributes. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, for the switcher. */
    public String label() {
        return label;
    }

    /** The interface text for a key, with {@code {0}}-style arguments filled in. */
    public String t(String key, Object... args) {
        String text = messages.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no interface text '" + key + "' in " + code);
        }
        return args.length == 0 ? text
                : formats.get().computeIfAbsent(key, k -> new MessageFormat(text, locale)).format(args);
    }

    /** The language named by a code, or null. */
    public static Lang of(String code) {
        for (Lang lang : values()) {
            if (lang.code.equalsIgnoreCase(code)) {
                return lang;
            }
        }
        return null;
    }

    /** The reader's preferred language from an Accept-Language header; Chinese when it names neither. */
    public static Lang fromAcceptLanguage(String header) {
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String primary = range.getRange().split("-", 2)[0];
                    Lang lang = of(primary);
                    if (lang != null) {
                        return lang;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is no reason to fail the page: fall through to the default.
            }
        }
        return ZH;
    }

    /** Every language but this one, for the switcher. */
    public List<Lang> others() {
        return java.util.Arrays.stream(values()).filter(l -> l != this).toList();
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Lang.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
