package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.Samples;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Reads the recorded GitHub payloads and headers of samples/github-api. */
final class Recordings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Recordings() {
    }

    static JsonNode body(String file) throws IOException {
        return JSON.readTree(Files.readString(Samples.githubApi().resolve(file)));
    }

    /** The response of a WireMock mapping file: status, headers, inline body. */
    static JsonNode mapping(String file) throws IOException {
        return body(file).get("response");
    }

    static JsonNode mappingBody(String file) throws IOException {
        return JSON.readTree(mapping(file).get("body").asText());
    }

    /** The response body of the n-th exchange (from 1) of a PyGithub replay file. */
    static JsonNode replayBody(String file, int exchange) throws IOException {
        List<List<String>> exchanges = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(Samples.githubApi().resolve(file))) {
            if (line.isEmpty() && current.size() >= 10) {
                exchanges.add(current);
                current = new ArrayList<>();
            } else if (!line.isEmpty() || !current.isEmpty()) {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            exchanges.add(current);
        }
        return JSON.readTree(exchanges.get(exchange - 1).get(9));
    }
}
