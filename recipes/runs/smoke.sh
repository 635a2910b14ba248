#!/usr/bin/env bash
# Every stage of longcot end to end on CPU, offline, no API key, in a few minutes:
#
#   fake teacher (tests/fakes/llm_server.py, a local OpenAI-compatible server over real HTTP)
#   -> longcot sample -> longcot verify -> curation (longcot run: student_length, quality, difficulty,
#   minhash dedup) -> longcot contamination-check (AIME 1983-2025, MATH-500, AMC 2023) -> longcot release
#   build -> recipes/sft.py (tiny random Qwen2, the real Qwen2.5 tokenizer) -> recipes/eval.py
#   (transformers backend, a handful of AIME 2024 problems) and student pass rates for `difficulty`.
#
#   bash recipes/runs/smoke.sh                      # work folder: a new temp dir (printed)
#   SMOKE_DIR=runs/smoke bash recipes/runs/smoke.sh # keep the outputs there
#
# Needs the shared data folder (LONGCOT_SHARED_DATA, default ../shared/data: benchmarks, the Qwen2.5
# tokenizer files, MATH train problems) and the `train` extra. Exits non-zero, naming the stage, when
# any stage fails. tests/recipes/test_smoke.py runs it in CI.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARED="${LONGCOT_SHARED_DATA:-$REPO/../shared/data}"
WORK="${SMOKE_DIR:-$(mktemp -d -t longcot-smoke-XXXXXX)}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
PYTHON="${PYTHON:-python}"

# Offline and keyless: nothing here may reach the network or a real account.
export PYTHONPATH="$REPO/toolkit${PYTHONPATH:+:$PYTHONPATH}"
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1
export HF_HOME="$WORK/hf-home" LONGCOT_BENCHMARKS_DIR="$SHARED" TOKENIZERS_PARALLELISM=false
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"   # 2 threads on 2 busy cores ran the tiny model many times slower
unset OPENAI_API_KEY ANTHROPIC_API_KEY HF_TOKEN HUGGING_FACE_HUB_TOKEN
export LONGCOT_SMOKE_KEY="sk-smoke-local-fake-server"   # the fake server wants a key; it stores none

longcot() { "$PYTHON" -c 'import sys; from longcot.cli import main; sys.argv[0] = "longcot"; main()' "$@"; }

SERVER_PID=""
cleanup() { if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

CURRENT=""
trap 'echo "smoke: stage \"$CURRENT\" FAILED (outputs in $WORK)" >&2' ERR
SECONDS_TOTAL=$SECONDS
stage() {
    CURRENT="$1"
    echo "== smoke: $1" >&2
}

cd "$WORK"
echo "smoke: repo $REPO, shared data $SHARED, work folder $WORK" >&2

stage "problems (12 MATH train algebra problems; none from an eval benchmark)"
[[ -f "$SHARED/math_train_deepscaler.jsonl" ]] || { echo "smoke: no $SHARED/math_train_deepscaler.jsonl (set LONGCOT_SHARED_DATA)" >&2; false; }
"$PYTHON" - "$SHARED/math_train_deepscaler.jsonl" problems.jsonl <<'PY'
import json, sys
rows = []
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        r = json.loads(line)
        if r.get("type") == "Algebra" and r.get("difficulty") in (1, 2) and len(r["problem"]) < 200 and "[asy]" not in r["problem"]:
            rows.append({"problem_id": r["id"], "problem": r["problem"], "gold_answer": r["answer"],
                         "subject": r["type"], "level": str(int(r["difficulty"]))})
        if len(rows) == 12:
            break
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r) + "\n")
print(f"{len(rows)} problems", file=sys.stderr)
PY

stage "fake teacher server"
"$PYTHON" "$REPO/tests/fakes/llm_server.py" --port 0 --answers problems.jsonl --reasoning-words 40 \
    --correct-prob 0.75 --seed 0 > server.url 2> server.log &
SERVER_PID=$!
for _ in $(seq 100); do [[ -s server.url ]] && break; sleep 0.2; done
URL="$(head -1 server.url)"
[[ "$URL" == http://* ]] || { echo "smoke: the fake server did not start (server.log)" >&2; false; }

stage "longcot sample --estimate, then longcot sample (2 samples per problem)"
TEACHER="openai-compatible:fake-r1@$URL/v1,api_key_env=LONGCOT_SMOKE_KEY,temperature=0.6,max_tokens=1024"
longcot sample problems.jsonl -t "$TEACHER" -n 2 -o samples.parquet --cache cache.sqlite --estimate
longcot sample problems.jsonl -t "$TEACHER" -n 2 -o samples.parquet --cache cache.sqlite

stage "longcot verify"
longcot verify samples.parquet -o verified.parquet --workers 0

stage "student tokenizer (Qwen2.5, offline)"
"$PYTHON" -c 'import sys; from longcot.training.tokenizer import build_qwen2_tokenizer; build_qwen2_tokenizer(sys.argv[1], "tokenizer")' \
    "$SHARED/tokenizers/qwen2.5"

stage "curation (longcot run: student_length, quality, difficulty, correct only, minhash dedup)"
cat > curate.yaml <<'YAML'
name: smoke-curate
description: The smoke run's curation of fake-teacher samples.
input:
  path: verified.parquet
steps:
  - {type: student_length, tokenizer: tokenizer, max: 4096}
  - type: quality
    drop: [truncated, unfinished, no_final_answer, malformed_think, refusal]
  - {type: difficulty, drop_unsolved: true}
  - {type: where, keep: "verdict = 'correct'", reason: not_correct}
  - {type: dedup, method: minhash}
output:
  path: curated
executor:
  type: local
  tasks: 1
  workers: 1
YAML
longcot run curate.yaml --fresh

stage "longcot contamination-check (exit 1 on any match)"
longcot contamination-check curated/data -b aime1983-2025 -b math500 -b amc2023 --report contamination.jsonl

stage "longcot release build"
longcot release build curated --name smoke --version 0.1.0 --out release --force

stage "recipes/sft.py (tiny random Qwen2 on the release manifest)"
"$PYTHON" "$REPO/recipes/sft.py" --config "$REPO/recipes/tiny/sft.yaml" --dataset releases/smoke/v0.1.0.yaml \
    --output_dir sft --tokenizer_name_or_path tokenizer --model_config "$REPO/recipes/tiny/config.json" \
    --chat_template_path "$REPO/recipes/templates/qwen2.5-train.jinja" --max_steps "${SMOKE_SFT_STEPS:-6}" \
    --save_steps "${SMOKE_SFT_STEPS:-6}"
"$PYTHON" - <<'PY'
import json
m = json.load(open("sft/run_manifest.json"))
assert m["status"] == "done" and m["release"]["name"] == "smoke" and m["release"]["version"] == "v0.1.0", m["release"]
assert all(f["verified"] for f in m["release"]["files"]), "release files not verified against the manifest"
print(f"sft: loss {m['first_logged_loss']:.2f} -> {m['last_logged_loss']:.2f}, data sha256 {m['release']['data_sha256'][:12]}")
PY

stage "recipes/eval.py (transformers backend, 3 AIME 2024 problems, short budget: not the pinned protocol)"
"$PYTHON" "$REPO/recipes/eval.py" --protocol "$REPO/recipes/eval/aime2024.yaml" --model sft --backend transformers \
    --limit 3 --set n=2 --set max_new_tokens=16 --set dtype=float32 --set max_truncation_rate=1.0 \
    --workers 0 --output-dir eval

stage "student pass rates on the curated problems, read back as the difficulty step reads them"
"$PYTHON" "$REPO/recipes/eval.py" --protocol "$REPO/recipes/eval/student-pass-rate.yaml" --problems problems.jsonl \
    --model sft --backend transformers --limit 4 --set n=2 --set max_new_tokens=16 --set dtype=float32 \
    --set max_truncation_rate=1.0 --workers 0 --output-dir eval-pool --student-pass-rate pass_rates.parquet
"$PYTHON" -c 'from longcot.curation.difficulty import read_pass_rates; print(read_pass_rates("pass_rates.parquet"))'

echo "smoke: every stage passed in $((SECONDS - SECONDS_TOTAL))s; outputs in $WORK" >&2
