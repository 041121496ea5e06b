package no.kommunefakta.site.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParalleltTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopp() {
        pool.shutdownNow();
    }

    @Test
    void resultsKeepTheInputsOrderAndTheCallerTakesPartWhileThePoolIsBusy() throws Exception {
        // both pool threads are held until the work is done: the caller must do all of it alone
        java.util.concurrent.CountDownLatch slipp = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> {
                try {
                    slipp.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        List<Integer> inn = IntStream.range(0, 200).boxed().toList();
        Set<String> traader = ConcurrentHashMap.newKeySet();
        List<String> ut = Parallelt.hver(inn, i -> {
            traader.add(Thread.currentThread().getName());
            return "r" + i;
        }, pool, 1);
        slipp.countDown();
        assertThat(ut).hasSize(200).startsWith("r0", "r1", "r2").endsWith("r198", "r199");
        assertThat(ut).isEqualTo(inn.stream().map(i -> "r" + i).toList());
        assertThat(traader).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void everyElementIsDoneExactlyOnceWithHelpers() {
        AtomicInteger kall = new AtomicInteger();
        List<Integer> ut = Parallelt.hver(IntStream.range(0, 1000).boxed().toList(), i -> {
            kall.incrementAndGet();
            return i * 2;
        }, pool, 2);
        assertThat(kall).hasValue(1000);
        assertThat(ut).isEqualTo(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList());
    }

    @Test
    void theFirstFailureIsRethrownAsItWasThrown() {
        assertThatThrownBy(() -> Parallelt.hver(List.of("1", "2", "x", "4"), s -> {
            if (s.equals("x")) {
                throw new IllegalArgumentException("grunnlag.csv line 3: value 'x' is not a number");
            }
            return Integer.parseInt(s);
        }, pool, 2)).isInstanceOf(IllegalArgumentException.class).hasMessage("grunnlag.csv line 3: value 'x' is not a number");
    }

    @Test
    void aDirectExecutorRunsEverythingOnTheCallingThread() {
        assertThat(Parallelt.hver(List.of(3, 1, 2), i -> i + 1, Runnable::run, 4)).containsExactly(4, 2, 3);
        assertThat(Parallelt.hver(List.<Integer>of(), i -> i, Runnable::run, 4)).isEmpty();
    }
}
