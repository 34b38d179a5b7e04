package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameRulesTest {
  @Test
  void cleansDecorationAndNumbering() {
    assertEquals("magenta", NameRules.clean("▌magenta "));
    assertEquals("YOLOv5", NameRules.clean("3. YOLOv5"));
    assertEquals("XTuner：低成本微调", NameRules.clean("1.4 XTuner：低成本微调"));
    assertEquals("Qwen2.5", NameRules.clean("Qwen2.5"));
    assertEquals("Whisper", NameRules.clean("🔥 Whisper"));
  }

  @Test
  void takesNameFromRepoForGarbledOrDescriptiveHeadings() {
    GithubRepo bert = new GithubRepo("hanxiao", "bert-as-service", "", "");
    assertEquals("bert-as-service", NameRules.displayName("伯特即服务", bert));
    GithubRepo tfpyth = new GithubRepo("BlackHC", "tfpyth", "", "");
    assertEquals("tfpyth", NameRules.displayName("TF pyth—tensor flow to py torch to tensor flow", tfpyth));
    assertEquals("torchvision", NameRules.displayName("torchvision", new GithubRepo("pytorch", "vision", "", "")));
    GithubRepo lab = new GithubRepo("deepmind", "lab", "master", "game_scripts/levels/contributed/psychlab");
    assertEquals("Psychlab", NameRules.displayName("Psychlab", lab));
  }

  @Test
  void splitsTagsAndShortNames() {
    assertEquals(new NameRules.Tagged("TDEngine", "大数据"), NameRules.splitTag("TDEngine (大数据)"));
    assertEquals("MUSE", NameRules.shortName("MUSE: Multilingual Unsupervised and Supervised Embeddings"));
    assertEquals("XTuner", NameRules.shortName("XTuner：书生团队的低成本微调工具"));
    assertEquals("Text Generation Inference", NameRules.shortName("Text Generation Inference：HF 官方推理服务"));
    assertEquals("Domain Transfer Network (DTN)", NameRules.shortName("Domain Transfer Network (DTN)"));
    assertEquals("Magenta", NameRules.leadingName("Magenta 是一个用于探索机器学习的研究项目"));
  }

  @Test
  void tellsProjectNamesFromPhrases() {
    assertTrue(NameRules.looksLikeProjectName("Deep voice conversion"));
    assertFalse(NameRules.looksLikeProjectName("The announcement"));
    assertFalse(NameRules.looksLikeProjectName("背景"));
    assertFalse(NameRules.looksLikeProjectName("This is a sentence."));
  }

  @Test
  void readsTheBoldNameALineOpensWith() {
    assertEquals("PEFT", NameRules.boldLead("**PEFT** — parameter-efficient fine-tuning."));
    assertEquals("LLaMA-Factory", NameRules.boldLead("> **LLaMA-Factory** - a web UI for fine-tuning"));
    assertEquals("Unsloth", NameRules.boldLead("__Unsloth:__ faster QLoRA kernels"));
    assertEquals("Qwen", NameRules.boldLead("**Qwen**：通义千问开源系列"));
  }

  @Test
  void otherLinesHaveNoBoldLead() {
    assertEquals("", NameRules.boldLead("PEFT — no bold here"));
    assertEquals("", NameRules.boldLead("**PEFT**"), "a bold line alone is a heading, not a lead");
    assertEquals("", NameRules.boldLead("**PEFT** and more prose without a separator"));
    assertEquals("", NameRules.boldLead("**[PEFT](https://github.com/huggingface/peft)** — linked"));
    assertEquals("", NameRules.boldLead("**The short version** — read on"));
    assertEquals("", NameRules.boldLead("**" + "x".repeat(70) + "** — too long for a name"));
  }
}
