package dev.atlas.pipeline;

import dev.atlas.dataset.Mention;
import dev.atlas.resolve.NameResolver;
import dev.atlas.resolve.ProjectKeys;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Gives every mention the id of its project: a linked mention has its repository's; a name-only
 * mention meets, in the same shard of its name, the names linked mentions claim. The grouping is on
 * a bounded shard key, never on the raw, growing key space. The mentions of one project are folded
 * into the project where the dataset is written, from parts sorted by project id, so no step holds
 * the corpus's mentions grouped in memory.
 */
public final class ResolveProjects extends PTransform<PCollection<Mention>, PCollection<Mention>> {
  private static final TupleTag<KV<String, String>> CLAIMS = new TupleTag<>("claims") {};
  private static final TupleTag<Mention> NAME_ONLY = new TupleTag<>("nameOnly") {};
  private final int shards;

  /** Resolves over {@code shards} shards. */
  public ResolveProjects(int shards) {
    this.shards = shards;
  }

  @Override
  public PCollection<Mention> expand(PCollection<Mention> mentions) {
    PCollection<Mention> linked = mentions.apply("Linked", Filter.by(Mention::linked));
    PCollection<Mention> nameOnly = mentions.apply("NameOnly", Filter.by(m -> !m.linked()));
    PCollectionView<List<String>> lookedUp =
        nameOnly.apply("LookupNames", MapElements.into(TypeDescriptors.strings()).via(ProjectKeys::lookupName))
            .apply("AsSideInput", View.asList());
    PCollection<KV<Integer, KV<String, String>>> claims =
        linked.apply("ClaimNames", ParDo.of(new ClaimNamesFn(shards, lookedUp)).withSideInputs(lookedUp));
    PCollection<KV<Integer, Mention>> lookups =
        nameOnly.apply("KeyByName", ParDo.of(new KeyByNameFn(shards)));
    PCollection<Mention> joined =
        KeyedPCollectionTuple.of(CLAIMS, claims)
            .and(NAME_ONLY, lookups)
            .apply("MeetByNameShard", CoGroupByKey.create())
            .apply("JoinNames", ParDo.of(new JoinNamesFn()));
    return PCollectionList.of(linked).and(joined).apply("AllMentions", Flatten.pCollections());
  }

  /**
   * Emits the names a linked mention claims, keyed by the name's shard; only names some name-only
   * mention looks up, so a corpus whose entries all link meets nothing in the join.
   */
  static final class ClaimNamesFn extends DoFn<Mention, KV<Integer, KV<String, String>>> {
    private final int shards;
    private final PCollectionView<List<String>> lookedUp;
    private transient List<String> seen;
    private transient Set<String> wanted;

    ClaimNamesFn(int shards, PCollectionView<List<String>> lookedUp) {
      this.shards = shards;
      this.lookedUp = lookedUp;
    }

    @ProcessElement
    public void process(@Element Mention m, ProcessContext c) {
      List<String> names = c.sideInput(lookedUp);
      if (names != seen) {
        wanted = new HashSet<>(names);
        seen = names;
      }
      if (wanted.isEmpty()) {
        return;
      }
      for (String name : ProjectKeys.evidenceNames(m)) {
        if (wanted.contains(name)) {
          c.output(KV.of(ProjectKeys.shard(name, shards), KV.of(name, m.projectId())));
        }
      }
    }
  }

  static final class KeyByNameFn extends DoFn<Mention, KV<Integer, Mention>> {
    private final int shards;

    KeyByNameFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Mention m, OutputReceiver<KV<Integer, Mention>> out) {
      out.output(KV.of(ProjectKeys.shard(ProjectKeys.lookupName(m), shards), m));
    }
  }

  static final class JoinNamesFn extends DoFn<KV<Integer, CoGbkResult>, Mention> {
    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<Mention> out) {
      NameResolver resolver = new NameResolver();
      for (KV<String, String> claim : shard.getValue().getAll(CLAIMS)) {
        resolver.addClaim(claim.getKey(), claim.getValue());
      }
      for (Mention m : shard.getValue().getAll(NAME_ONLY)) {
        out.output(m.withProjectId(resolver.resolve(m)));
      }
    }
  }
}
