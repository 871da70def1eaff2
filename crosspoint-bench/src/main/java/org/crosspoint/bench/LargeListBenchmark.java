package org.crosspoint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crosspoint.evaluation.SyntheticList;
import org.crosspoint.matching.Candidate;
import org.crosspoint.matching.MatchIndex;
import org.crosspoint.matching.Query;
import org.crosspoint.watchlist.Entry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One screen against UN + OFAC padded with generated persons to 1,000,000 names, in a 2 GB heap
 * (the fork's -Xmx2g is the heap target). Setup prints the index build time and the heap in use
 * after a full GC; the benchmark's p0.99 is the latency figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class LargeListBenchmark {
  static final int NAMES = 1_000_000;
  MatchIndex index;
  List<Query> queries;

  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void setup() {
    BenchData d = new BenchData();
    int listed = 0;
    for (Entry e : d.entries) {
      listed += e.names().size();
    }
    List<Entry> all = new ArrayList<>(d.entries);
    all.addAll(SyntheticList.persons(NAMES - listed, 2));
    Runtime rt = Runtime.getRuntime();
    long t0 = System.nanoTime();
    index = MatchIndex.build(all);
    double secs = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = rt.totalMemory() - rt.freeMemory();
    int names = 0;
    for (Entry e : all) {
      names += e.names().size();
    }
    System.out.printf(
        Locale.ROOT,
        "%n[large list] %,d entries, %,d names: index built in %.1f s; heap in use after GC %,d MB (max %,d MB)%n",
        index.size(),
        names,
        secs,
        used >> 20,
        rt.maxMemory() >> 20);
    // more queries than the index remembers names (MatchIndex.RECENT_NAMES = 4,096): see
    // ScreenBenchmark
    queries = d.evaluation.speedQueries(20000, 1);
  }

  @Benchmark
  public List<Candidate> screen(Cursor c) {
    return index.screen(queries.get(c.next++ % queries.size()), 10);
  }
}
