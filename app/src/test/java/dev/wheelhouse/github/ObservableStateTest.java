package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservableStateTest {

    @Test
    void countersBumpedFromManyThreadsLoseNothing() throws Exception {
        ObservableState<ClientActivity> activity = new ObservableState<>(ClientActivity.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 10_000; i++) {
                    activity.update(ClientActivity::sent);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(80_000, activity.get().requests());
    }

    @Test
    void aClosedSubscriptionHearsNoMore() {
        ObservableState<Integer> state = new ObservableState<>(0);
        List<Integer> heard = new ArrayList<>();
        ObservableState.Subscription subscription = state.subscribe(heard::add);

        state.set(1);
        subscription.close();
        state.set(2);

        assertEquals(List.of(1), heard);
        assertEquals(2, state.get());
    }
}
