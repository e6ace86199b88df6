package org.beamcat.ids.twolevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Queue operations on an executor the IDS does not own, at most the configured number at a time. */
class BoundedWorkersTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void runsEveryTaskButNeverMoreThanTheLimitAtOnce() throws Exception {
        BoundedWorkers workers = new BoundedWorkers(executor, 2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(20);
        for (int i = 0; i < 20; i++) {
            workers.execute(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS), "every task ran");
        assertEquals(2, most.get(), "two at a time on an executor that would run all twenty at once");
    }

    @Test
    void aFailingTaskDoesNotStopTheOthers() throws Exception {
        BoundedWorkers workers = new BoundedWorkers(executor, 1);
        CountDownLatch done = new CountDownLatch(1);
        workers.execute(() -> {
            throw new IllegalStateException("one operation fails");
        });
        workers.execute(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    @Test
    void stopWaitsForTheRunningTaskAndRefusesNewOnes() throws Exception {
        BoundedWorkers workers = new BoundedWorkers(executor, 1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        workers.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.incrementAndGet();
        });
        workers.execute(finished::incrementAndGet); // waiting: dropped by stop, its journal entry stays queued
        assertTrue(started.await(10, TimeUnit.SECONDS));

        workers.stop(Duration.ofSeconds(10));

        assertEquals(1, finished.get(), "the running task finished before stop returned; the waiting one was dropped");
        assertEquals(0, workers.running());
        workers.execute(finished::incrementAndGet);
        Thread.sleep(50);
        assertEquals(1, finished.get(), "nothing runs after stop");
    }
}
