package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarCountTest {
  private static Stars parse(String s) {
    return StarCount.parse(s).orElseThrow(() -> new AssertionError("no stars in " + s));
  }

  @Test
  void parsesPlainAndSeparatedIntegers() {
    assertEquals(new Stars(68, false), parse("68"));
    assertEquals(new Stars(10164, false), parse("10164"));
    assertEquals(new Stars(1234, false), parse("1,234"));
    assertEquals(new Stars(31562, false), parse("31,562 stars"));
  }

  @Test
  void parsesKAndWanSuffixes() {
    assertEquals(new Stars(1200, false), parse("1.2k"));
    assertEquals(new Stars(12000, false), parse("12K"));
    assertEquals(new Stars(12000, false), parse("1.2万"));
    assertEquals(new Stars(43000, false), parse("4.3 万"));
  }

  @Test
  void parsesChineseNumerals() {
    assertEquals(new Stars(10000, false), parse("一万"));
    assertEquals(new Stars(2500, false), parse("两千五百"));
    assertEquals(new Stars(120000, false), parse("十二万"));
  }

  @Test
  void flagsApproximateFigures() {
    assertEquals(new Stars(10000, true), parse("接近一万颗星"));
    assertEquals(new Stars(2000, true), parse("over 2,000"));
    assertEquals(new Stars(5000, true), parse("5k+"));
    assertEquals(new Stars(2500, true), parse("2500多"));
  }

  @Test
  void rejectsTextWithoutNumber() {
    assertTrue(StarCount.parse("很多").isEmpty());
    assertTrue(StarCount.parse("刚开源一周，还在猛涨，就不写具体数字了").isEmpty());
    assertTrue(StarCount.parse("").isEmpty());
    assertTrue(StarCount.parse(null).isEmpty());
  }

  @Test
  void findsFiguresInProseOnlyBesideAStarWord() {
    List<StarCount.Found> found = StarCount.findInProse("Released in 2019 with 3 authors. It has 12.3k stars and 400 forks.");
    assertEquals(1, found.size());
    assertEquals(12300, found.get(0).stars().value());
    assertEquals(new Stars(10000, true), StarCount.findInProse("不到一个月接近一万颗星。").get(0).stars());
    assertEquals(6453, StarCount.findInProse("该项目的收藏量达到了 6453").get(0).stars().value());
    assertEquals(3200, StarCount.findInProse("目前标星 3.2k，增长很快").get(0).stars().value());
    assertTrue(StarCount.findInProse("原载于 2019 年 8 月 2 日").isEmpty());
  }

  @Test
  void proseFigureStartsAtTheNumberNotTheSpaceBeforeIt() {
    String text = "It is scriptable. 8.9k stars, and counting.";
    StarCount.Found f = StarCount.findInProse(text).get(0);
    assertEquals('8', text.charAt(f.start()));
    assertFalse(f.stars().approximate());
  }

  @Test
  void aChangeCountsItsNewFigure() {
    assertEquals(new Stars(35032, false), parse("★ 33,480 → 35,032"));
    assertEquals(new Stars(1890, false), parse("1,234 -> 1,890"));
    assertEquals(List.of(35032L), StarCount.findInProse("LLaMA-Factory (★ 33,480 → 35,032) adds DPO.").stream()
        .map(f -> f.stars().value()).toList());
    assertEquals(List.of(7310L), StarCount.findInProse("Kotoba (★ new → 7,310) is new this month.").stream()
        .map(f -> f.stars().value()).toList());
  }

  @Test
  void readsKoreanUnitsAndMarks() {
    assertEquals(new Stars(31000, false), parse("⭐ 3.1만"));
    assertEquals(new Stars(70000, true), parse("7만+"));
    assertEquals(new Stars(2500, true), parse("약 2.5k"));
    assertEquals(List.of(12000L), StarCount.findInProse("faster-whisper(스타 1.2만)나 whisper.cpp").stream()
        .map(f -> f.stars().value()).toList());
  }
}
