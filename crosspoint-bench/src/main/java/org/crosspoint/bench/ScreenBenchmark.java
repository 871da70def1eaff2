package org.crosspoint.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosspoint.matching.Candidate;
import org.crosspoint.matching.MatchIndex;
import org.crosspoint.matching.Query;
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
 * One screen (top 10 candidates with explanations) against UN + OFAC, ~30,000 names. Sample-time
 * mode reports the latency distribution: read p0.50 and p0.99. Queries alternate perturbed listed
 * names and generated innocent travellers with date of birth, nationality and gender.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScreenBenchmark {
  MatchIndex index;
  List<Query> queries;

  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void setup() {
    BenchData d = new BenchData();
    index = MatchIndex.build(d.entries);
    // more queries than the index remembers names (MatchIndex.RECENT_NAMES = 4,096): a query
    // comes round again only after the memory has been cleared several times, so this measures
    // screening, not the memory (names repeated within the set still hit it, as at a border)
    queries = d.evaluation.speedQueries(20000, 1);
  }

  @Benchmark
  public List<Candidate> screen(Cursor c) {
    Query q = queries.get(c.next++ % queries.size());
    return index.screen(q, 10);
  }
}
