#!/usr/bin/env bash
# Coverage-guided fuzzing of one fuzz test with Jazzer (jazzer-junit, a test dependency) for a set
# time, at low CPU priority. The inputs it finds that cover new code go to .cifuzz-corpus/ (not
# kept); an input that crashes, fails an assertion or spends its time budget is written to the
# test's inputs folder under src/test/resources/<package>/<Test>Inputs/<method>/, where every
# regular `mvn -B test` replays it. libFuzzer's closing statistics (executions, coverage, corpus)
# are printed at the end and kept in target/fuzz/<Test>.log.
#
# usage: bench/fuzz.sh TEST [SECONDS]        default 600
#   TEST: TextDecoderFuzzTest, MarkdownArticleParserFuzzTest, HtmlArticleParserFuzzTest,
#         EntryFinderFuzzTest
set -euo pipefail
cd "$(dirname "$0")/.."
TEST=${1:?usage: bench/fuzz.sh TEST [SECONDS]}
SECONDS_TO_RUN=${2:-600}
mkdir -p target/fuzz
LOG=target/fuzz/$TEST.log
# JUnit's own @Timeout would cut the whole fuzzing run, which JUnit sees as one invocation; Jazzer
# hands the @Timeout to libFuzzer as the per-input timeout instead. The arguments after the first
# (a program name libFuzzer expects) are libFuzzer flags and override the annotation's duration.
JAZZER_FUZZ=1 nice -n 10 mvn -B -q test -Dtest="$TEST" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djunit.jupiter.execution.timeout.mode=disabled -Datlas.fuzz.budget.millis=10000 -Djazzer.hooks=true -Djazzer.instrument="dev.atlas.**,org.jsoup.**" \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1=-max_total_time="$SECONDS_TO_RUN" \
  -Djazzer.internal.arg.2=-print_final_stats=1 \
  > "$LOG" 2>&1 && status=0 || status=$?
grep -aE '^#[0-9]+[[:space:]]+(DONE|INITED)|stat::|^==[0-9]+== |Test .*Inputs|crash-|timeout-|FAIL|Tests run' "$LOG" | tail -n 30
echo "fuzz $TEST: ${SECONDS_TO_RUN} s, exit $status; log $LOG"
exit $status
