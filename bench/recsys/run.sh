#!/usr/bin/env bash
# Issue 17's offline evaluation of the recommender: one command per scale.
#
#   bench/recsys/run.sh small          # 110k titles, 20k users, 2M ratings; planted and random, seeds 1 and 2
#   bench/recsys/run.sh large          # 1.1M titles, 200k users, 25M ratings; planted and random, seed 1
#   bench/recsys/run.sh tiny           # 11k titles, 2k users, 200k ratings (a quick look)
#
# Compiles the service's classes (the model is src/main/java/com/frameratr/recommendations/model),
# compiles bench/recsys with bench/gen's Zipf, RatingCounts and Rng into target/recsys-classes and
# runs its Evaluate against target/classes and the two ejml jars, for both structures: `planted` (hidden taste vectors) and `random` (nothing to
# learn beyond popularity). Prints markdown and writes it to bench/results/recsys-<scale>-<time>.md.
#
# Knobs (environment): STRUCTURES ("planted random"), SEEDS (small: "1 2", large: "1", tiny: "1 2"), USERS (users evaluated per
# run; small 5000, large 1000, tiny 2000), METHODS (popularity,tmdb,itemknn,als,truth), HEAP
# (-Xmx of the evaluation JVM; small 4g, large 12g), EXTRA (more Evaluate options, e.g.
# "--als 64:0.1:5:10").
set -euo pipefail
SCALE=${1:-small}
case $SCALE in tiny | small | large) ;; *) echo "usage: bench/recsys/run.sh tiny|small|large" >&2; exit 2 ;; esac

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export JAVA_HOME=${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
case $SCALE in
  tiny) SEEDS=${SEEDS:-1 2} USERS=${USERS:-2000} HEAP=${HEAP:-2g} ;;
  small) SEEDS=${SEEDS:-1 2} USERS=${USERS:-5000} HEAP=${HEAP:-4g} ;;
  large) SEEDS=${SEEDS:-1} USERS=${USERS:-1000} HEAP=${HEAP:-12g} ;;
esac
STRUCTURES=${STRUCTURES:-planted random}
METHODS=${METHODS:-popularity,tmdb,itemknn,als,truth}
EXTRA=${EXTRA:-}

cd "$ROOT"
./mvnw -q -B compile -Dspotless.check.skip=true
M2=${MAVEN_REPO:-$HOME/.m2/repository}
CP=$ROOT/target/classes:$M2/org/ejml/ejml-core/0.46.1/ejml-core-0.46.1.jar:$M2/org/ejml/ejml-ddense/0.46.1/ejml-ddense-0.46.1.jar
for jar in ${CP//:/ }; do
  [[ -e $jar ]] || { echo "missing $jar (run ./mvnw -q dependency:resolve once)" >&2; exit 1; }
done
# the evaluation with bench/gen's own shapes (Zipf popularity, Pareto activity, the seeded random
# source), compiled together rather than copied
CLASSES=$ROOT/target/recsys-classes
rm -rf "$CLASSES"
"$JAVA_HOME/bin/javac" -d "$CLASSES" -cp "$CP" "$HERE"/*.java \
  "$ROOT/bench/gen/Zipf.java" "$ROOT/bench/gen/RatingCounts.java" "$ROOT/bench/gen/Rng.java"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$ROOT/bench/results"
OUT=$ROOT/bench/results/recsys-$SCALE-$STAMP.md
HEAD=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench/recsys || echo +dirty)
{
  echo "# FrameRatr recommender offline evaluation: scale $SCALE, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "- machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "- $("$JAVA" -version 2>&1 | head -1), git $HEAD, -Xmx$HEAP"
  echo "- command: bench/recsys/run.sh $SCALE (STRUCTURES=\"$STRUCTURES\" SEEDS=\"$SEEDS\" USERS=$USERS METHODS=$METHODS${EXTRA:+ EXTRA=\"$EXTRA\"})"
  echo
} | tee "$OUT"

for STRUCTURE in $STRUCTURES; do
  for SEED in $SEEDS; do
    echo "\$ java -Xmx$HEAP -cp target/recsys-classes:target/classes:ejml-core-0.46.1.jar:ejml-ddense-0.46.1.jar Evaluate --scale $SCALE --structure $STRUCTURE --seed $SEED --users $USERS --methods $METHODS $EXTRA" | tee -a "$OUT"
    echo | tee -a "$OUT"
    # shellcheck disable=SC2086
    "$JAVA" -Xmx"$HEAP" -cp "$CLASSES:$CP" Evaluate --scale "$SCALE" --structure "$STRUCTURE" --seed "$SEED" \
      --users "$USERS" --methods "$METHODS" $EXTRA | tee -a "$OUT"
    echo | tee -a "$OUT"
  done
done
echo "wrote $OUT" >&2
