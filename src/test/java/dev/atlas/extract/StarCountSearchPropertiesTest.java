package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link StarCount#findInProse} searches for figures only near star words; these properties hold
 * it to what a search of the whole text finds, on texts made of the pieces figures are written
 * with, the longest qualifiers and spacing the patterns allow included.
 */
class StarCountSearchPropertiesTest {

  @Provide
  Arbitrary<String> figures() {
    return Arbitraries.of(" ", "  ", "\t", "\n", "approximately", "approx.", "more than", "close to", "over ", "接近", "약 ",
        "~", ">", "1", "12", "123", "1,234", "1,234,567,890", "12 345", "12 345 678", ".", ".5", "7" .repeat(40), "，",
        "k", "K", "w", "m", "万", "萬", "만", "千", "一", "两千五百", "十二", "+", "多", "以上", "plus", "颗", "个",
        "star", "Stars", "STAR", "github stars", "GitHub Star", "星", "星标", "星星", "标星", "標星", "收藏", "收藏量", "스타",
        "⭐", "★", "数", "数量", "：", ":", "为", "已经", "new", "→", "->", "today", "this week", "日增", "start", "restart",
        "a", "The ", "x")
        .list().ofMinSize(1).ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000, seed = "20261207")
  void findsWhatASearchOfTheWholeTextFinds(@ForAll("figures") String text) {
    assertEquals(StarCount.findInProse(text, false), StarCount.findInProse(text));
  }

  @Example
  void longestFigureBeforeItsStarWordIsFound() {
    String longest = "Its count: approximately\t\t9,999,999 \t\tplus\t\t颗\t\tgithub stars";
    assertEquals(StarCount.findInProse(longest, false), StarCount.findInProse(longest));
    assertEquals(new Stars(9_999_999, true), StarCount.findInProse(longest).get(0).stars());
    String labelled = "star数\t\t数量\t\tn/a\t\t->\t\tcount\t\t了\t\tapproximately\t\t12";
    assertEquals(new Stars(12, true), StarCount.findInProse(labelled).get(0).stars());
    String widest = "It has 5 k  plus  颗  github stars";
    assertEquals(new Stars(5000, true), StarCount.findInProse(widest).get(0).stars());
    String text = "Its count: approximately  1,234 k  plus  颗  github stars today, and 12 345." + "6".repeat(70) + " stars.";
    assertEquals(StarCount.findInProse(text, false), StarCount.findInProse(text));
    assertEquals(2, StarCount.findInProse(text).size());
  }
}
