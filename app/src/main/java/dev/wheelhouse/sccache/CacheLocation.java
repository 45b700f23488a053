package dev.wheelhouse.sccache;

import java.util.Locale;
import java.util.Objects;

/**
 * Where sccache kept its cache, from the {@code Cache location} line or the JSON
 * {@code cache_location}: the backend kind and the text as printed.
 *
 * <p>Forms seen: {@code Local disk: "/path"}, {@code ghac, name: sccache-v0.4.0-pre.9, prefix: /sccache/},
 * {@code s3, name: …, prefix: …}, before 0.4 {@code S3, bucket: Bucket(name=…, base_url=…)}, and
 * {@code Multi-level (2 levels)} from 0.15.
 */
public record CacheLocation(Kind kind, String raw) {

    /** The storage backend. */
    public enum Kind {
        GITHUB_ACTIONS("github-actions", "GitHub Actions cache"),
        LOCAL_DISK("local-disk", "local disk"),
        S3("s3", "S3"),
        REDIS("redis", "Redis"),
        MEMCACHED("memcached", "Memcached"),
        GCS("gcs", "Google Cloud Storage"),
        AZURE("azure", "Azure Blob Storage"),
        WEBDAV("webdav", "WebDAV"),
        OSS("oss", "Alibaba OSS"),
        COS("cos", "Tencent COS"),
        MULTI_LEVEL("multi-level", "multi-level cache"),
        OTHER("other", "other storage");

        private final String wireName;
        private final String description;

        Kind(String wireName, String description) {
            this.wireName = wireName;
            this.description = description;
        }

        public String wireName() {
            return wireName;
        }

        public String description() {
            return description;
        }
    }

    public CacheLocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
    }

    /** Classifies a location as sccache prints it. */
    public static CacheLocation parse(String raw) {
        String text = raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        return new CacheLocation(kindOf(lower), text);
    }

    /** Whether a printed location has a form this class recognises (used before trusting a lone line). */
    static boolean looksLikeLocation(String raw) {
        return kindOf(raw.strip().toLowerCase(Locale.ROOT)) != Kind.OTHER;
    }

    private static Kind kindOf(String lower) {
        if (lower.startsWith("local disk")) {
            return Kind.LOCAL_DISK;
        }
        if (lower.startsWith("multi-level") || lower.startsWith("multilevel")) {
            return Kind.MULTI_LEVEL;
        }
        String scheme = lower.split("[,:( ]", 2)[0];
        return switch (scheme) {
            case "ghac", "gha" -> Kind.GITHUB_ACTIONS;
            case "s3" -> Kind.S3;
            case "redis" -> Kind.REDIS;
            case "memcached" -> Kind.MEMCACHED;
            case "gcs" -> Kind.GCS;
            case "azure", "azblob" -> Kind.AZURE;
            case "webdav" -> Kind.WEBDAV;
            case "oss" -> Kind.OSS;
            case "cos" -> Kind.COS;
            default -> Kind.OTHER;
        };
    }
}
