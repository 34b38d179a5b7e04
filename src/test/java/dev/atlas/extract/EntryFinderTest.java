package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryFinderTest {
  private static List<Entry> find(String file, String text) throws Exception {
    Article a = ArticleReader.parse(file, text.getBytes(StandardCharsets.UTF_8));
    return EntryFinder.find(a);
  }

  private static List<String> names(List<Entry> entries) {
    return entries.stream().map(Entry::name).toList();
  }

  @Test
  void readsRankHeadingsWithFieldLines() throws Exception {
    List<Entry> e = find("a.md", """
        # Top 2 projects

        ## **Rank 2**
        > **Alpha**
        作者：Ann
        GitHub地址：[https://github.com/ann/alpha](https://link.zhihu.com/?target=https%3A//github.com/ann/alpha)
        ★Star：1,200

        Alpha does things.

        ## **Rank 1**
        > **Beta**
        GitHub地址：https://github.com/bob/beta
        ★Star：3.4k

        Beta does more.
        """);
    assertEquals(List.of("Alpha", "Beta"), names(e));
    assertEquals(2, e.get(0).rank());
    assertEquals("Ann", e.get(0).author());
    assertEquals("ann/alpha", e.get(0).repo().key());
    assertEquals(1200, e.get(0).stars().value());
    assertEquals(3400, e.get(1).stars().value());
    assertEquals(1, e.get(1).rank());
  }

  @Test
  void skipsRedditAndEndNoteSectionsInBothLanguages() throws Exception {
    List<Entry> e = find("b.md", """
        # Monthly picks

        # GitHub 仓库

        # [伯特即服务](https://github.com/hanxiao/bert-as-service)

        Sentence encoding as a service.

        # [Other](https://github.com/o/other)

        Another one.

        # Reddit 讨论

        # [Why gradient descent](https://www.reddit.com/r/MachineLearning/comments/x)

        A thread, and it links https://github.com/not/aproject in passing.

        # 结束注释

        See [this repo](https://github.com/also/not) too.
        """);
    assertEquals(List.of("bert-as-service", "Other"), names(e));
  }

  @Test
  void domainSectionsAndHeadingTagsAreExplicitDomains() throws Exception {
    List<Entry> e = find("c.md", """
        # Model zoo

        **计算机视觉**
        - GitHub star：10164
        - 实现框架：TensorFlow

        Magenta 是一个研究项目。

        **Mask-RCNN**
        - GitHub star：6104
        - 实现框架：Keras

        Two stage detector.

        **自然语言处理**

        **WaveNet**
        - GitHub star：3692

        Audio generation.
        """);
    assertEquals(List.of("Magenta", "Mask-RCNN", "WaveNet"), names(e));
    assertEquals(Set.of("computer-vision"), e.get(0).domainsExplicit());
    assertEquals("TensorFlow", e.get(0).framework());
    assertEquals(Set.of("computer-vision"), e.get(1).domainsExplicit());
    assertEquals(Set.of("nlp"), e.get(2).domainsExplicit());
    assertEquals("", e.get(2).framework());
  }

  @Test
  void articleLevelAndPassingStarFiguresBelongToNoEntry() throws Exception {
    List<Entry> e = find("d.md", """
        # Picks

        These repos average 2,500 stars on GitHub.

        ## [JAX](https://github.com/google/jax)

        Unlike TensorFlow, which has 160k stars, JAX is small and composable.

        ## [Flax](https://github.com/google/flax)

        Flax has 5,100 stars.
        """);
    assertEquals(List.of("JAX", "Flax"), names(e));
    assertNull(e.get(0).stars());
    assertEquals(5100, e.get(1).stars().value());
  }

  @Test
  void entryKeepsItsOwnLinkNotAPassingOne() throws Exception {
    List<Entry> e = find("e.md", """
        # List

        ## [QuickDraw](https://github.com/1991viet/QuickDraw)

        The dataset is at [here](https://github.com/googlecreativelab/quickdraw-dataset).

        ## [Other](https://github.com/x/other)

        Text.
        """);
    assertEquals(List.of("QuickDraw", "Other"), names(e));
    assertEquals("1991viet/quickdraw", e.get(0).repo().key());
    assertEquals("x/other", e.get(1).repo().key());
  }

  @Test
  void numberedListTableAndPlainTextLayouts() throws Exception {
    List<Entry> list = find("f.md", """
        # Ten tools

        1. **Alpha**: does a thing. [1,234 stars on Github]
        2. **Beta**: another thing, no count given.
        3. **Gamma**: third. [9.1k stars on Github]

        Features you get:

        - **Fast**: really
        - **Small**: yes
        """);
    assertEquals(List.of("Alpha", "Beta", "Gamma"), names(list));
    assertEquals(1234, list.get(0).stars().value());
    assertNull(list.get(1).stars());
    List<Entry> table = find("g.md", """
        # 项目

        | 项目 | GitHub 地址 | Star | 类别 |
        | --- | --- | --- | --- |
        | YOLOv5 | https://github.com/ultralytics/yolov5 | 4.3万 | 计算机视觉 |
        | jieba | [链接](https://github.com/fxsjy/jieba) | 31,562 | 自然语言处理 |
        """);
    assertEquals(List.of("YOLOv5", "jieba"), names(table));
    assertEquals(43000, table.get(0).stars().value());
    assertEquals(Set.of("nlp"), table.get(1).domainsExplicit());
    List<Entry> plain = find("h.txt", """
        DIGEST

        >> Bark
        GitHub: https://github.com/suno-ai/bark
        Stars: 25,300

        Text to audio.

        >> Darts
        GitHub: https://github.com/unit8co/darts
        Category: Time series
        Stars: 6,400

        Forecasting.
        """);
    assertEquals(List.of("Bark", "Darts"), names(plain));
    assertEquals(Set.of("time-series"), plain.get(1).domainsExplicit());
  }

  @Test
  void articleWithoutAProjectListHasNoEntries() throws Exception {
    List<Entry> e = find("news.md", """
        # PyTorch 2.0 released

        ## The announcement

        The team released a new version today. Notes are on GitHub: https://github.com/pytorch/pytorch/releases

        ## What it means

        Faster training, with 70k stars behind it.
        """);
    assertTrue(e.isEmpty(), () -> "unexpected " + names(e));
  }

  @Test
  void readsBoldLeadParagraphsWithTheirLinkAndStarLines() throws Exception {
    List<Entry> e = find("zoo.md", """
        # Model zoo

        ## 语音 Speech

        **FunASR** — 工业级语音识别工具包，Paraformer 模型又快又准。
        GitHub: https://github.com/modelscope/FunASR · ⭐ 3.2k

        > **DSPy** — Programming, not prompting; unlike LangChain (90k stars) it compiles prompts.
        > 🔗 https://github.com/stanfordnlp/dspy

        **Axolotl** — config-driven fine-tuning. ⭐ 4,312

        ## 参考文献 References

        1. Paraformer paper. https://github.com/alibaba-damo-academy/FunASR-paper
        """);
    assertEquals(List.of("FunASR", "DSPy", "Axolotl"), names(e));
    assertEquals("modelscope/funasr", e.get(0).repo().key());
    assertEquals(3200, e.get(0).stars().value());
    assertEquals(Set.of("speech-audio"), e.get(0).domainsExplicit());
    assertEquals("stanfordnlp/dspy", e.get(1).repo().key());
    assertNull(e.get(1).stars(), "the figure belongs to the project mentioned in passing");
    assertEquals(4312, e.get(2).stars().value());
  }

  @Test
  void boldLeadsInsideProseAreNotEntries() throws Exception {
    List<Entry> e = find("post.md", """
        # Notes from the week

        **Update** — the meetup moved to Thursday.

        **TL;DR** — nothing shipped.
        """);
    assertTrue(e.isEmpty(), () -> "unexpected " + names(e));
  }

  @Test
  void readsPlainTextRowsByWhatEachCellHolds() throws Exception {
    List<Entry> e = find("deck.txt", """
        热度榜 TOP 3

        TOP 1 | Whisper | github.com/openai/whisper | 6.1万★ | 语音
        TOP 2 | MetaGPT | — | 4.2万★ | NLP

        第 2 页

        TOP 3 | RecBole | github.com/RUCAIBox/RecBole/ | — | 推荐

        参考链接
        · Awesome Production ML：github.com/EthicalML/awesome-production-machine-learning
        """);
    assertEquals(List.of("Whisper", "MetaGPT", "RecBole"), names(e));
    assertEquals("openai/whisper", e.get(0).repo().key());
    assertEquals(61000, e.get(0).stars().value());
    assertEquals(Set.of("speech-audio"), e.get(0).domainsExplicit());
    assertEquals(1, e.get(0).rank());
    assertNull(e.get(1).repo());
    assertEquals(Set.of("nlp"), e.get(1).domainsExplicit());
    assertEquals("rucaibox/recbole", e.get(2).repo().key());
    assertNull(e.get(2).stars());
    assertEquals(3, e.get(2).rank());
  }

  @Test
  void aLoneRowOrARowWithoutLinkOrStarsIsNotAnEntry() throws Exception {
    List<Entry> e = find("notes.txt", """
        Schedule

        Mon | standup | room 4

        Tue | review | room 2 | notes
        """);
    assertTrue(e.isEmpty(), () -> "unexpected " + names(e));
  }

  @Test
  void readsNumberedNameLinesWithADescriptionBeforeTheirFields() throws Exception {
    List<Entry> e = find("column.md", """
        # 7 个开源项目

        1）LLaMA-Factory

        一站式大模型微调框架，比 FastChat（3.5w Star）更专注于训练。

        地址：https://github.com/hiyouga/LLaMA-Factory

        Star 数 2.3w

        2）Firefly

        中文对话模型的一站式训练工具。

        地址：https://github.com/yangjianxin1/Firefly
        """);
    assertEquals(List.of("LLaMA-Factory", "Firefly"), names(e));
    assertEquals(23000, e.get(0).stars().value());
    assertEquals("yangjianxin1/firefly", e.get(1).repo().key());
    assertNull(e.get(1).stars());
  }

  @Test
  void readsRepoPathsInHeadingParenthesesUnderBilingualSections() throws Exception {
    List<Entry> e = find("q.md", """
        # Tools I used this year

        ## 音声 / Speech

        ### 1. Kotoba（acme/kotoba-asr）

        Streaming recognition. Replaces our old setup (Star: 9,999, another repo).

        Star: 約 3k

        ### 2. Piper

        Star: 4,100

        ## 参考 / References

        - https://github.com/other/paper-code
        """);
    assertEquals(List.of("Kotoba", "Piper"), names(e));
    assertEquals("acme/kotoba-asr", e.get(0).repo().key());
    assertEquals(3000, e.get(0).stars().value());
    assertTrue(e.get(0).stars().approximate());
    assertEquals(Set.of("speech-audio"), e.get(0).domainsExplicit());
    assertNull(e.get(1).repo());
    assertEquals(4100, e.get(1).stars().value());
  }

  @Test
  void aBareSectionHeadingAboveNumberedEntriesIsNotAnEntry() throws Exception {
    List<Entry> e = find("s.md", """
        # Picks

        ## Things we liked

        ### 1. Alpha

        GitHub: https://github.com/ann/alpha

        ### 2. Beta

        GitHub: https://github.com/bob/beta
        """);
    assertEquals(List.of("Alpha", "Beta"), names(e));
  }

  @Test
  void figureCaptionsNamingAProjectOpenEntries() throws Exception {
    List<Entry> e = find("w.md", """
        # 三个好用的工具

        今天介绍三个项目。老牌的 Gamma（9 万 Star）就不介绍了。

        图 0：封面

        图 1：Alpha 运行截图

        Alpha 是 Ann 的作品，速度比 Beta 快 3 倍，GitHub 标星 1.2 万。项目地址：https://github.com/ann/alpha

        图 2：Delta Pro 架构图

        Delta 支持离线运行，约 3 千 Star。
        地址：https://github.com/dd/delta

        图 3：扫码加群

        阅读 1.2万
        """);
    assertEquals(List.of("Alpha", "Delta"), names(e));
    assertEquals("ann/alpha", e.get(0).repo().key());
    assertEquals(12000, e.get(0).stars().value());
    assertEquals("dd/delta", e.get(1).repo().key());
    assertTrue(e.get(1).stars().approximate());
  }

  @Test
  void aFigureAfterSomeoneElsesLinkIsNotTheEntrysStars() throws Exception {
    List<Entry> e = find("c.md", """
        # 推荐

        1）Alpha

        地址：https://github.com/ann/alpha

        用过的都说好，另外补充一个 https://github.com/other/tool ，6.8k Star，也很好用。

        2）Beta

        地址：https://github.com/bob/beta
        """);
    assertEquals(List.of("Alpha", "Beta"), names(e));
    assertNull(e.get(0).stars());
  }

  @Test
  void aBoldRepositoryPathInAnItemIsItsRepository() throws Exception {
    List<Entry> e = find("l.md", """
        # Changes

        - **ann/alpha-tts** (★ 1,200) — speech synthesis.
        - **[Beta](https://github.com/bob/beta)** (★ 900) — other.
        """);
    assertEquals("ann/alpha-tts", e.get(0).repo().key());
    assertEquals("alpha-tts", e.get(0).name());
  }

  @Test
  void aTableRowTakesTheTotalStarColumnNotTheWeeksGain() throws Exception {
    List<Entry> e = find("t.html", """
        <html><body><article><h1>Weekly</h1>
        <table class="trending">
          <tr><th>#</th><th>Repository</th><th>★ this week</th><th>Total ★</th></tr>
          <tr><td>1</td><td><a href="https://github.com/ann/alpha">ann / alpha</a><br><small>Does things</small></td><td>+1,200</td><td>8.1k</td></tr>
          <tr><td>2</td><td><a href="https://github.com/bob/beta">bob / beta</a></td><td>+900</td><td>—</td></tr>
        </table></article></body></html>
        """);
    assertEquals(List.of("alpha", "beta"), names(e));
    assertEquals("ann / alpha", e.get(0).heading());
    assertEquals(8100, e.get(0).stars().value());
    assertNull(e.get(1).stars());
  }

  @Test
  void entriesCitingNumberedLinkNotesTakeTheirRepository() throws Exception {
    List<Entry> e = find("n.md", """
        # 三个工具

        整个链路围绕 Gamma [1] 搭建，排名不分先后。

        ## 一、训练

        ### 1.1 Alpha：一站式训练平台

        Alpha [2] 支持多种模型，依赖 helper [3]，GitHub star：1200。

        ### 1.2 Beta：部署工具

        微软开源的 Beta [4] 不用多介绍了，标星 3.4k。

        ## 代码地址

        [1] https://github.com/gg/gamma

        [2] https://github.com/ann/alpha/tree/main/configs

        [3] https://github.com/hh/helper

        [4] https://github.com/bob/beta.git

        ## 参考文献

        [1] Someone. A paper[J]. arXiv:2106.09685, 2021.
        """);
    assertEquals(List.of("Alpha", "Beta"), names(e));
    assertEquals("ann/alpha", e.get(0).repo().key());
    assertEquals("", e.get(0).repo().path());
    assertEquals(1200, e.get(0).stars().value());
    assertEquals("bob/beta", e.get(1).repo().key());
  }

  @Test
  void numberedNameLinesTakeTheLinkOrStarsAFewLinesBelow() throws Exception {
    List<Entry> e = find("x.txt", """
        My favourite tools this month, not ranked.

        3/9

        1. Alpha

        Runs models locally. If you only install one thing, make it this.

        ⭐ 9.2k
        github.com/ann/alpha

        21

        4/9

        2. Beta

        A web UI for fine-tuning, you name it. 3k stars.

        (No link on this one.)

        5/9

        That's a wrap! If this was useful:

        1. Follow me, I post one of these every month
        2. Share the first post
        """);
    assertEquals(List.of("Alpha", "Beta"), names(e));
    assertEquals("ann/alpha", e.get(0).repo().key());
    assertEquals(9200, e.get(0).stars().value());
    assertNull(e.get(1).repo());
    assertEquals(3000, e.get(1).stars().value());
  }

  @Test
  void bulletsWhoseNestedItemsAreFieldsAreEntries() throws Exception {
    List<Entry> e = find("k.md", """
        ---
        title: "모델 모음 (Model Zoo)"
        ---

        # 모델 모음 (Model Zoo)

        ## 목차

        - 음성 (Speech / Audio)

        ## 🗣️ 음성 (Speech / Audio)

        - **음성 인식 (ASR)**
          - **Kotoba**
            - 저장소: https://github.com/acme/kotoba
            - 스타: ⭐ 1.2만
            - 메모: 대안으로 other-asr(스타 9천)도 있어요.
          - **Piper TTS**
            - 저장소: 허깅페이스 모델 카드 → https://huggingface.co/acme/piper
            - 스타: -
        - **음성 합성 (TTS)**
          - **Melo**
            - 저장소: https://github.com/mm/melo

        ## 🧪 번외: 이번에 뺀 것들

        - **Other** — 생략 (스타 14만)
        """);
    assertEquals(List.of("Kotoba", "Piper TTS", "Melo"), names(e));
    assertEquals(12000, e.get(0).stars().value());
    assertEquals(Set.of("speech-audio"), e.get(0).domainsExplicit());
    assertNull(e.get(1).repo());
    assertNull(e.get(1).stars());
    assertEquals("mm/melo", e.get(2).repo().key());
  }

  @Test
  void looseHtmlListItemsWithBoldNamesInAFormAreEntries() throws Exception {
    List<Entry> e = find("r.html", """
        <html><body><div class="side"><p><strong>Rules For Posts</strong></p>
        <ol><li>Link <a href="https://github.com/x/rules">your repo</a>.</li></ol></div>
        <div class="content"><form class="usertext"><div class="md">
        <p>My picks, ranked by how much I'd miss them.</p>
        <ol>
        <li><p><strong>Alpha</strong> (&#9733; 10.4k) &ndash; search. <a href="https://github.com/ann/alpha">https://github.com/ann/alpha</a></p></li>
        <li><p><strong>Beta</strong> (&#9733; 1.5k) &ndash; DAGs. <a href="https://t.co/Qm7Vx2">github.com/bob/beta</a></p></li>
        </ol>
        <p>Median of the list is ~3k stars.</p>
        <p><strong>EDIT:</strong> I also tried <a href="https://github.com/g/gamma">https://github.com/g/gamma</a>.</p>
        </div></form></div>
        <div class="commentarea"><p>Try <a href="https://github.com/p/polars">https://github.com/p/polars</a>, 27k stars.</p></div>
        </body></html>
        """);
    assertEquals(List.of("Alpha", "Beta"), names(e));
    assertEquals(1, e.get(0).rank());
    assertEquals(10400, e.get(0).stars().value());
    assertEquals("bob/beta", e.get(1).repo().key());
    assertEquals(1500, e.get(1).stars().value());
  }

  @Test
  void liquidEmbedsAndHtmlTablesInMarkdownAreRead() throws Exception {
    List<Entry> e = find("d.md", """
        # Top Repositories of May 2024

        ## Top GitHub Repositories of May 2024

        Here are the ones we picked:

        ### Bark

        Text to audio. {% details Why? %} not here {% enddetails %}

        {% github acme/bark no-readme %}

        ### Kornia

        {% github kornia/kornia %}

        ## The data

        <table border="1" class="dataframe">
          <thead><tr><th></th><th>name</th><th>repo</th><th>category</th><th>stars</th></tr></thead>
          <tbody>
            <tr><th>0</th><td>plotly</td><td>plotly/plotly.py</td><td>Data viz</td><td>15689.0</td></tr>
            <tr><th>1</th><td>RecBole</td><td>RUCAIBox/RecBole</td><td>Recommender systems</td><td>NaN</td></tr>
          </tbody>
        </table>
        """);
    assertEquals(List.of("Bark", "Kornia", "plotly", "RecBole"), names(e));
    assertEquals("acme/bark", e.get(0).repo().key());
    assertEquals("kornia/kornia", e.get(1).repo().key());
    assertEquals(15689, e.get(2).stars().value());
    assertEquals(Set.of("data-visualization"), e.get(2).domainsExplicit());
    assertEquals("rucaibox/recbole", e.get(3).repo().key());
    assertNull(e.get(3).stars());
  }

  @Test
  void emojiLedBoldNamesUnderFramedSectionLines() throws Exception {
    List<Entry> e = find("q.md", """
        # 开源项目速递

        本期共收录 3 个项目，总 Star 超 10 万，不分先后。

        ━━━━━━ 🧠 大模型 / NLP ━━━━━━

        🔥 **Alpha**：最强开源模型

        官方示例仓库 https://github.com/ann/alpha-recipes（⭐ 9.8k）可以参考。

        👉 https://github.com/ann/alpha
        ⭐ 标星：1.9万（本周 +1.5万）

        🔥 **Beta-Plan**：复现计划

        同类项目还有 Beta（https://github.com/bb/beta ，1.7 万星）。

        👉 https://github.com/pku/Beta-Plan
        ⭐ 近万

        ━━━━━━ 🆙 本周值得关注的更新 ━━━━━━

        🆙 **Gamma v0.1**

        支持了新模型。

        👉 https://github.com/gg/gamma/releases/tag/v0.1
        ⭐ 6.3万
        """);
    assertEquals(List.of("Alpha", "Beta-Plan", "Gamma v0.1"), names(e));
    assertEquals("ann/alpha", e.get(0).repo().key());
    assertEquals(19000, e.get(0).stars().value());
    // "大模型" names a field outside the fixed vocabulary: other:llm beside nlp
    assertEquals(Set.of("nlp", "other:llm"), e.get(0).domainsExplicit());
    assertEquals("pku/beta-plan", e.get(1).repo().key());
    assertTrue(e.get(1).stars().approximate());
    assertEquals("gg/gamma", e.get(2).repo().key());
    assertEquals(Set.of(), e.get(2).domainsExplicit());
  }

  @Test
  void framedRankLinesOverBlocksOfFieldLines() throws Exception {
    List<Entry> e = find("w.txt", """
        3 个开源利器，从第 3 名倒数到第 1 名排了个序。平均 Star 2.5 万+。

        —— 第 3 名 ——

        项目名称：Alpha（阿尔法）
        领域：文生图
        Star：刚开源一周，就不写具体数字了
        链接：https://github.com/ann/alpha

        —— 第 2 名 ——

        先介绍一下背景，这是一段描述。

        链接：https://github.com/bob/beta
        项目名称：Beta
        Star：1,876

        —— 推广 ——

        课程名称：训练营
        报名链接：https://github.com/ads/course

        —— 第 1 名 ——

        Star：13.2w
        项目名称：Gamma
        领域：NLP / 知识库问答

        —— 写在最后 ——

        岗位名称：算法工程师
        """);
    assertEquals(List.of("Alpha", "Beta", "Gamma"), names(e));
    assertEquals(List.of(3, 2, 1), e.stream().map(Entry::rank).toList());
    assertNull(e.get(0).stars());
    assertEquals(Set.of("generative-models"), e.get(0).domainsExplicit());
    assertEquals("bob/beta", e.get(1).repo().key());
    assertEquals(132000, e.get(2).stars().value());
    assertEquals(Set.of("nlp"), e.get(2).domainsExplicit());
  }

  @Test
  void circledNumberNameLinesAndTraditionalChineseFields() throws Exception {
    List<Entry> e = find("t.md", """
        # 繪圖工具

        ## AI 繪圖

        ① stable-diffusion-webui（AUTOMATIC1111 版）

        說到圖形介面，第一個想到的一定是它。

        - GitHub：[AUTOMATIC1111/stable-diffusion-webui](https://github.com/AUTOMATIC1111/stable-diffusion-webui)
        - 標星：13.3 萬
        - 類別：生成式 AI／AI 繪圖

        ② InvokeAI

        介面乾淨很多，你可以在[這裡](https://github.com/invoke-ai/InvokeAI)找到它。

        - 標星：約 2.2 萬
        """);
    assertEquals(List.of("stable-diffusion-webui", "InvokeAI"), names(e));
    assertEquals(133000, e.get(0).stars().value());
    assertEquals(Set.of("generative-models"), e.get(0).domainsExplicit());
    assertEquals("invoke-ai/invokeai", e.get(1).repo().key());
    assertTrue(e.get(1).stars().approximate());
  }
}
