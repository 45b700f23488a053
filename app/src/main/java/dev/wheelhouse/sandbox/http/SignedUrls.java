package dev.wheelhouse.sandbox.http;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signed, expiring download URLs in the form GitHub's log host uses:
 * {@code …?urlExpires=2021-04-05T15%3A44%3A09.8999243Z&urlSigningMethod=HMACV1&urlSignature=…}
 * (recorded in samples/github-api/job-logs-redirect.*), valid for about a minute.
 */
public final class SignedUrls {

    /** How long a signed URL works; the recorded ones expire about a minute after the 302. */
    public static final Duration LIFETIME = Duration.ofMinutes(1);
    /** How long an artifact's SAS URL works: ten minutes, as recorded. */
    public static final Duration BLOB_LIFETIME = Duration.ofMinutes(10);

    private final Clock clock;
    private final byte[] key = new byte[32];

    /** Why a signed URL was refused. */
    public enum Verdict { VALID, EXPIRED, BAD_SIGNATURE }

    public SignedUrls(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** {@code base + path} with the expiry and signature query. */
    public String sign(String base, String path) {
        String expires = clock.instant().plus(LIFETIME).toString();
        return base + path + "?urlExpires=" + encode(expires) + "&urlSigningMethod=HMACV1&urlSignature="
                + encode(signature(path, expires));
    }

    /**
     * {@code base + path} as a v4 artifact's Azure Blob SAS URL (recorded in
     * samples/github-api/artifact-zip-redirect.mapping.json): {@code rscd} names the file the browser saves,
     * {@code st}/{@code se} bound its ten minutes, {@code sig} signs it.
     */
    public String signBlob(String base, String path, String downloadName) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String rscd = "attachment; filename=\"" + downloadName + "\"";
        String expires = now.plus(BLOB_LIFETIME).toString();
        return base + path + "?rscd=" + encode(rscd) + "&se=" + encode(expires) + "&sig="
                + encode(signature(path + "\n" + rscd, expires)) + "&sp=r&spr=https&sr=b&st=" + encode(now.toString())
                + "&sv=2021-12-02";
    }

    public Verdict verify(String path, Map<String, List<String>> query) {
        if (query.containsKey("sig")) {
            return verifyBlob(path, query);
        }
        String expires = first(query, "urlExpires");
        String signature = first(query, "urlSignature");
        if (expires == null || signature == null || !"HMACV1".equals(first(query, "urlSigningMethod"))) {
            return Verdict.BAD_SIGNATURE;
        }
        boolean genuine = MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                signature(path, expires).getBytes(StandardCharsets.UTF_8));
        if (!genuine) {
            return Verdict.BAD_SIGNATURE;
        }
        try {
            return clock.instant().isAfter(Instant.parse(expires)) ? Verdict.EXPIRED : Verdict.VALID;
        } catch (DateTimeParseException e) {
            return Verdict.BAD_SIGNATURE;
        }
    }

    private Verdict verifyBlob(String path, Map<String, List<String>> query) {
        String expires = first(query, "se");
        String signature = first(query, "sig");
        String rscd = first(query, "rscd");
        if (expires == null || signature == null || rscd == null) {
            return Verdict.BAD_SIGNATURE;
        }
        boolean genuine = MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                signature(path + "\n" + rscd, expires).getBytes(StandardCharsets.UTF_8));
        if (!genuine) {
            return Verdict.BAD_SIGNATURE;
        }
        try {
            return clock.instant().isAfter(Instant.parse(expires)) ? Verdict.EXPIRED : Verdict.VALID;
        } catch (DateTimeParseException e) {
            return Verdict.BAD_SIGNATURE;
        }
    }

    private String signature(String path, String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
