package dev.atlas.extract;

import java.io.Serializable;
import java.util.Locale;

/**
 * A GitHub repository a link points at, with the subfolder it points into, if any.
 *
 * @param owner the owner as written in the link
 * @param name the repository name as written in the link
 * @param branch the branch or tag of a {@code /tree/...} or {@code /blob/...} link, else empty
 * @param path the folder or file path inside the repository, else empty
 */
public record GithubRepo(String owner, String name, String branch, String path)
    implements Serializable {

  /** Creates a repo; null branch and path become empty. */
  public GithubRepo {
    branch = branch == null ? "" : branch;
    path = path == null ? "" : path;
  }

  /** Returns the canonical {@code owner/name} key, lowercase. */
  public String key() {
    return (owner + "/" + name).toLowerCase(Locale.ROOT);
  }

  /** Returns the key with the subfolder path appended ({@code owner/name/path}), lowercase. */
  public String keyWithPath() {
    return path.isEmpty() ? key() : key() + "/" + path.toLowerCase(Locale.ROOT);
  }

  /** Returns the normalized URL: {@code https://github.com/Owner/Name[/tree/branch/path]}. */
  public String url() {
    String base = "https://github.com/" + owner + "/" + name;
    return path.isEmpty() ? base : base + "/tree/" + branch + "/" + path;
  }
}
