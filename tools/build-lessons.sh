#!/usr/bin/env bash
# Rebuilds the bundled lessons in assets/lessons/ from the bundled data: every setting and seed is written out
# here, training runs on one thread so that the same machine gives the same file, and each file's size and final
# figures are printed. The per-epoch JSON lines go to target/lessons/NAME.log.
#   ./mvnw -q package -DskipTests && tools/build-lessons.sh          all lessons
#   tools/build-lessons.sh 03 07                                      only the files whose names start so
# Lessons 3 and 4 are several files sharing one set of notes: a collapsed and a healthy model (3), and the same
# model at β = 0.1, 1 and 4 (4), so that a teacher can switch between them at once instead of waiting for training.
# The image lessons are shown, not trained further, so they leave Adam's state out (--lesson-optimizer no), which
# keeps them to 40 % of the size (460 KB instead of 1.15 MB each; 3.4 MB in all); the small 2-D lessons keep it,
# so that Train continues them exactly. The whole run takes about 1.5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/vae-explorer.jar
out=assets/lessons
notes=$out/notes
logs=target/lessons
if [ ! -f "$jar" ]; then
  echo "error: $jar is missing; build it first with ./mvnw -q package -DskipTests" >&2
  exit 2
fi
mkdir -p "$logs"
wanted=("$@")

# lesson FILE NOTES "NAME" TRAIN-OPTION...: trains assets/lessons/FILE.vaelesson with the notes NOTES.{en,zh-CN}.md.
lesson() {
  local file=$1 stem=$2 name=$3
  shift 3
  if [ ${#wanted[@]} -gt 0 ]; then
    local w chosen=no
    for w in "${wanted[@]}"; do
      [[ $file == "$w"* ]] && chosen=yes
    done
    [ $chosen = yes ] || return 0
  fi
  local target=$out/$file.vaelesson log=$logs/$file.log start=$SECONDS
  java -jar "$jar" train "$@" --threads 1 --lesson "$target" --lesson-name "$name" \
    --notes-en "$notes/$stem.en.md" --notes-zh "$notes/$stem.zh-CN.md" > "$log"
  local last held_out
  last=$(tail -n 1 "$log")
  held_out=$(sed -n 's/.*"test_neg_elbo":\([^,]*\).*/\1/p' <<< "$last")
  printf '%-44s %8s KB  %4d s  held-out -ELBO %s\n' "$file.vaelesson" \
    "$(( ($(wc -c < "$target") + 1023) / 1024 ))" $((SECONDS - start)) "$held_out"
}

lesson 01-two-gaussians 01-two-gaussians "The article's two Gaussians, done right" \
  --data two-gaussians --points 2000 --data-seed 42 \
  --hidden 20,10 --latent 1 --activation relu --likelihood gaussian-diagonal \
  --epochs 300 --batch 100 --lr 0.003 --seed 1

lesson 02-mnist-map 02-mnist-map "MNIST: a map of the digits" \
  --data mnist-10k --hidden 64 --latent 2 --likelihood bernoulli --lesson-optimizer no \
  --epochs 30 --batch 100 --lr 0.001 --seed 1

lesson 03a-collapse-strong-beta 03-posterior-collapse "Posterior collapse: β = 50" \
  --data mnist-10k --hidden 64 --latent 8 --likelihood bernoulli --beta 50 --lesson-optimizer no \
  --epochs 20 --batch 100 --lr 0.001 --seed 1

lesson 03b-collapse-avoided 03-posterior-collapse "Posterior collapse avoided: β = 1 with warm-up" \
  --data mnist-10k --hidden 64 --latent 8 --likelihood bernoulli --beta 1 --warmup 10 --lesson-optimizer no \
  --epochs 20 --batch 100 --lr 0.001 --seed 1

for beta in 0.1 1 4; do
  lesson "04-beta-$beta" 04-beta-trade-off "The β trade-off: β = $beta" \
    --data mnist-10k --hidden 64 --latent 2 --likelihood bernoulli --beta "$beta" --lesson-optimizer no \
    --epochs 20 --batch 100 --lr 0.001 --seed 1
done

# Lesson 5's data: 2000 rows of a known pPCA model, written again here so that the file is never out of step.
java tools/PpcaData.java "$out/data/ppca-5d.csv"
lesson 05-linear-vae-is-ppca 05-linear-vae-is-ppca "A linear VAE is probabilistic PCA" \
  --data "$out/data/ppca-5d.csv" --hidden "" --latent 2 --likelihood gaussian-isotropic \
  --epochs 200 --batch 100 --lr 0.003 --seed 1

lesson 06-fashion-interpolation 06-fashion-interpolation "Fashion-MNIST: from a shoe to a shirt" \
  --data fashion-mnist --hidden 64 --latent 2 --likelihood bernoulli --lesson-optimizer no \
  --epochs 30 --batch 100 --lr 0.001 --seed 1

lesson 07-warped-sheet 07-warped-sheet "A warped sheet: the decoder bends the plane" \
  --data moons --points 2000 --data-seed 7 \
  --hidden 64,64 --latent 2 --activation tanh --likelihood gaussian-diagonal \
  --epochs 300 --batch 100 --lr 0.003 --seed 1

du -ch "$out"/*.vaelesson | tail -n 1 | sed 's/total/in all/'
