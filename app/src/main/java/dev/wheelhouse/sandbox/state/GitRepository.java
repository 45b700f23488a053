package dev.wheelhouse.sandbox.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One repository's files by commit, with branches and tags. Blob shas are git's own
 * ({@code sha1("blob <size>\0" + bytes)}), so a client can compare them with a local clone;
 * commit and tree shas are derived the same way from their contents.
 */
public final class GitRepository {

    /** A commit: its files (path to blob sha), parent, message and author. */
    public record Commit(String sha, String treeSha, List<String> parents, String message,
                         Identity author, Instant time, Map<String, String> files) {
        public Commit {
            parents = List.copyOf(parents);
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }

    /** A git author or committer. */
    public record Identity(String name, String email) {
    }

    private final long id;
    private final String owner;
    private final long ownerId;
    private final String name;
    private final String defaultBranch;
    private final Instant createdAt;
    private final Map<String, Commit> commits = new LinkedHashMap<>();
    private final Map<String, byte[]> blobs = new LinkedHashMap<>();
    private final Map<String, String> refs = new TreeMap<>();

    public GitRepository(long id, String owner, long ownerId, String name, String defaultBranch,
                         Map<String, byte[]> files, Identity author, Instant createdAt) {
        this.id = id;
        this.owner = owner;
        this.ownerId = ownerId;
        this.name = name;
        this.defaultBranch = defaultBranch;
        this.createdAt = createdAt;
        Commit initial = commit(List.of(), files, new LinkedHashMap<>(), "Initial commit", author, createdAt);
        refs.put("refs/heads/" + defaultBranch, initial.sha());
    }

    public long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public long ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public String fullName() {
        return owner + "/" + name;
    }

    public String defaultBranch() {
        return defaultBranch;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The commit a ref names: a full ref ({@code refs/heads/x}, {@code refs/tags/v1}), a branch
     * or tag name, or a commit sha (7 characters or more).
     */
    public synchronized Optional<Commit> resolve(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String sha = refs.get(ref);
        if (sha == null) {
            sha = refs.get("refs/heads/" + ref);
        }
        if (sha == null) {
            sha = refs.get("refs/tags/" + ref);
        }
        if (sha == null && ref.matches("[0-9a-f]{7,40}")) {
            List<String> matches = commits.keySet().stream().filter(s -> s.startsWith(ref)).toList();
            sha = matches.size() == 1 ? matches.get(0) : null;
        }
        return Optional.ofNullable(sha).map(commits::get);
    }

    /** The full ref a name stands for ({@code main} → {@code refs/heads/main}), if it exists. */
    public synchronized Optional<String> fullRef(String ref) {
        if (refs.containsKey(ref)) {
            return Optional.of(ref);
        }
        if (refs.containsKey("refs/heads/" + ref)) {
            return Optional.of("refs/heads/" + ref);
        }
        if (refs.containsKey("refs/tags/" + ref)) {
            return Optional.of("refs/tags/" + ref);
        }
        return Optional.empty();
    }

    public synchronized Optional<Commit> commit(String sha) {
        return Optional.ofNullable(commits.get(sha));
    }

    public synchronized Optional<byte[]> blob(String sha) {
        return Optional.ofNullable(blobs.get(sha)).map(byte[]::clone);
    }

    /** Every branch with its head commit sha, by name. */
    public synchronized Map<String, String> branches() {
        Map<String, String> out = new TreeMap<>();
        refs.forEach((ref, sha) -> {
            if (ref.startsWith("refs/heads/")) {
                out.put(ref.substring("refs/heads/".length()), sha);
            }
        });
        return out;
    }

    public synchronized Map<String, String> refs() {
        return new TreeMap<>(refs);
    }

    /** Creates a ref; false when it exists already. */
    public synchronized boolean createRef(String ref, String sha) {
        if (refs.containsKey(ref) || !commits.containsKey(sha)) {
            return false;
        }
        refs.put(ref, sha);
        return true;
    }

    /** Commits one file (new or changed) on top of a branch and moves the branch. */
    public synchronized Commit put(String branch, String path, byte[] content, String message,
                                   Identity author, Instant at) {
        String ref = "refs/heads/" + branch;
        Commit parent = commits.get(refs.get(ref));
        Map<String, String> files = new LinkedHashMap<>(parent.files());
        Commit next = commit(List.of(parent.sha()), Map.of(path, content), files, message, author, at);
        refs.put(ref, next.sha());
        return next;
    }

    /** When the file last changed on the branch's history (the first commit that has it as now). */
    public synchronized Instant lastChanged(String branch, String path) {
        Commit c = commits.get(refs.get("refs/heads/" + branch));
        String blob = c.files().get(path);
        while (!c.parents().isEmpty()) {
            Commit parent = commits.get(c.parents().get(0));
            if (blob == null || !blob.equals(parent.files().get(path))) {
                return c.time();
            }
            c = parent;
        }
        return c.time();
    }

    private Commit commit(List<String> parents, Map<String, byte[]> changed, Map<String, String> files,
                          String message, Identity author, Instant at) {
        changed.forEach((path, bytes) -> {
            String sha = blobSha(bytes);
            blobs.put(sha, bytes.clone());
            files.put(path, sha);
        });
        StringBuilder tree = new StringBuilder();
        new TreeMap<>(files).forEach((p, s) -> tree.append("100644 ").append(p).append('\0').append(s));
        String treeSha = sha1(("tree " + tree).getBytes(StandardCharsets.UTF_8));
        String body = "tree " + treeSha + "\n" + (parents.isEmpty() ? "" : "parent " + parents.get(0) + "\n")
                + "author " + author.name() + " <" + author.email() + "> " + at.getEpochSecond() + " +0000\n\n" + message;
        String sha = sha1(("commit " + body.length() + "\0" + body).getBytes(StandardCharsets.UTF_8));
        Commit commit = new Commit(sha, treeSha, new ArrayList<>(parents), message, author, at, files);
        commits.put(sha, commit);
        return commit;
    }

    /** git's blob id. */
    public static String blobSha(byte[] content) {
        byte[] header = ("blob " + content.length + "\0").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[header.length + content.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(content, 0, all, header.length, content.length);
        return sha1(all);
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
