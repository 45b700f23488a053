package dev.wheelhouse.github;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A file read through the Contents API at a ref, with the blob {@code sha} a later update must
 * name (https://docs.github.com/rest/repos/contents#create-or-update-file-contents).
 */
public final class RemoteFile {

    private final RepositoryRef repository;
    private final String path;
    private final String ref;
    private final byte[] content;
    private final String blobSha;

    public RemoteFile(RepositoryRef repository, String path, String ref, byte[] content, String blobSha) {
        this.repository = repository;
        this.path = path;
        this.ref = ref;
        this.content = content.clone();
        this.blobSha = blobSha;
    }

    public RepositoryRef repository() {
        return repository;
    }

    public String path() {
        return path;
    }

    public String ref() {
        return ref;
    }

    public byte[] content() {
        return content.clone();
    }

    public String blobSha() {
        return blobSha;
    }

    /**
     * The content as UTF-8 text.
     *
     * @throws GitHubException when it is not UTF-8 (a workflow file always is)
     */
    public String text() {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new GitHubException(GitHubException.Kind.UNEXPECTED, 200, path + " at " + ref + " in "
                    + repository + " is not UTF-8 text, so it cannot be a workflow file.");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RemoteFile f && f.repository.equals(repository) && f.path.equals(path)
                && f.ref.equals(ref) && f.blobSha.equals(blobSha) && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return blobSha.hashCode();
    }

    @Override
    public String toString() {
        return repository + ":" + path + "@" + ref + " (" + blobSha + ")";
    }
}
