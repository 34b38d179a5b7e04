package dev.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhrasesTest {
  @Test
  void findsTheEarliestOccurrenceOfAnyPhrase() {
    Phrases cues = Phrases.of("published", "originally published", "date");

    assertEquals(0, cues.find("Originally published on 2018-12-03"));
    assertEquals(4, cues.find("Up: published 2018-12-03, date unknown"));
    assertEquals(-1, cues.find("nothing to see"));
  }

  @Test
  void ignoresAsciiCaseButKeepsTheOriginalIndexes() {
    Phrases ranked = Phrases.of("Ranking");

    assertEquals(6, ranked.find("Final RANKING: 2019"));
    assertEquals(6, ranked.find("Ärger ranking"), "a non-ASCII letter before the phrase keeps its index");
  }

  @Test
  void wholeWordPhrasesNeedABoundaryOnBothSides() {
    Phrases ranked = Phrases.of("\\branked\\b");

    assertTrue(ranked.in("Projects ranked by stars"));
    assertTrue(ranked.in("ranked"));
    assertFalse(ranked.in("unranked list"));
    assertFalse(ranked.in("rankedness"));
    assertFalse(ranked.in("ranked_list"));
    assertEquals(12, ranked.find("unranked vs ranked"), "skips a bounded-out hit and finds the next one");
  }

  @Test
  void matchesChineseLiterally() {
    Phrases notRanked = Phrases.of("不分先后", "no particular order");

    assertTrue(notRanked.in("以下项目排名不分先后"));
    assertEquals(5, notRanked.find("以下项目排不分先后"));
    assertFalse(notRanked.in("排名第一"));
  }

  @Test
  void rejectsAnEmptyPhrase() {
    assertThrows(IllegalArgumentException.class, () -> Phrases.of("\\b\\b"));
  }
}
