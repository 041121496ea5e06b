package no.kommunefakta.site.data;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Work of the render spread over its thread pool, failing as if it had run on the calling thread. */
public final class Parallelt {

    /** Pool tasks that help the calling thread in {@link #hver} (the render's pool has one thread per core). */
    public static final int HJELPERE = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private Parallelt() {
    }

    /**
     * Applies {@code f} to every element, the calling thread and up to {@code hjelpere} tasks on {@code pool} taking the
     * next element until none is left, so the caller never waits for a busy pool to start the work. The results are in
     * the input's order whatever order they finish in. The first failure is rethrown as it was thrown (e.g. the
     * {@link IllegalArgumentException} of a malformed data file, which names the file and value); the elements not
     * started by then are skipped.
     */
    public static <T, R> List<R> hver(List<T> inn, Function<? super T, ? extends R> f, Executor pool, int hjelpere) {
        int n = inn.size();
        Object[] ut = new Object[n];
        AtomicInteger neste = new AtomicInteger();
        AtomicReference<Throwable> feil = new AtomicReference<>();
        CountDownLatch ferdig = new CountDownLatch(n);
        Runnable arbeider = () -> {
            for (int i = neste.getAndIncrement(); i < n; i = neste.getAndIncrement()) {
                try {
                    if (feil.get() == null) {
                        ut[i] = f.apply(inn.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    feil.compareAndSet(null, e);
                } finally {
                    ferdig.countDown();
                }
            }
        };
        for (int h = 0; h < Math.min(hjelpere, n - 1); h++) {
            pool.execute(arbeider);
        }
        arbeider.run();
        try {
            ferdig.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("render interrupted", e);
        }
        Throwable t = feil.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        List<R> resultat = (List<R>) Arrays.asList(ut);
        return resultat;
    }

    /**
     * The task's result; a task that failed with an unchecked exception rethrows that same exception.
     */
    public static <T> T vent(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("render interrupted", e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("render task cancelled", e);
        }
    }
}
