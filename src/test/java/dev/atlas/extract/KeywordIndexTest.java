package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {
  private final KeywordIndex index =
      new KeywordIndex(List.of("gan", "face", "style transfer", "matlab", "图像", "检测"));

  @Test
  void asciiKeywordsMustStandAsWords() {
    assertArrayEquals(
        new boolean[] {true, false, false, false, false, false}, index.find("a gan-based model"));
    assertArrayEquals(
        new boolean[] {false, false, false, false, false, false}, index.find("organ surface"));
    assertArrayEquals(
        new boolean[] {true, true, false, false, false, false}, index.find("gan2face: faces? no, face"));
  }

  @Test
  void aKeywordEndingInAbMayRunOn() {
    assertArrayEquals(
        new boolean[] {false, false, false, true, false, false}, index.find("ports from matlabs"));
  }

  @Test
  void multiWordAndChineseKeywordsAreFound() {
    assertArrayEquals(
        new boolean[] {false, false, true, false, true, true}, index.find("图像风格 style transfer 与目标检测"));
    assertArrayEquals(
        new boolean[] {false, false, false, false, true, false}, index.find("ai图像"), "Chinese needs no boundary");
  }
}
