package dev.wheelhouse.github;

import dev.wheelhouse.testing.ClockSleeper;
import dev.wheelhouse.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one redaction point for URLs (issue 11, item 13). */
class RedactionTest {

    @Test
    void userInfoQueryAndFragmentAreDroppedFromAUrl() {
        assertEquals("http://127.0.0.1:1/repos/o/r", Redaction.url(URI.create("http://user:SECRETPW@127.0.0.1:1/repos/o/r?sig=abc#x")));
        assertEquals("https://ghe.example/api/v3", Redaction.url(URI.create("https://token@ghe.example/api/v3")));
    }

    @Test
    void userInfoIsDroppedFromEveryUrlInAText() {
        assertEquals("GET http://127.0.0.1:1/x failed; see https://h/y and ftp://a/",
                Redaction.text("GET http://user:SECRETPW@127.0.0.1:1/x failed; see https://me@h/y and ftp://u:p@a/"));
        assertEquals("an e-mail me@example.com stays", Redaction.text("an e-mail me@example.com stays"));
        assertEquals("not a URL: http:// x", Redaction.text("not a URL: http:// x"));
    }

    @Test
    void retryLogLinesErrorsAndActivityNeverCarryApiCredentials() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger("dev.wheelhouse.github");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        logger.addHandler(capture);
        try {
            MutableClock clock = new MutableClock(Instant.parse("2026-06-02T09:00:00Z"));
            GitHubClient client = GitHubClient.connect(ApiEndpoint.parse("http://user:SECRETPW@127.0.0.1:1"),
                    GitHubToken.of("ghp_0123456789abcdef0123456789abcdef0123"),
                    ClientOptions.defaults().withClock(clock).withSleeper(new ClockSleeper(clock))
                            .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20), 0)));
            GitHubException failure = assertThrows(GitHubException.class, () -> client.tags(RepositoryRef.parse("o/r")));

            assertFalse(failure.userMessage().contains("SECRETPW"), failure.userMessage());
            assertFalse(String.valueOf(failure.getMessage()).contains("SECRETPW"), failure.getMessage());
            assertFalse(client.activity().get().lastRetry().contains("SECRETPW"), client.activity().get().lastRetry());
            assertFalse(client.endpoint().toString().contains("SECRETPW"));
            SimpleFormatter format = new SimpleFormatter();
            assertTrue(records.stream().anyMatch(r -> format.format(r).contains("127.0.0.1:1")), "retries were logged");
            for (LogRecord record : records) {
                assertFalse(format.format(record).contains("SECRETPW"), format.format(record));
                assertFalse(format.format(record).contains("user:"), format.format(record));
            }
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
    }
}
