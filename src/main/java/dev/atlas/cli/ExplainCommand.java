package dev.atlas.cli;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReadException;
import dev.atlas.article.ArticleReader;
import dev.atlas.extract.Explanation;
import dev.atlas.extract.Segmentation;
import dev.atlas.pipeline.AtlasOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas explain}: shows why each entry of one article was found, or missed. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Reads one article (md, txt or html) and prints its blocks with their shapes and evidence, every"
          + " candidate list with its verdict (accepted, rejected and why, or dropped as a repeat), and the"
          + " entries found with what each rests on."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:explained", "2:the file cannot be read as an article (the reason is printed)"})
public final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The article file.")
  Path file;

  @Override
  public Integer call() {
    Article article;
    try {
      article = ArticleReader.read(file, AtlasOptions.DEFAULT_MAX_FILE_BYTES);
    } catch (ArticleReadException e) {
      System.err.println("atlas explain: " + file + ": " + e.reason().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
      return 2;
    }
    Explanation.write(Segmentation.of(article), new PrintWriter(System.out, false, StandardCharsets.UTF_8));
    return 0;
  }
}
