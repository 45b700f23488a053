package dev.wheelhouse.sandbox.http;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, per request, which fault of a {@link FaultPlan} happens. The n-th request's fate
 * is a function of the seed and n alone, so a run is reproducible whatever the thread
 * interleaving.
 */
public final class FaultInjector {

    /** What happens to one request. */
    public enum Fault { NONE, SERVER_ERROR, BAD_GATEWAY, UNAVAILABLE, CONNECTION_RESET, SLOW }

    private final FaultPlan plan;
    private final long seed;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong downloads = new AtomicLong();

    public FaultInjector(FaultPlan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
    }

    public FaultPlan plan() {
        return plan;
    }

    public Fault nextRequest() {
        double x = draw(requests.getAndIncrement(), 0x5EED);
        double edge = plan.serverError();
        if (x < edge) {
            return Fault.SERVER_ERROR;
        }
        edge += plan.badGateway();
        if (x < edge) {
            return Fault.BAD_GATEWAY;
        }
        edge += plan.unavailable();
        if (x < edge) {
            return Fault.UNAVAILABLE;
        }
        edge += plan.connectionReset();
        if (x < edge) {
            return Fault.CONNECTION_RESET;
        }
        edge += plan.slow();
        return x < edge ? Fault.SLOW : Fault.NONE;
    }

    /** Whether the next log download is cut off part-way. */
    public boolean nextDownloadTruncated() {
        return draw(downloads.getAndIncrement(), 0xB10B) < plan.truncatedLog();
    }

    private double draw(long n, long stream) {
        return new SplittableRandom(seed ^ (stream * 0x9E3779B97F4A7C15L) ^ (n * 0xBF58476D1CE4E5B9L))
                .nextDouble();
    }
}
