package dev.wheelhouse.sandbox.api;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * GraphQL node ids in GitHub's current form: a type prefix and the base64url of a
 * MessagePack-like encoding of the id (e.g. {@code WFR_kwLOFMhYrM8AAAAB1k76vA},
 * {@code CR_kwDOADYVqs8AAAAMoZzngA}). Clients treat them as opaque strings.
 */
final class NodeIds {

    private NodeIds() {
    }

    static String of(String prefix, long repositoryId, long id) {
        ByteBuffer buffer = ByteBuffer.allocate(2 + 5 + 9);
        buffer.put((byte) 0x93).put((byte) 0x00);
        buffer.put((byte) 0xCE).putInt((int) repositoryId);
        buffer.put((byte) 0xCF).putLong(id);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /**
     * The legacy form users, organisations and repositories still carry: base64 of
     * {@code 04:User123} or {@code 010:Repository123} (a zero, the type's length, the type, the id).
     */
    static String legacy(String type, long id) {
        String raw = "0" + type.length() + ":" + type + id;
        return Base64.getEncoder().encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
