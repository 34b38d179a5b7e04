package dev.atlas.bench;

import java.util.SplittableRandom;

/**
 * Filler prose in Chinese or English, built from word lists. It never holds a link, a digit, a
 * colon, a star phrase or markup, so it cannot add or change an entry wherever it is placed.
 */
final class Prose {
  private static final String[] EN_SUBJECTS = {
    "the training loop", "this kind of tooling", "a small team", "the documentation", "almost every reader",
    "the default configuration", "the evaluation script", "our own prototype", "the community",
    "the core team", "every new release", "the example notebook", "the data loader",
    "the inference path", "the test suite", "a careful reader", "the issue tracker", "the plugin system",
    "the command line interface", "the benchmark harness", "the tutorial series", "the model card"
  };
  private static final String[] EN_VERBS = {
    "makes", "keeps", "turns", "hides", "simplifies", "exposes", "rewards", "handles", "speeds up",
    "explains", "untangles", "documents", "replaces", "reshapes", "clarifies", "automates"
  };
  private static final String[] EN_OBJECTS = {
    "the boring parts of the pipeline", "a surprising amount of glue code", "most of the configuration",
    "the tricky edge cases", "long experiments", "the usual preprocessing chores", "the export step",
    "the gap between research code and production", "the awkward parts of distributed training",
    "the logging and checkpointing logic", "the choice of hyperparameters", "the deployment story"
  };
  private static final String[] EN_TAILS = {
    "without much ceremony", "in a way that feels natural", "once you get used to it",
    "for people who read the source", "on a single machine", "with very little setup",
    "most of the time", "better than I expected", "even on an old laptop", "for small and large teams alike",
    "if you follow the examples", "after a short learning curve"
  };
  private static final String[] ZH_SUBJECTS = {
    "这个工具", "很多团队", "文档部分", "默认配置", "社区成员", "维护者", "示例代码", "训练流程",
    "推理部分", "数据加载模块", "评测脚本", "插件系统", "命令行界面", "入门教程", "作者团队", "新版本"
  };
  private static final String[] ZH_PREDICATES = {
    "让复杂的实验变得简单", "把繁琐的步骤交给了框架", "在单卡上也能跑得很顺畅", "值得花一个下午仔细读一读",
    "大大降低了上手的门槛", "对初学者非常友好", "把预处理和后处理封装得很干净", "让部署环节省心不少",
    "在工程细节上下了很大功夫", "解决了不少实际问题", "给出了清晰的接口设计", "和主流框架配合得很好",
    "在中文场景下表现不错", "让复现论文结果变得容易", "提供了开箱即用的预训练模型", "保持着很快的迭代速度"
  };
  private static final String[] ZH_OPENERS = {"", "总体来看，", "说实话，", "在实际使用中，", "另外，", "值得一提的是，", "从体验上说，"};

  private Prose() {}

  /** Returns a paragraph of three to six sentences in {@code lang} ({@code zh} or {@code en}). */
  static String paragraph(String lang, SplittableRandom rng) {
    int sentences = rng.nextInt(3, 7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if ("zh".equals(lang)) {
        sb.append(pick(ZH_OPENERS, rng)).append(pick(ZH_SUBJECTS, rng)).append(pick(ZH_PREDICATES, rng)).append('。');
      } else {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(sentence(rng));
      }
    }
    return sb.toString();
  }

  /** Returns one English sentence ending in a full stop. */
  static String sentence(SplittableRandom rng) {
    String s = pick(EN_SUBJECTS, rng) + " " + pick(EN_VERBS, rng) + " " + pick(EN_OBJECTS, rng) + " "
        + pick(EN_TAILS, rng) + ".";
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Returns one of {@code words}, drawn from {@code rng}. */
  static String pick(String[] words, SplittableRandom rng) {
    return words[rng.nextInt(words.length)];
  }
}
