package dev.wheelhouse.github;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The one place URLs are made fit to log or show: the user-info part ({@code user:password@},
 * as in {@code --api http://user:SECRET@host/}) is dropped, and so are the query (a signed log
 * URL's signature lives there) and the fragment. Log lines, error messages and the log file's
 * formatter all go through here.
 */
public final class Redaction {

    /** {@code scheme://user-info@} anywhere in a text; user-info ends at the first '@' before the host. */
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#@\\s\"']*@");

    private Redaction() {
    }

    /** {@code scheme://host[:port]/path} of a URL: what may be shown of it. */
    public static String url(URI uri) {
        if (uri.getHost() == null) {
            return text(uri.getScheme() == null ? uri.getRawSchemeSpecificPart() : uri.toString().split("[?#]", 2)[0]);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** A URL as the user typed it, which may not parse: user-info dropped, the rest kept. */
    public static String url(String text) {
        return text(text);
    }

    /** Free text (a log message, an exception's message) with the user-info of every URL in it dropped. */
    public static String text(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("$1");
    }
}
