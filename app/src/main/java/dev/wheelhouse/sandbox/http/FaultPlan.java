package dev.wheelhouse.sandbox.http;

import java.time.Duration;

/**
 * How often the sandbox misbehaves, each a probability per request (0 = never): server
 * errors 500/502/503, a connection closed without an answer, an answer held back for
 * {@code slowDelay}, and a log download cut off part-way.
 */
public record FaultPlan(double serverError, double badGateway, double unavailable,
                        double connectionReset, double slow, Duration slowDelay,
                        double truncatedLog) {

    public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, 0, Duration.ZERO, 0);

    /**
     * Issue 6's flaky GitHub: 10% server errors (500, 502, 503), 5% connections reset, 5% answers
     * held back, a fifth of log downloads cut off.
     */
    public static final FaultPlan FLAKY = new FaultPlan(0.04, 0.03, 0.03, 0.05, 0.05, Duration.ofMillis(20), 0.2);

    public FaultPlan {
        for (double rate : new double[]{serverError, badGateway, unavailable, connectionReset, slow,
                truncatedLog}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("a fault rate is a probability in [0, 1]: " + rate);
            }
        }
        if (serverError + badGateway + unavailable + connectionReset + slow > 1) {
            throw new IllegalArgumentException("the request fault rates add up to more than 1");
        }
        if (slowDelay.isNegative()) {
            throw new IllegalArgumentException("slowDelay must not be negative");
        }
    }

    public boolean any() {
        return serverError + badGateway + unavailable + connectionReset + slow + truncatedLog > 0;
    }
}
