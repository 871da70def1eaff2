package org.crosspoint.intake.mentions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.crosspoint.intake.text.Segmenter;
import org.crosspoint.intake.text.Sentence;
import org.crosspoint.intake.text.Token;

/**
 * A statistical name finder (Apache OpenNLP's maximum-entropy {@link NameFinderME}, Apache-2.0)
 * over the chain's own sentences and tokens, trained on texts with person / organisation / place
 * spans. The rules stay the primary finder; {@link MentionFinder} uses this model only as an extra
 * signal where the rules found nothing, and only when one is given.
 *
 * <p>Implementation notes. Gold spans are mapped to token indices; a span that does not start and
 * end on token boundaries, or that lies inside another, is left out of training. {@link
 * NameFinderME} keeps per-document state and is not thread-safe, so each call builds its own over
 * the shared, immutable model.
 */
public final class TrainedNameFinder {
  /** A training text and its spans. */
  public record Annotated(String text, List<Labelled> spans) {}

  /** A span of a training text with its type. */
  public record Labelled(MentionType type, int start, int end) {}

  private final TokenNameFinderModel model;

  private TrainedNameFinder(TokenNameFinderModel model) {
    this.model = model;
  }

  /** Trains a model; deterministic for the same texts in the same order. */
  public static TrainedNameFinder train(List<Annotated> texts, int iterations) {
    List<NameSample> samples = new ArrayList<>();
    for (Annotated a : texts) {
      for (Sentence s : Segmenter.sentences(a.text())) {
        samples.add(sample(s, a.spans()));
      }
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      return new TrainedNameFinder(
          NameFinderME.train(
              "en",
              null,
              new CollectionObjectStream<>(samples),
              p,
              new TokenNameFinderFactory(null, Map.of(), new BioCodec())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TrainedNameFinder read(InputStream in) throws IOException {
    return new TrainedNameFinder(new TokenNameFinderModel(in));
  }

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  /** Spans the model finds in the given sentences, as mentions with attribute source=model. */
  List<Mention> find(String text, List<Sentence> sentences) {
    NameFinderME finder = new NameFinderME(model);
    List<Mention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      if (t.isEmpty()) {
        continue;
      }
      String[] words = t.stream().map(Token::text).toArray(String[]::new);
      for (opennlp.tools.util.Span sp : finder.find(words)) {
        MentionType type = typeOf(sp.getType());
        if (type == null) {
          continue;
        }
        int st = t.get(sp.getStart()).start();
        int en = t.get(sp.getEnd() - 1).end();
        String surface = text.substring(st, en);
        out.add(new Mention(type, st, en, surface, surface, Map.of("source", "model")));
      }
    }
    return out;
  }

  private static MentionType typeOf(String label) {
    return switch (label == null ? "" : label) {
      case "person" -> MentionType.PERSON;
      case "organisation" -> MentionType.ORGANISATION;
      case "place" -> MentionType.PLACE;
      default -> null;
    };
  }

  private static NameSample sample(Sentence s, List<Labelled> spans) {
    List<Token> t = s.tokens();
    String[] words = t.stream().map(Token::text).toArray(String[]::new);
    List<opennlp.tools.util.Span> names = new ArrayList<>();
    for (Labelled l : spans) {
      if (l.start() < s.start() || l.end() > s.end() || inside(l, spans)) {
        continue;
      }
      int from = -1;
      int to = -1;
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).start() == l.start()) {
          from = i;
        }
        if (t.get(i).end() == l.end()) {
          to = i + 1;
        }
      }
      if (from >= 0 && to > from) {
        String label =
            switch (l.type()) {
              case PERSON -> "person";
              case ORGANISATION -> "organisation";
              default -> "place";
            };
        opennlp.tools.util.Span sp = new opennlp.tools.util.Span(from, to, label);
        if (names.stream().noneMatch(x -> x.intersects(sp))) {
          names.add(sp);
        }
      }
    }
    names.sort(null);
    return new NameSample(words, names.toArray(new opennlp.tools.util.Span[0]), false);
  }

  private static boolean inside(Labelled l, List<Labelled> all) {
    for (Labelled o : all) {
      if (o != l
          && o.start() <= l.start()
          && l.end() <= o.end()
          && (o.end() - o.start()) > (l.end() - l.start())) {
        return true;
      }
    }
    return false;
  }
}
