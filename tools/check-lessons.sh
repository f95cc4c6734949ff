#!/usr/bin/env bash
# Loads every bundled lesson with `lesson check`, which recomputes the held-out −ELBO from the stored weights and
# data, prints its JSON line, and fails when a lesson does not load or its recomputed −ELBO differs from the stored
# one by more than 0.001 nats. Build first: ./mvnw -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/vae-explorer.jar
if [ ! -f "$jar" ]; then
  echo "error: $jar is missing; build it first with ./mvnw -q package -DskipTests" >&2
  exit 2
fi
shopt -s nullglob
lessons=(assets/lessons/*.vaelesson)
if [ ${#lessons[@]} -eq 0 ]; then
  echo "error: no lessons in assets/lessons; build them with tools/build-lessons.sh" >&2
  exit 2
fi
failed=0
for file in "${lessons[@]}"; do
  if ! line=$(java -jar "$jar" lesson check "$file"); then
    echo "FAILED $file" >&2
    failed=$((failed + 1))
    continue
  fi
  echo "$line"
  stored=$(sed -n 's/.*"stored_neg_elbo":\([^,}]*\).*/\1/p' <<< "$line")
  recomputed=$(sed -n 's/.*"neg_elbo":\([^,}]*\).*/\1/p' <<< "$line")
  if ! awk -v a="$stored" -v b="$recomputed" 'BEGIN { d = a - b; exit !(a != "" && b != "" && d <= 1e-3 && d >= -1e-3) }'; then
    echo "FAILED $file: stored −ELBO $stored, recomputed $recomputed" >&2
    failed=$((failed + 1))
  fi
done
echo "${#lessons[@]} lessons checked, $failed failed" >&2
[ $failed -eq 0 ]
