"""Benchmark longcot.verify against math-verify, side by side in one process.

Run: `python bench/verify_bench.py` (from the repo root, with the venv active; set LONGCOT_SHARED_DATA
if the shared data is not at `<repo>/../shared/data`). Prints:

1. accuracy / precision / recall of "graded correct" on the labelled table (tests/verify/verify_cases.py),
   overall and per category, with checks per second for both, and the ratios; then the same for the nine
   batches in outside answer styles (tests/verify/outside_*.py, issue 12), each on its own;
2. the real Sky-T1 long-CoT outputs (AIME 2024 + MATH-500): checks per second, truncated generations
   graded correct, agreement with the dataset's labels on boxed answers;
3. checks per second on AIME-style integer answers;
4. verify_batch scaling, workers 1 vs 2 (on a busy 2-core machine, expect noise: rerun);
5. the sympy tier's precision look: its share of the table's in-process comparisons, and pairs of large numbers.

math-verify is used as open-r1's accuracy reward uses it: the gold wrapped in `\\boxed{}` and parsed
with `extraction_mode="first_match"`, the completion parsed with open-r1's LatexExtractionConfig.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "verify"))

from outside_cases import FOURTH, FRESH, SECOND, THIRD  # noqa: E402
from outside_eighteenth import EIGHTEENTH  # noqa: E402
from outside_eighth import EIGHTH  # noqa: E402
from outside_eleventh import ELEVENTH  # noqa: E402
from outside_fifteenth import FIFTEENTH  # noqa: E402
from outside_fifth import FIFTH  # noqa: E402
from outside_fortieth import FORTIETH  # noqa: E402
from outside_fortyfirst import FORTYFIRST  # noqa: E402
from outside_fourteenth import FOURTEENTH  # noqa: E402
from outside_nineteenth import NINETEENTH  # noqa: E402
from outside_ninth import NINTH  # noqa: E402
from outside_seventeenth import SEVENTEENTH  # noqa: E402
from outside_seventh import SEVENTH  # noqa: E402
from outside_sixteenth import SIXTEENTH  # noqa: E402
from outside_sixth import SIXTH  # noqa: E402
from outside_tenth import TENTH  # noqa: E402
from outside_thirteenth import THIRTEENTH  # noqa: E402
from outside_thirtieth import THIRTIETH  # noqa: E402
from outside_thirtyeighth import THIRTYEIGHTH  # noqa: E402
from outside_thirtyfifth import THIRTYFIFTH  # noqa: E402
from outside_thirtyfirst import THIRTYFIRST  # noqa: E402
from outside_thirtyfourth import THIRTYFOURTH  # noqa: E402
from outside_thirtyninth import THIRTYNINTH  # noqa: E402
from outside_thirtysecond import THIRTYSECOND  # noqa: E402
from outside_thirtyseventh import THIRTYSEVENTH  # noqa: E402
from outside_thirtysixth import THIRTYSIXTH  # noqa: E402
from outside_thirtythird import THIRTYTHIRD  # noqa: E402
from outside_twelfth import TWELFTH  # noqa: E402
from outside_twentieth import TWENTIETH  # noqa: E402
from outside_twentyeighth import TWENTYEIGHTH  # noqa: E402
from outside_twentyfifth import TWENTYFIFTH  # noqa: E402
from outside_twentyfirst import TWENTYFIRST  # noqa: E402
from outside_twentyfourth import TWENTYFOURTH  # noqa: E402
from outside_twentyninth import TWENTYNINTH  # noqa: E402
from outside_twentysecond import TWENTYSECOND  # noqa: E402
from outside_twentyseventh import TWENTYSEVENTH  # noqa: E402
from outside_twentysixth import TWENTYSIXTH  # noqa: E402
from outside_twentythird import TWENTYTHIRD  # noqa: E402
from verify_cases import CASES  # noqa: E402

from longcot.verify import VerifierPool, verify_answer  # noqa: E402
from longcot.verify.extract import find_answer  # noqa: E402


def math_verify_grader() -> Callable[[str, str], bool | None]:
    """math-verify 0.9 configured as open-r1's accuracy reward; None when the gold does not parse."""
    from latex2sympy2_extended import NormalizationConfig
    from math_verify import LatexExtractionConfig, parse, verify

    answer_config = [
        LatexExtractionConfig(
            normalization_config=NormalizationConfig(
                nits=False, malformed_operators=False, basic_latex=True, boxed="all", units=True
            ),
            boxed_match_priority=0,
            try_extract_without_anchor=False,
        )
    ]

    def grade(gold: str, response: str) -> bool | None:
        gold_parsed = parse("\\boxed{" + gold + "}", extraction_mode="first_match")
        if not gold_parsed:
            return None
        answer_parsed = parse(response, extraction_config=answer_config, extraction_mode="first_match")
        return bool(verify(gold_parsed, answer_parsed))

    return grade


def longcot_grader(gold: str, response: str) -> bool | None:
    """longcot.verify; None for an unreadable gold, like math-verify's empty gold parse."""
    verdict = verify_answer(gold, response)
    return None if verdict.status.value == "gold_unparseable" else verdict.correct


def timed(grade: Callable[[str, str], bool | None], pairs: Sequence[tuple[str, str]]) -> tuple[list, float]:
    """Grade every pair in order; return the results and checks per second."""
    start = time.perf_counter()
    results = [grade(gold, response) for gold, response in pairs]
    return results, len(pairs) / (time.perf_counter() - start)


def scores(results: Sequence[bool | None], truth: Sequence[bool]) -> dict[str, float]:
    """Accuracy, precision and recall of 'graded correct' (None counts as not correct)."""
    tp = sum(1 for r, t in zip(results, truth) if r and t)
    fp = sum(1 for r, t in zip(results, truth) if r and not t)
    fn = sum(1 for r, t in zip(results, truth) if not r and t)
    right = sum(1 for r, t in zip(results, truth) if bool(r) == t)
    return {
        "accuracy": right / len(truth),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_pos": fp,
        "false_neg": fn,
    }


def main() -> None:
    """Run every section and print the numbers."""
    math_verify = math_verify_grader()
    # Warm both (imports, first-call caches, longcot's helper process) so rates measure steady state.
    warm = [
        ("1", r"\boxed{1}"),
        (r"5\sqrt{3}", r"\boxed{\sqrt{75}}"),
        ("x=3", r"\boxed{y = 3}"),
        ("5", r"\boxed{\nabla}"),
    ]
    for grade in (math_verify, longcot_grader):
        for gold, response in warm:
            grade(gold, response)

    # 1. labelled table
    pairs = [(c.gold, c.response) for c in CASES]
    truth = [c.expected == "correct" for c in CASES]
    ours, our_rate = timed(longcot_grader, pairs)
    theirs, their_rate = timed(math_verify, pairs)
    exact_status = sum(verify_answer(c.gold, c.response).status.value == c.expected for c in CASES) / len(CASES)
    print(f"== labelled table: {len(CASES)} pairs, {sum(truth)} labelled correct ==")
    print(f"{'':14}{'accuracy':>10}{'precision':>11}{'recall':>9}{'false+':>8}{'false-':>8}{'checks/s':>11}")
    for name, results, rate in (("longcot", ours, our_rate), ("math-verify", theirs, their_rate)):
        s = scores(results, truth)
        print(
            f"{name:14}{s['accuracy']:>10.2%}{s['precision']:>11.2%}{s['recall']:>9.2%}"
            f"{s['false_pos']:>8}{s['false_neg']:>8}{rate:>11,.0f}"
        )
    print(f"ratio (longcot / math-verify) checks/s: {our_rate / their_rate:.1f}x")
    print(f"longcot exact verdict (all six statuses) matches the label: {exact_status:.2%}")
    print("\nper category accuracy:")
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, case in enumerate(CASES):
        by_category[case.category].append(i)
    print(f"{'category':18}{'pairs':>6}{'longcot':>10}{'math-verify':>13}")
    for category, rows in by_category.items():
        a = sum(bool(ours[i]) == truth[i] for i in rows) / len(rows)
        b = sum(bool(theirs[i]) == truth[i] for i in rows) / len(rows)
        print(f"{category:18}{len(rows):>6}{a:>10.1%}{b:>13.1%}")

    print("\n== outside answer styles (issue 12): labelled before first run; first contact in the README ==")
    print(f"{'':24}{'accuracy':>10}{'precision':>11}{'recall':>9}{'false+':>8}{'false-':>8}{'checks/s':>11}")
    batches = (
        *(("FRESH", FRESH), ("SECOND", SECOND), ("THIRD", THIRD), ("FOURTH", FOURTH), ("FIFTH", FIFTH)),
        *(
            ("SIXTH", SIXTH),
            ("SEVENTH", SEVENTH),
            ("EIGHTH", EIGHTH),
            ("NINTH", NINTH),
            ("TENTH", TENTH),
            ("ELEVENTH", ELEVENTH),
            ("TWELFTH", TWELFTH),
            ("THIRTEENTH", THIRTEENTH),
            ("FOURTEENTH", FOURTEENTH),
            ("FIFTEENTH", FIFTEENTH),
            ("SIXTEENTH", SIXTEENTH),
            ("SEVENTEENTH", SEVENTEENTH),
            ("EIGHTEENTH", EIGHTEENTH),
            ("NINETEENTH", NINETEENTH),
            ("TWENTIETH", TWENTIETH),
            ("TWENTYFIRST", TWENTYFIRST),
            ("TWENTYSECOND", TWENTYSECOND),
            ("TWENTYTHIRD", TWENTYTHIRD),
            ("TWENTYFOURTH", TWENTYFOURTH),
            ("TWENTYFIFTH", TWENTYFIFTH),
            ("TWENTYSIXTH", TWENTYSIXTH),
            ("TWENTYSEVENTH", TWENTYSEVENTH),
            ("TWENTYEIGHTH", TWENTYEIGHTH),
            ("TWENTYNINTH", TWENTYNINTH),
            ("THIRTIETH", THIRTIETH),
            ("THIRTYFIRST", THIRTYFIRST),
            ("THIRTYSECOND", THIRTYSECOND),
            ("THIRTYTHIRD", THIRTYTHIRD),
            ("THIRTYFOURTH", THIRTYFOURTH),
            ("THIRTYFIFTH", THIRTYFIFTH),
            ("THIRTYSIXTH", THIRTYSIXTH),
            ("THIRTYSEVENTH", THIRTYSEVENTH),
            ("THIRTYEIGHTH", THIRTYEIGHTH),
            ("THIRTYNINTH", THIRTYNINTH),
            ("FORTIETH", FORTIETH),
            ("FORTYFIRST", FORTYFIRST),
        ),
    )
    for batch_name, batch in batches:
        batch_pairs = [(gold, response) for _, gold, response, _ in batch]
        batch_truth = [expected == "correct" for *_, expected in batch]
        for name, grade in (("longcot", longcot_grader), ("math-verify", math_verify)):
            results, rate = timed(grade, batch_pairs)
            s = scores(results, batch_truth)
            print(
                f"{batch_name + ' ' + name:24}{s['accuracy']:>10.2%}{s['precision']:>11.2%}{s['recall']:>9.2%}"
                f"{s['false_pos']:>8}{s['false_neg']:>8}{rate:>11,.0f}"
            )

    # 2. real long-CoT outputs
    shared = Path(os.environ.get("LONGCOT_SHARED_DATA") or REPO.parent / "shared" / "data")
    rows = [
        json.loads(line)
        for name in ("cot_skyt1_aime24.jsonl", "cot_skyt1_math500.jsonl")
        for line in (shared / name).read_text().splitlines()
        if line
    ]
    real_pairs = [(r["answer"], r["generation"]) for r in rows]
    ours_real, our_real_rate = timed(longcot_grader, real_pairs)
    theirs_real, their_real_rate = timed(math_verify, real_pairs)
    cut = [i for i, r in enumerate(rows) if _cut_off(r["generation"])]
    reliable = [
        i
        for i, r in enumerate(rows)
        if r["answer"].strip()
        and "pmatrix" not in r["answer"]
        and (found := find_answer(r["generation"])).source == "boxed"
        and not found.truncated
    ]
    print(f"\n== real long-CoT outputs: {len(rows)} Sky-T1 generations (AIME24 + MATH-500) ==")
    print(f"{'':14}{'checks/s':>10}{'graded correct':>16}{'cut-off graded correct':>24}{'agree (boxed rows)':>20}")
    for name, results, rate in (("longcot", ours_real, our_real_rate), ("math-verify", theirs_real, their_real_rate)):
        agree = sum(bool(results[i]) == rows[i]["correct"] for i in reliable)
        print(
            f"{name:14}{rate:>10,.0f}{sum(bool(r) for r in results):>16}"
            f"{sum(bool(results[i]) for i in cut):>13} of {len(cut):<8}{agree:>11} of {len(reliable)}"
        )
    print(f"ratio (longcot / math-verify) checks/s: {our_real_rate / their_real_rate:.1f}x")
    mixed_rate_ours = (len(pairs) + len(real_pairs)) / (len(pairs) / our_rate + len(real_pairs) / our_real_rate)
    mixed_rate_theirs = (len(pairs) + len(real_pairs)) / (len(pairs) / their_rate + len(real_pairs) / their_real_rate)
    print(
        f"mixed set (table + real): longcot {mixed_rate_ours:,.0f}/s, math-verify {mixed_rate_theirs:,.0f}/s, "
        f"ratio {mixed_rate_ours / mixed_rate_theirs:.1f}x"
    )

    # 3. AIME-style integers
    import random

    rng = random.Random(0)
    short = []
    for _ in range(20_000):
        gold, pred = rng.randint(0, 999), rng.choice([rng.randint(0, 999), None])
        pred = gold if pred is None else pred
        short.append((str(gold), f"Adding the cases gives {pred}.\n\nThus the answer is $\\boxed{{{pred:03d}}}$."))
    _, aime_ours = timed(longcot_grader, short)
    _, aime_theirs = timed(math_verify, short[:1000])
    aime_real = [(r["answer"], r["generation"]) for r in rows[:30]] * 20
    _, aime_real_ours = timed(longcot_grader, aime_real)
    print("\n== AIME-style integer answers ==")
    ratio = aime_ours / aime_theirs
    print(f"short responses: longcot {aime_ours:,.0f}/s, math-verify {aime_theirs:,.0f}/s, ratio {ratio:.0f}x")
    print(f"real AIME 2024 generations (median 26k chars): longcot {aime_real_ours:,.0f}/s")

    # 4. verify_batch scaling
    print(f"\n== verify_batch scaling (workers started and warmed first), CPUs here: {os.cpu_count()} ==")
    # Distinct symbolic rows (sympy in the workers, no cache hits) and the real rows (cheap comparisons:
    # extraction runs in the parent, so these measure the parent and the pipes more than the workers).
    symbolic = [(f"(x+{k})^2", f"So the answer is \\boxed{{x^2 + {2 * k}x + {k * k}}}.") for k in range(1, 601)]
    for name, batch in (("symbolic", symbolic), ("real x4", real_pairs * 4)):
        golds, responses = [g for g, _ in batch], [r for _, r in batch]
        for workers in (1, 2):
            with VerifierPool(workers) as pool:
                pool.verify([g for g, _ in pairs], [r for _, r in pairs])  # start and warm every worker
                start = time.perf_counter()
                pool.verify(golds, responses)
                elapsed = time.perf_counter() - start
            rate = len(batch) / elapsed
            print(f"{name:9} ({len(batch)} rows) workers={workers}: {rate:,.0f} checks/s ({elapsed:.2f}s)")

    # 5. the sympy tier's precision look (compare._maxn): what it costs ordinary pairs, and pairs of large numbers
    precision_costs()


_LARGE_PAIRS = (
    ("10^{100}", "\\sqrt{10^{200}+1}"),  # unequal: a relative 5e-201
    ("x^{2024}+x^{2023}", "x^{2023}(x+1)"),  # equal: terms of 2,000+ digits at every point, 1 digit apart
    ("\\ln(2006!)", "\\ln 2006 + \\ln(2005!)"),  # equal: 5,700-digit integers, evaluated at the 10,000 cap
    ("\\binom{2n}{n}", "\\frac{(2n)!}{(n!)^2}"),  # equal: products of large factorials stake nothing
)


def precision_costs() -> None:
    """Time spent deciding how far evalf may look (`_maxn`) over the table's sympy-tier comparisons, in-process."""
    from longcot.verify import compare
    from longcot.verify.core import extract_stage
    from longcot.verify.verdict import Verdict

    print("\n== the sympy tier's precision look (in-process) ==")
    spent, calls = [0.0], [0]
    original = getattr(compare, "_maxn", None)  # None: a library from before the look (`git checkout 414dd74`)

    def timed_maxn(expr: object, point: object) -> int:
        start = time.perf_counter()
        try:
            return original(expr, point)  # type: ignore[misc]
        finally:
            spent[0] += time.perf_counter() - start
            calls[0] += 1

    if original is not None:
        compare._maxn = timed_maxn  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        for case in CASES:
            stage = extract_stage(case.gold, case.response)
            if not isinstance(stage, Verdict):
                compare.compare_answers(case.gold, stage[0], use_sympy=True)
        total = time.perf_counter() - start
    finally:
        if original is not None:
            compare._maxn = original
    print(
        f"labelled table: {calls[0]} differences without digits at 100 working digits, looked at in "
        f"{spent[0] * 1000:.0f} ms of {total:.2f} s comparing ({spent[0] / max(total, 1e-9):.1%})"
    )
    for gold, pred in _LARGE_PAIRS:
        start = time.perf_counter()
        equal, _ = compare.compare_answers(gold, pred, use_sympy=True)
        print(f"{gold} vs {pred}: {'equal' if equal else 'not equal'} in {time.perf_counter() - start:.3f} s")


def _cut_off(generation: str) -> bool:
    if "<|begin_of_thought|>" in generation and "<|end_of_thought|>" not in generation:
        return True
    solution = generation.partition("<|begin_of_solution|>")[2]
    return bool(solution) and "<|end_of_solution|>" not in generation and "boxed" not in solution


if __name__ == "__main__":
    main()
