package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.testing.OutOfOrderTaskExecutor.Order;
import dev.wheelhouse.testing.OutOfOrderTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeQueueTest {

    private final OutOfOrderTaskExecutor executor = new OutOfOrderTaskExecutor();
    private final List<String> applied = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final ChangeQueue queue = new ChangeQueue(executor, busy -> { }, (context, e) -> failed.add(e.getMessage()));

    private ChangeQueue.Step<String> step(String name, boolean edit, Callable<String> work) {
        return new ChangeQueue.Step<>(name, edit) {
            @Override
            Callable<String> prepare() {
                return work;
            }

            @Override
            void apply(String result) {
                applied.add(result);
                queue.changed();
            }
        };
    }

    @Test
    void aResultComputedFromADocumentThatHasChangedSinceIsDroppedUnseen() {
        queue.submit(step("slow", false, () -> "slow"));
        queue.changed(); // the document changed by other means while "slow" was in flight
        executor.completeAll(Order.NEWEST_FIRST);

        assertTrue(applied.isEmpty(), applied.toString());
        assertFalse(queue.busy());
    }

    @Test
    void aFailureOfAStaleStepIsNotReportedEither() {
        queue.submit(step("slow", false, () -> {
            throw new IllegalStateException("stale");
        }));
        queue.changed();
        executor.completeAll(Order.NEWEST_FIRST);

        assertTrue(failed.isEmpty(), failed.toString());
    }

    @Test
    void stepsApplyInTheOrderTheyWereSubmittedWhateverOrderTheExecutorFinishesIn() {
        for (String name : List.of("one", "two", "three")) {
            queue.submit(step(name, false, () -> name));
        }
        assertTrue(queue.busy());
        executor.completeAll(Order.NEWEST_FIRST);

        assertEquals(List.of("one", "two", "three"), applied);
        assertEquals(3, queue.version());
        assertFalse(queue.busy());
    }

    @Test
    void aFailedEditDropsOnlyTheEditsQueuedBehindIt() {
        queue.submit(step("bad", true, () -> {
            throw new IllegalArgumentException("refused");
        }));
        queue.submit(step("edit", true, () -> "edit"));
        queue.submit(step("select", false, () -> "select"));
        executor.completeAll(Order.OLDEST_FIRST);

        assertEquals(List.of("refused"), failed);
        assertEquals(List.of("select"), applied);
    }
}
