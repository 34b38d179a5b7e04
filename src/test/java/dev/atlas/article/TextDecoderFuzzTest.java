package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atlas.testing.FuzzBudget;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link TextDecoder} on raw bytes ({@code bench/fuzz.sh TextDecoderFuzzTest}).
 * Any bytes either decode to text holding a letter, or are rejected with one of the decoder's own
 * reasons; nothing else may escape. The regular test run replays the kept inputs.
 */
class TextDecoderFuzzTest {
  private static final Set<RejectReason> DECODER_REASONS =
      EnumSet.of(RejectReason.EMPTY, RejectReason.BINARY, RejectReason.UNDECODABLE, RejectReason.NO_TEXT);

  @FuzzTest
  @Timeout(FuzzBudget.HARD_SECONDS)
  void decode(byte[] bytes) {
    TextDecoder.Decoded decoded;
    try {
      decoded = FuzzBudget.within(() -> TextDecoder.decode(bytes));
    } catch (ArticleReadException e) {
      assertTrue(DECODER_REASONS.contains(e.reason()), "unexpected reason " + e.reason() + ": " + e.getMessage());
      assertFalse(e.getMessage().isBlank(), "a rejection says why");
      return;
    }
    assertFalse(decoded.charset().isBlank(), "the charset is named");
    assertTrue(decoded.text().codePoints().anyMatch(Character::isLetterOrDigit), "decoded text holds a letter");
    try {
      assertEquals(decoded, TextDecoder.decode(bytes), "decoding is deterministic");
    } catch (ArticleReadException e) {
      throw new AssertionError("decoded once, rejected the second time", e);
    }
  }
}
