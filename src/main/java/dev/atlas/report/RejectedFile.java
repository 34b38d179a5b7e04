package dev.atlas.report;

/**
 * One row of a dataset's {@code rejected.csv}.
 *
 * @param file the file as matched
 * @param reason the reason label ({@code binary}, {@code empty}, …)
 * @param detail what went wrong, for a person
 */
public record RejectedFile(String file, String reason, String detail) {}
