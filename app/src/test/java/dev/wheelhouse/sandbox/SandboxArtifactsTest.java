package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.cibw.WheelFileName;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A release dispatched on the tag leaves one artifact per wheel job, with real wheels named as cibuildwheel names them. */
class SandboxArtifactsTest extends SandboxTestBase {

    private long dispatchOnTag() throws Exception {
        return SandboxClient.parse(client.post(repo + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"v0.9.0\",\"return_run_details\":true}").body()).get("workflow_run_id").asLong();
    }

    private JsonNode artifacts(long runId, String query) throws Exception {
        return client.json(repo + "/actions/runs/" + runId + "/artifacts" + query);
    }

    /** The files inside a zip, by name, with their bytes. */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private byte[] download(long artifactId) throws Exception {
        HttpResponse<String> redirect = client.get(repo + "/actions/artifacts/" + artifactId + "/zip");
        assertEquals(302, redirect.statusCode(), redirect.body());
        HttpResponse<byte[]> blob = client.download(redirect.headers().firstValue("Location").orElseThrow());
        assertEquals(200, blob.statusCode());
        return blob.body();
    }

    @Test
    void aTagReleaseUploadsTwentyArtifactsWithTwentyFiveWheelsAndOneSdistNamedAsCibuildwheelNamesThem() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        assertEquals(0, artifacts(runId, "").get("total_count").asInt(), "nothing is uploaded before the jobs run");
        clock.advance(Duration.ofMinutes(40));
        JsonNode list = artifacts(runId, "?per_page=100");
        assertEquals(20, list.get("total_count").asInt());
        List<String> files = new ArrayList<>();
        for (JsonNode a : list.get("artifacts")) {
            assertTrue(a.get("name").asText().matches("cibw-wheels-(macos-latest|ubuntu-latest|windows-latest|ubuntu-24\\.04-arm)-cp31[0-4]"));
            byte[] zip = download(a.get("id").asLong());
            assertEquals(a.get("size_in_bytes").asLong(), zip.length);
            assertEquals(a.get("digest").asText(), "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)));
            assertFalse(a.get("expired").asBoolean());
            assertEquals(runId, a.get("workflow_run").get("id").asLong());
            assertEquals("v0.9.0", a.get("workflow_run").get("head_branch").asText());
            files.addAll(unzip(zip).keySet());
        }
        assertEquals(26, files.size(), files.toString());
        assertTrue(files.contains("satkit-0.9.0.tar.gz"));
        assertTrue(files.contains("satkit-0.9.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.manylinux_2_28_x86_64.whl"), files.toString());
        assertTrue(files.contains("satkit-0.9.0-cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64.manylinux_2_28_aarch64.whl"));
        assertTrue(files.contains("satkit-0.9.0-cp312-cp312-macosx_11_0_arm64.whl"));
        // pyproject.toml sets MACOSX_DEPLOYMENT_TARGET 10.12; cibuildwheel raises it to 10.13 for CPython 3.12+.
        assertTrue(files.contains("satkit-0.9.0-cp311-cp311-macosx_10_12_x86_64.whl"));
        assertTrue(files.contains("satkit-0.9.0-cp312-cp312-macosx_10_13_x86_64.whl"));
        assertTrue(files.contains("satkit-0.9.0-cp314-cp314-win_amd64.whl"));
    }

    @Test
    void eachWheelIsAZipWhoseDistInfoAgreesWithItsName() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        clock.advance(Duration.ofMinutes(40));
        JsonNode artifact = artifacts(runId, "?name=cibw-wheels-windows-latest-cp313").get("artifacts").get(0);
        Map<String, byte[]> files = unzip(download(artifact.get("id").asLong()));
        assertEquals(List.of("satkit-0.9.0-cp313-cp313-win_amd64.whl"), List.copyOf(files.keySet()));
        Map<String, byte[]> wheel = unzip(files.values().iterator().next());
        String metadata = new String(wheel.get("satkit-0.9.0.dist-info/METADATA"), StandardCharsets.UTF_8);
        assertTrue(metadata.contains("\nName: satkit\n") && metadata.contains("\nVersion: 0.9.0\n"), metadata);
        String wheelFile = new String(wheel.get("satkit-0.9.0.dist-info/WHEEL"), StandardCharsets.UTF_8);
        assertTrue(wheelFile.contains("Tag: cp313-cp313-win_amd64\n"), wheelFile);
        String record = new String(wheel.get("satkit-0.9.0.dist-info/RECORD"), StandardCharsets.UTF_8);
        for (String name : wheel.keySet()) {
            assertTrue(record.contains(name + ","), name + " is in RECORD");
        }
        byte[] module = wheel.get("satkit/satkit.cp313-win_amd64.pyd");
        String hash = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(module));
        assertTrue(record.contains("satkit/satkit.cp313-win_amd64.pyd,sha256=" + hash + "," + module.length));
        assertTrue(WheelFileName.parse(files.keySet().iterator().next()).isPresent());
    }

    @Test
    void theBlobHostRefusesTheTokenAndAnExpiredArtifactAnswers410() throws Exception {
        start(SandboxConfig.builder().releaseFaults(List.of(
                ReleaseFaultRule.parse("build wheels (windows-latest cp310)=expired"))));
        long runId = dispatchOnTag();
        clock.advance(Duration.ofMinutes(40));
        JsonNode expired = artifacts(runId, "?name=cibw-wheels-windows-latest-cp310").get("artifacts").get(0);
        assertTrue(expired.get("expired").asBoolean());
        HttpResponse<String> gone = client.get(repo + "/actions/artifacts/" + expired.get("id").asLong() + "/zip");
        assertEquals(410, gone.statusCode());
        assertEquals("Artifact has expired", SandboxClient.parse(gone.body()).get("message").asText());
        JsonNode fine = artifacts(runId, "?name=cibw-wheels-windows-latest-cp311").get("artifacts").get(0);
        String location = client.get(repo + "/actions/artifacts/" + fine.get("id").asLong() + "/zip").headers()
                .firstValue("Location").orElseThrow();
        assertTrue(location.contains("&sig=") && location.contains("rscd=attachment"), location);
        assertEquals(400, client.download(location, "Authorization", "Bearer " + sandbox.token()).statusCode());
    }

    @Test
    void deletingAnArtifactRemovesItFromBothListsAndItsIdAnswers404() throws Exception {
        start(SandboxConfig.builder());
        long runId = dispatchOnTag();
        clock.advance(Duration.ofMinutes(40));
        long id = artifacts(runId, "").get("artifacts").get(0).get("id").asLong();
        assertEquals(204, client.delete(repo + "/actions/artifacts/" + id).statusCode());
        assertEquals(404, client.get(repo + "/actions/artifacts/" + id).statusCode());
        assertEquals(19, artifacts(runId, "").get("total_count").asInt());
        assertEquals(19, client.json(repo + "/actions/artifacts").get("total_count").asInt());
    }

    @Test
    void theRepositoryListFiltersByNameAndKeepsTheFilterInItsPageLinks() throws Exception {
        start(SandboxConfig.builder());
        dispatchOnTag();
        // The first run ends before the second starts, so the second's artifacts are the newer ones
        // whatever each job's simulated duration.
        clock.advance(Duration.ofMinutes(40));
        long second = dispatchOnTag();
        clock.advance(Duration.ofMinutes(40));
        HttpResponse<String> page = client.get(repo + "/actions/artifacts?name=cibw-wheels-ubuntu-latest-cp313&per_page=1");
        JsonNode body = SandboxClient.parse(page.body());
        assertEquals(2, body.get("total_count").asInt());
        assertEquals(second, body.get("artifacts").get(0).get("workflow_run").get("id").asLong(), "newest first");
        String link = page.headers().firstValue("Link").orElseThrow();
        assertTrue(link.contains("name=cibw-wheels-ubuntu-latest-cp313") && link.contains("rel=\"next\""), link);
    }

    @Test
    void faultsChangeWhatTheJobsUpload() throws Exception {
        start(SandboxConfig.builder().releaseFaults(List.of(
                ReleaseFaultRule.parse("build wheels (ubuntu-latest cp312)=no-files"),
                ReleaseFaultRule.parse("build wheels (macos-latest cp314)=wrong-interpreter"),
                ReleaseFaultRule.parse("build wheels (ubuntu-latest cp311)=duplicate-file"),
                ReleaseFaultRule.parse("version-mismatch"))));
        long runId = dispatchOnTag();
        clock.advance(Duration.ofMinutes(40));
        assertEquals(0, artifacts(runId, "?name=cibw-wheels-ubuntu-latest-cp312").get("total_count").asInt());
        JsonNode mac = artifacts(runId, "?name=cibw-wheels-macos-latest-cp314").get("artifacts").get(0);
        assertEquals(List.of("satkit-0.9.1-cp313-cp313-macosx_10_13_x86_64.whl", "satkit-0.9.1-cp313-cp313-macosx_11_0_arm64.whl"),
                List.copyOf(unzip(download(mac.get("id").asLong())).keySet()));
        JsonNode dup = artifacts(runId, "?name=cibw-wheels-ubuntu-latest-cp311").get("artifacts").get(0);
        assertTrue(unzip(download(dup.get("id").asLong())).containsKey("satkit-0.9.1.tar.gz"));
    }
}
