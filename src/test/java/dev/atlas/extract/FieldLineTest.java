package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldLineTest {
  @Test
  void readsChineseAndEnglishLabels() {
    assertEquals(new FieldLine(FieldLine.Kind.STARS, "68"), FieldLine.parse("★Star：68").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.STARS, "10164"), FieldLine.parse("- GitHub star：10164").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.LINK, "https://github.com/a/b"), FieldLine.parse("GitHub地址：https://github.com/a/b").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.FRAMEWORK, "TensorFlow"), FieldLine.parse("- 实现框架：TensorFlow").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.AUTHOR, "Uber AI实验室"), FieldLine.parse("作者：Uber AI实验室").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.DOMAIN, "Time series"), FieldLine.parse("Category: Time series").orElseThrow());
  }

  @Test
  void ignoresProseAndEmptyValues() {
    assertTrue(FieldLine.parse("Stars are nice").isEmpty());
    assertTrue(FieldLine.parse("论文地址：https://arxiv.org/abs/1").isEmpty());
    assertTrue(FieldLine.parse("GitHub：").isEmpty());
  }

  @Test
  void readsStarSymbolsBeforeAFigureAndLinkSymbolLines() {
    assertEquals(new FieldLine(FieldLine.Kind.STARS, "12.4k · Python"), FieldLine.parse("⭐ 12.4k · Python").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.STARS, "~18k"), FieldLine.parse("⭐ ~18k").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.LINK, "https://github.com/stanfordnlp/dspy"),
        FieldLine.parse("🔗 https://github.com/stanfordnlp/dspy").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.LINK, "github.com/openai/whisper"),
        FieldLine.parse("👉 github.com/openai/whisper").orElseThrow());
    assertTrue(FieldLine.parse("⭐ the best pick").isEmpty());
    assertTrue(FieldLine.parse("👉 see https://github.com/a/b for more").isEmpty());
  }

  @Test
  void readsACountLabelFollowedByAFigure() {
    assertEquals(new FieldLine(FieldLine.Kind.STARS, "2.3w"), FieldLine.parse("Star 数 2.3w").orElseThrow());
    assertTrue(FieldLine.parse("Star 10 repos you like").isEmpty(), "a bare 'star' label needs a colon");
  }

  @Test
  void aSymbolBeforeALabelAndChineseNumeralFigures() {
    assertEquals(new FieldLine(FieldLine.Kind.STARS, "1.9万（本周 +1.5万）"), FieldLine.parse("⭐ 标星：1.9万（本周 +1.5万）").orElseThrow());
    assertEquals(new FieldLine(FieldLine.Kind.STARS, "近万"), FieldLine.parse("⭐ 近万").orElseThrow());
    assertTrue(FieldLine.parse("⭐ 暂无").isEmpty());
  }
}
