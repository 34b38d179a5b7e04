package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainMapperTest {
  @Test
  void mapsChineseAndEnglishLabels() {
    assertEquals(Set.of("computer-vision"), DomainMapper.fromLabel("计算机视觉"));
    assertEquals(Set.of("computer-vision"), DomainMapper.fromLabel("CV"));
    assertEquals(Set.of("nlp"), DomainMapper.fromLabel("Natural Language Processing"));
    assertEquals(Set.of("reinforcement-learning"), DomainMapper.fromLabel("强化学习"));
    assertEquals(Set.of("big-data"), DomainMapper.fromLabel("大数据"));
    assertEquals(Set.of("programming"), DomainMapper.fromLabel("编程"));
    assertEquals(Set.of("unsupervised-learning"), DomainMapper.fromLabel("无监督学习"));
  }

  @Test
  void mapsCompoundLabelsPartByPart() {
    assertEquals(Set.of("generative-models"), DomainMapper.fromLabel("生成模型 / GANs"));
    assertEquals(Set.of("speech-audio"), DomainMapper.fromLabel("Speech and Audio"));
    assertEquals(Set.of("computer-vision", "generative-models"), DomainMapper.fromLabel("CV / 生成模型"));
    assertEquals(Set.of("ml-framework"), DomainMapper.fromLabel("Machine Learning Frameworks"));
  }

  @Test
  void rejectsLabelsThatAreNotDomains() {
    assertTrue(DomainMapper.fromLabel("Python 自动完成").isEmpty());
    assertTrue(DomainMapper.fromLabel("TensorFlow").isEmpty());
    assertTrue(DomainMapper.fromLabel("Computer Vision is hard and so is everything else").isEmpty());
  }

  @Test
  void infersFromKeywordsButNotFromOneStrayWord() {
    assertTrue(DomainMapper.infer("FaceSwap", "换脸 using face detection on video").contains("computer-vision"));
    assertTrue(DomainMapper.infer("Tool", "a tool").isEmpty());
  }

  @Test
  void vocabularyIsFixed() {
    assertEquals(17, DomainMapper.VOCABULARY.size());
    assertTrue(DomainMapper.VOCABULARY.contains("recommender-systems"));
  }

  @Test
  void mapsBilingualLabelsWhenBothHalvesMap() {
    assertEquals(Set.of("speech-audio"), DomainMapper.fromLabel("语音 Speech"));
    assertEquals(Set.of("computer-vision"), DomainMapper.fromLabel("计算机视觉 (CV)"));
    assertEquals(Set.of("nlp"), DomainMapper.fromLabel("NLP 自然语言处理"));
    assertTrue(DomainMapper.fromLabel("Python 自动完成").isEmpty(), "one half unknown: no tag");
  }

  @Test
  void dropsChineseNumeralMarkersBeforeALabel() {
    assertEquals(Set.of("generative-models"), DomainMapper.fromLabel("一、生成模型"));
    assertEquals(Set.of("computer-vision"), DomainMapper.fromLabel("二、计算机视觉"));
  }
}
