package org.crosspoint.app;

import java.util.ArrayList;
import java.util.List;
import org.crosspoint.matching.MatchIndex;
import org.crosspoint.matching.Query;
import org.crosspoint.watchlist.Entry;

/**
 * Screens a batch's own names against a small sample of the lists while the full index builds, on
 * the core the build leaves idle, so that the screening code is compiled by the time the batch
 * starts. Nothing it computes is kept: the sample index is its own, with its own memory.
 */
final class BatchWarmup {
  /** Entries in the sample index: about a tenth of UN + OFAC, built in a fraction of the time. */
  static final int SAMPLE_ENTRIES = 1_000;

  private final Thread thread;
  private volatile boolean stop;

  private BatchWarmup(List<Entry> entries, List<Query> people) {
    thread =
        new Thread(
            () -> {
              int step = Math.max(1, entries.size() / SAMPLE_ENTRIES);
              List<Entry> sample = new ArrayList<>();
              for (int k = 0; k < entries.size(); k += step) {
                sample.add(entries.get(k));
              }
              try {
                MatchIndex small = MatchIndex.build(sample);
                for (int i = 0; !stop; i = (i + 1) % people.size()) {
                  small.rank(people.get(i), 1);
                }
              } catch (RuntimeException e) {
                // only a warm-up: the batch itself screens every name and reports what fails
              }
            },
            "batch-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
  }

  /** Starts warming up, or returns null when there is no idle core or nothing to screen. */
  static BatchWarmup start(List<Entry> entries, List<Query> people) {
    if (people.isEmpty() || entries.isEmpty() || Runtime.getRuntime().availableProcessors() < 2) {
      return null;
    }
    BatchWarmup w = new BatchWarmup(entries, people);
    w.thread.start();
    return w;
  }

  void stop() {
    stop = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
