package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkNormalizerTest {
  private static GithubRepo repo(String href) {
    return LinkNormalizer.github(href).orElseThrow(() -> new AssertionError("no repo in " + href));
  }

  @Test
  void decodesZhihuRedirect() {
    GithubRepo r = repo("https://link.zhihu.com/?target=https%3A//github.com/posenhuang/NPMT");
    assertEquals("posenhuang/npmt", r.key());
    assertEquals("https://github.com/posenhuang/NPMT", r.url());
  }

  @Test
  void decodesGoogleRedirectAndNestedEncoding() {
    assertEquals("openai/baselines", repo("https://www.google.com/url?q=https://github.com/openai/baselines&sa=D").key());
    assertEquals("a/b", repo("https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Fa%2Fb%23readme").key());
  }

  @Test
  void stripsGitSuffixFragmentAndQuery() {
    assertEquals("https://github.com/PaddlePaddle/PaddleOCR", repo("https://github.com/PaddlePaddle/PaddleOCR.git").url());
    assertEquals("https://github.com/DLR-RM/stable-baselines3", repo("https://github.com/DLR-RM/stable-baselines3#readme").url());
    assertEquals("https://github.com/a/b", repo("https://github.com/a/b?tab=readme-ov-file").url());
    assertEquals("https://github.com/a/b", repo("github.com/a/b/").url());
  }

  @Test
  void keepsSubfolderApartFromRepo() {
    GithubRepo r = repo("https://github.com/deepmind/lab/tree/master/game_scripts/levels/contributed/psychlab");
    assertEquals("deepmind/lab", r.key());
    assertEquals("game_scripts/levels/contributed/psychlab", r.path());
    assertEquals("deepmind/lab/game_scripts/levels/contributed/psychlab", r.keyWithPath());
    assertEquals("https://github.com/deepmind/lab/tree/master/game_scripts/levels/contributed/psychlab", r.url());
  }

  @Test
  void ignoresSiteLinksAndOtherHosts() {
    assertTrue(LinkNormalizer.github("https://github.com/topics/machine-learning").isEmpty());
    assertTrue(LinkNormalizer.github("https://github.com/openai").isEmpty());
    assertTrue(LinkNormalizer.github("https://gitlab.com/a/b").isEmpty());
    assertTrue(LinkNormalizer.github("https://medium.com/x/y").isEmpty());
  }

  @Test
  void recognizesDiscussionAndPaperHosts() {
    assertTrue(LinkNormalizer.isNonProjectHost("https://www.reddit.com/r/MachineLearning/comments/x"));
    assertTrue(LinkNormalizer.isNonProjectHost("https://arxiv.org/abs/1712.06567"));
    assertFalse(LinkNormalizer.isNonProjectHost("https://github.com/a/b"));
  }

  @Test
  void removesTrackingParameters() {
    assertEquals("https://medium.com/p/7-innovative",
        LinkNormalizer.withoutTracking("https://medium.com/p/7-innovative?source=collection_archive---------2-----"));
    assertEquals("https://x.dev/a?id=3", LinkNormalizer.withoutTracking("https://x.dev/a?utm_source=tw&id=3&utm_medium=s"));
  }

  @Test
  void followsAClickTrackingParameterOnlyToGithub() {
    assertEquals("microsoft/graphrag",
        LinkNormalizer.github("https://news.example/out?url=https%3A%2F%2Fgithub.com%2Fmicrosoft%2Fgraphrag&src=w37").orElseThrow().key());
    assertFalse(LinkNormalizer.github("https://news.example/out?url=https%3A%2F%2Fexample.org%2Fa%2Fb").isPresent());
    assertFalse(LinkNormalizer.github("https://news.example/page?id=https%3A%2F%2Fgithub.com%2Fa%2Fb").isPresent());
  }
}
