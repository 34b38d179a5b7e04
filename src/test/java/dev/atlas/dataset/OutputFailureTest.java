package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures are told as output failures, and in what words. */
class OutputFailureTest {
  private static final Path OUT = Path.of("/data/out");

  @Test
  void spaceCausesSayWhatWasFree() {
    assertEquals("no space left on device writing /data/out (needed more than the 3.1 MB free); the previous dataset"
        + " is untouched", told(new UncheckedIOException(new IOException("No space left on device")), 3_250_000, true));
    assertEquals("disk quota exceeded writing /data/out; nothing was written there",
        told(new IOException("Disk quota exceeded"), -1, false));
  }

  @Test
  void otherDiskCausesAreNamed() {
    assertEquals("read-only file system writing /data/out; the previous dataset is untouched",
        told(new IOException("Read-only file system"), 10, true));
    assertEquals("permission denied writing /data/out; the previous dataset is untouched",
        told(new AccessDeniedException("/data/.out.lock"), 10, true));
    assertEquals("a file grew past the size limit of the file system or the process writing /data/out; the previous"
        + " dataset is untouched", told(new IOException("File too large"), 10, true));
  }

  @Test
  void aFileSystemErrorOnTheRunsOwnFilesIsToldWithItsPath() {
    assertEquals("too many links (/data/.out.staging-1-2/.parts/mentions) writing /data/out; the previous dataset is"
        + " untouched", told(new FileSystemException("/data/.out.staging-1-2/.parts/mentions", null, "Too many links"), 10, true));
    assertEquals("directory not empty (/data/out/x) writing /data/out; the previous dataset is untouched",
        told(new java.nio.file.DirectoryNotEmptyException("/data/out/x"), 10, true));
  }

  @Test
  void failuresNotAboutTheOutputKeepTheirOwnMessage() {
    assertEquals(Optional.empty(), OutputFailure.of(new IOException("Connection refused"), OUT, 10, true));
    assertEquals(Optional.empty(), OutputFailure.of(new FileSystemException("/data/other/x", null, "Too many links"), OUT, 10, true));
    assertEquals(Optional.empty(), OutputFailure.of(new IllegalStateException("a bug"), OUT, 10, true));
  }

  @Test
  void sizesReadInTheirUnit() {
    assertEquals("512 bytes", OutputFailure.size(512));
    assertEquals("40 KB", OutputFailure.size(40 * 1024));
    assertEquals("5.5 MB", OutputFailure.size(5_767_168));
    assertEquals("3.0 GB", OutputFailure.size(3L << 30));
  }

  private static String told(Throwable t, long free, boolean previous) {
    return OutputFailure.of(t, OUT, free, previous).orElseThrow().getMessage();
  }
}
