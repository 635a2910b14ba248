"""Responses are data: Python inside them is never evaluated, in this process or in a worker."""

from __future__ import annotations

from pathlib import Path

from longcot.verify import verify_answer, verify_batch


def _payloads(marker: Path) -> list[str]:
    cmd = f"__import__('os').system('touch {marker}')"
    return [
        rf"\boxed{{{cmd}}}",
        f"The answer is {cmd}",
        rf"\boxed{{x = {cmd}}}",
        rf"$\boxed{{\sqrt{{{cmd}}}}}$",
        rf"\boxed{{\frac{{{cmd}}}{{2}}}}",
        rf"\boxed{{({cmd}, 1)}}",
        f'Answer: eval("{cmd}")',
        rf"\boxed{{exec(compile('{cmd}', 'x', 'exec'))}}",
    ]


def test_python_in_a_response_executes_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payloads = _payloads(marker)
    for response in payloads:
        assert not verify_answer("0", response).correct
    for gold in ("0", "x", r"\frac{1}{2}", "(0, 1)"):
        verify_batch([gold] * len(payloads), payloads, workers=1)
    # the payload also as a gold answer
    verify_answer(f"__import__('os').system('touch {marker}')", r"\boxed{0}")
    assert not marker.exists()
