"""Find the final answer in a whole model output, and tell a finished response from a cut-off one.

Order of evidence (the grading policy in the package docstring): the last `\\boxed{}`/`\\fbox{}` (with
the boxes next to it when a conclusion boxes several parts), else an explicit "answer is …" /
"Answer: …" statement, else the value stated in the concluding sentence. A response whose thinking
block never closes, whose last box never closes, or that stops mid-sentence well after its last
answer is truncated: a number in the middle of a derivation is not a final answer.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

from longcot.verify.clock import calendar_date
from longcot.verify.measure import quantity
from longcot.verify.normalize import (
    BOUND_WORDS,
    NUMBER_WORDS,
    SPOKEN_WORDS,
    VULGAR_FRACTIONS,
    bound,
    is_unit_phrase,
    superscripts_as_exponents,
    words_value,
)
from longcot.verify.parse import congruence, split_top


# `<reasoning>…</reasoning>` is the thinking block of the `<reasoning>`/`<answer>` format (R1-style RL prompts).
_THINK_TAGS = (
    ("<think>", "</think>"),
    ("<|begin_of_thought|>", "<|end_of_thought|>"),
    ("<reasoning>", "</reasoning>"),
    ("\u25c1think\u25b7", "\u25c1/think\u25b7"),  # Kimi: `◁think▷ … ◁/think▷`
    ("[THINK]", "[/THINK]"),  # Magistral
    ("<seed:think>", "</seed:think>"),  # Seed-OSS
)
_THINK_TAG_RE = re.compile("|".join(re.escape(tag) for pair in _THINK_TAGS for tag in pair))
_END_MARKERS = (
    "<|end_of_solution|>",
    "<|im_end|>",
    "<|endoftext|>",
    "<|eot_id|>",
    "</s>",
    "<end_of_turn>",
    "<\uff5cend\u2581of\u2581sentence\uff5c>",
    "<|end|>",
    "</answer>",
)
_ANSWER_TAG = re.compile(r"<answer>(.*?)</answer>", re.S)
_DROP_MARKERS = re.compile(r"<\|begin_of_solution\|>|<answer>|</answer>|<\|im_start\|>assistant")
_BOX_RE = re.compile(r"\\(?:boxed|fbox)(?![a-zA-Z])")
# Matched against the lower-cased text: a literal prefix ("answer") lets the regex engine skip ahead fast.
_STATEMENT_RE = re.compile(
    r"answer(?:\s+to\s+(?:the|this|our)\s+(?:question|problem)(?=\s+is\b))?"  # `the answer to the question is`
    r"(?:\s*(?:\*\*)?[ \t]+(?P<label>)(?=[$\d(\\-])|[ \t]*(?:\*\*)?[ \t]*(?P<heading>)\n|"
    r"\s*(?:\*\*)?\s*(?P<verb>is|:|=|\.(?=\*\*)|would\s+be|should\s+be|will\s+be|must\s+be))"  # `**Answer.**`
    r"\s*(?:\*\*)?\s*(?:(?:definitely|indeed|simply|just|therefore|thus|then|actually|likely|probably|clearly|"
    r"approximately|about|roughly)\s+)?"
    r"(?::\s*)?"
)
_LINE_LABEL = re.compile(r"(?:^|\n)[ \t>#*]*(?:final[ \t]+)?$")
_STATEMENT_RE_ANYCASE = re.compile(_STATEMENT_RE.pattern, re.I)
_STATEMENT_WINDOW = 20_000  # characters from the end searched for "answer is" statements

# Connective text allowed between boxes that belong to one conclusion (`\boxed{2} and \boxed{7}`).
_BOX_GAP_MAX = 60
_PROSE_GAP_MAX = 160  # prose between two boxes of one paragraph that still joins them
_RETRACTION = re.compile(
    r"\b(?:but|however|wrong|incorrect|mistake|instead|actually|wait|not|recheck|check|verify|tentative(?:ly)?|"
    r"alternatively|earlier|first\s+guess|suppose|if|assume|then|next|now|finally|again|total|sum|so)\b|=",
    re.I,
)
_MAX_BOX = 5_000  # a box longer than this is not an answer (and an unclosed one is read no further)
_MAX_GROUP = 8  # boxes looked at, from the end
_WINDOW = 600  # characters of a concluding sentence searched for its value
_STATEMENTS = 20  # "answer is" statements tried, from the end
_GAP_NOISE = re.compile(r"[\s$,;.]|\\[()\[\]]|\\quad|\\qquad|\\text\s*\{\s*(?:and|or|,)?\s*\}")
_CONNECTIVE = re.compile(r"(?:and|or|&)?(?:[a-zA-Z](?:_\{?\d+\}?)?=)?")
# A span may hold an escaped dollar (`$\$46$`: money in math); one that opens with an escaped dollar is no span.
_SPAN = r"(?<!\\)\$(?:\\\$|[^$\n])+\$"
_SPANS = _SPAN + r"(?:(?:\s*,)?\s+(?:or|and)\s+" + _SPAN + r"|\s*,\s*" + _SPAN + r")+"  # `$2$, $3$ and $5$`
# After a label, the spans must close the sentence (or be restated: `, i.e. …`), not start one that goes on.
_JOINED_SPANS = re.compile(_SPANS + r"(?=[\s.,;:!*]*(?:$|\n|i\.e\.|that\s+is\b|\())")  # `**` closes a bold value
# A sum of two or more terms in plain text, one with a letter: `−15 − 2x + x^{2}`, `3x + 2`.
_TERM = r"(?:\d+(?:\.\d+)?[a-z]{0,3}|[a-z]{1,3})(?:\^\{-?\d+\})?"
_PLAIN_SUM = r"(?=[-\u2212\d.\s+^{}]*[a-z])[-\u2212]?" + _TERM + r"(?:\s*[-+\u2212]\s*" + _TERM + r")+(?![\w^(])"
_CALENDAR_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December),?\s+\d{4}|\d{4}-\d{2}-\d{2})(?![\d-])"
)
_VALUE = (
    r"(?P<value>" + _SPANS + r"|\\\((?:(?!\\\)).)+\\\)|\$\$(?:(?!\$\$).)+\$\$|" + _SPAN + r"|\\\[(?:(?!\\\]).)+\\\]"
    r"|-?\d*(?:\\(?:d?frac|sqrt|pi)(?![a-zA-Z])(?:[{}\w^+\-*/\\]|\.(?=\d))*)+"
    r"|-?\d*\*?(?:sqrt\(\d+\)|pi\b)(?:[\w^+\-*/()]|\.(?=\d))*"  # ASCII: `sqrt(3)/3`, `pi/2`, `2*pi`
    r"|"
    + _CALENDAR_DATE  # `April 14, 2025`, `Monday, 14 April 2025`, `2025-04-14`
    + r"|"
    + _PLAIN_SUM  # `−15 − 2x + x^{2}` (from `x²`)
    + r"|-?(?:\d*[a-zA-Z]{1,3}|\d+)\^(?:\{[^{}\s]{1,20}\}|\([^()\s]{1,20}\)|\w)(?:[{}\w^+\-*/\\]|\.(?=\d))*"
    r"(?:\s[-+]\s\d+(?![\d.]\d))?"  # `2^n - 1`, `3^(n-1)`
    r"|[-\u2212]?\d*(?:\u221a\(?\d+\)?|\u03c0)(?:\s*/\s*\d+)?(?![\w\u221a\u03c0])"  # unicode: `3√5`, `25π`, `π/2`
    r"|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d,.]\d)"  # spaces between digit groups: `1 048 576`
    # `1.6 \times 10^{-2}` (from `1.6 × 10⁻²`), `5.2 · 10^(−4)`
    r"|\d+(?:\.\d+)?\s*\\(?:times|cdot)\s*10\^(?:\{[-\u2212]?\d+\}|\([-\u2212]?\d+\)|[-\u2212]?\d+)(?!\d|\.\d)"
    r"|\([-\u2212]?\d+(?:\.\d+)?(?:/\d+)?(?:\s*,\s*[-\u2212]?\d+(?:\.\d+)?(?:/\d+)?)+\)"  # a pair: `(7, 3)`
    r"|\d+\s+(?:and\s+)?\d+/\d+(?![\d/.])"  # a mixed number: `3 11/12`, `3 and 11/12`
    # a number: `−8`, `6.02e23`, `60°`
    r"|[-\u2212]?\\?\$?\d[\d,]*(?:\{,\}\d{3})*(?:\.\d+)?(?:[eE][-+]?\d+(?!\w|\.\d))?(?:/\d+)?(?:\\?%|\s?\u00b0(?:\s?[CFK](?![A-Za-z]))?)?(?![\d.]\d))"
)
_ADVERBS = (
    r"(?:(?:indeed|just|exactly|then|now|simply|also|still|actually|precisely|equal\s+to|approximately|about|"
    r"roughly)\s+)*"
)
_RESTATED = r",?\s*(?:or\s+)?(?:i\.e\.|that\s+is|equivalently|in\s+[a-z\-]+\s+notation)\s*,?\s*"
# `1/9 ≈ 0.111`, `1/9 (about 11.1%)`: a rounding of the value, or one in parentheses
_APPROX = (
    r"\s*(?:(?:\u2248|\\approx)\s*[-\u2212]?\d[\d,]*(?:\.\d+)?"
    r"|\((?:about|approx\.?|approximately|roughly|around|\u2248)\s*[-\u2212]?\d[\d,]*(?:\.\d+)?\s*%?\)"
    r"|\([-\u2212]?\d[\d,]*(?:\.\d+)?\s*%\))"  # `3/8 (37.5%)`
)
# `49 (three-digit: 049)`, `$38$, entered as 038`: the value again in AIME's three-digit answer form.
_PADDED = (
    r"(?:,?\s*\((?:three|3)[- ]digits?(?:\s+(?:form|answer|format|entry))?\s*:?\s*0\d\d\)"
    r"|,\s*(?:entered|written|given|formatted|reported|submitted)\s+as\s+0\d\d)"
)
_PADDED_END = re.compile(_PADDED + r"\s*$", re.I)
# `20π cubic centimeters, about 62.8 cm³`, `7/8, or 0.875`: the value again, rounded or in decimals (an `or` that
# names a different value is a hedge: see `_restates_value`).
_ABOUT = (
    r"(?:,\s*(?P<about>or|(?:or\s+)?(?:about|approximately|roughly|around|\u2248|\\approx))\s*"
    r"(?P<again>[-\u2212]?\d[\d,]*(?:\.\d+)?(?:/\d+)?)\s*(?:%|\\%|\u00b0)?"
    r"(?:\s*[A-Za-z][A-Za-z\-']*(?:/[A-Za-z]+)?(?:\^\{?\d\}?)?){0,3})"
)
_AFTER = (
    r"(?P<after>"
    + _PADDED
    + r"|(?:"
    + _APPROX
    + r")?(?:\s+[A-Za-z][A-Za-z\-']*(?:/[A-Za-z]+)?(?:\^\{?\d\}?)?){0,4}"
    + r"(?:"
    + _ABOUT
    + r"|,\s*which\b(?:[^.]|\.(?=\d))*)?|"
    + _RESTATED
    + r"\$[^$\n]+\$"
    r"|,\s*(?:attained|achieved|reached|taken|obtained)\s+(?:at|when|for)\b[^.]*"
    # `…is 1, so the matrix is invertible.`: a consequence in words (one word: no value of its own)
    r"|,\s*so\s+(?:the\s+[a-z]+|it|this|that)\s+(?:is|are)\s+(?:not\s+)?(?!(?:" + "|".join(NUMBER_WORDS) + r")\b)"
    r"[a-z]+)\s*[.!]?\s*$"
)
_EQUATION_SPANS = r"(?P<value>" + _SPANS + r"|\$[^$\n]*[^<>=!\\]=[^$\n]+\$)\s*[.!]?\s*$"
_CONCLUSION_PATTERNS = (
    re.compile(
        r"(?:\b(?:is|are|lies|meet|meets|intersect|intersects)\s+at|\b(?:converges|tends|comes|amounts)\s+to|\bmeasures?"
        # `The parallelogram has area $\sqrt{30}$.`: a quantity the subject has, named, then its value
        r"|\b(?:has|have|had)\s+(?:an?\s+)?(?:area|perimeter|length|volume|radius|diameter|slope|height|period"
        r"|amplitude|determinant|norm|magnitude|circumference)(?:\s+of)?|\btotals?|\bis|\bare|\bwas"
        r"|\bwere|\bequals?|\bbe|\bof|\bby"
        r"|\bgives?|\bget|\bgot|\bhas|\bhave|\bwith|\bthat|=|:|\u2248)\s+" + _ADVERBS + _VALUE + _AFTER,
        re.S,
    ),
    re.compile(
        _VALUE + r"\s+is\s+(?:indeed\s+)?(?:the|a|our)\s+(?:correct|right|final|only|answer)\b[^.]*[.!]?\s*$", re.S
    ),
    # `which equals two million one thousand, i.e. 2,001,000.`: a value restated in digits ends the sentence.
    re.compile(r"(?:\bi\.e\.|\bthat\s+is)\s*,?\s*" + _VALUE + r"\s*\)?\s*[.!]?\s*$"),
    # `Since $\cos\frac{\pi}{3} = \frac12$, $\arccos\frac12 = \frac{\pi}{3}$.`, `…, so $E[X^2] = \frac{91}{6}$.`,
    # `…, and remembering both signs, $x = 7$ or $x = -7$.`: the sentence ends on an equation after a comma or a cue.
    # (A comma right after a span is a list going on, `$x = 1$, $y = -2$`, unless a `since` clause ends there.)
    # (Not in an example or a supposition: `For example, $4! = 24$.`, `Let $F_n$ be …, that is, $F_0 = 0$, $F_1 = 1$.`)
    re.compile(
        r"^(?!(?i:for\s+example|e\.g\.|suppose|if|let|given|assume|note|where|recall)\b)[^\n]*?"
        r"(?:(?<=[A-Za-z]),|\b(?i:so|thus|hence|therefore|then))\s+" + _EQUATION_SPANS
    ),
    re.compile(r"^(?i:since|because|as|given)\b[^\n]*?,\s+" + _EQUATION_SPANS),
    # `因此，概率为 $\frac{15}{16}$。`: a Chinese sentence that says something is (为/是/等于) a value.
    # (Not 因为 "because", 认为 "think", 作为 "as".)
    re.compile(r"(?:(?<![\u56e0\u8ba4\u4f5c])\u4e3a|\u662f|\u7b49\u4e8e)\s*" + _VALUE + r"\s*[\u3002.]?\s*$"),
    # `$\frac{20}{80} = 0.25$, a 25% increase.`: a percent in an apposition closes the sentence.
    re.compile(r",\s+(?:an?|or)\s+(?P<value>\d[\d,]*(?:\.\d+)?\s*(?:\\?%|percent))(?:\s+[a-z]+){0,2}\s*[.!]?\s*$"),
    re.compile(
        r"^(?:therefore|thus|hence|so|in\s+conclusion)\b[^\n]*?"
        + _VALUE
        + r"(?:\s+[A-Za-z][A-Za-z\-']*){0,6}\s*[.!]?\s*$",
        re.S | re.I,
    ),
)
# "the correct option is (C).": a choice named in a closing sentence of prose (no math in it).
_CHOICE_CLOSING = re.compile(
    r"\b(?:(?:answer|option|choice)\s+is|(?:is|as)\s+(?:the\s+)?(?:answer|option|choice))\s+\$?(?:\\(?:textbf|mathbf|mathrm|text)\{)?"
    r"(?P<value>\([A-E]\)|[A-E]\)|[A-E]\b)\}?\$?"
    # `(C) 12`, `C) 300`, `(C) 45°`, `(C) 24 cm²`: its value too
    r"(?P<stated>(?<=\))\s*(?:\$[^$\n]{1,40}\$|-?\d[\d,]*(?:\.\d+)?(?:\s?\u00b0|\s*%|\s+[a-z]{1,12}(?:\^\{\d\})?)?))?"
    r"(?:\s+(?:for|at|with|per|of|each|in)\s+[^()\n]{1,40}?)?\s*[.!]?\s*$"  # `(B) 750 g for $4.50`
)
# "so the curve is a parabola.": a word answer in the closing sentence of prose (not a remark on the answer).
_CLASS_NOUN = r"(?:\s+(?:function|number|integer))?"
#: The word answer that ends such a sentence (`parabola`, `even function`), and a conclusion's lead word.
_WORD_VALUE_END = r"(?P<value>[a-z]+(?:[ -][a-z]+){0,2}?)" + _CLASS_NOUN + r"\s*[.!]?\s*$"
_SO = r"(?:(?:so|thus|hence|therefore)\s*,?\s+)?"
_WORD_CLOSING = re.compile(
    r"\b(?:the|this|it)\b[^.!?]*?\b(?:is|are|will\s+be|would\s+be|was)\s+(?:a|an)\s+" + _WORD_VALUE_END,
    re.I,
)
# `So the answer is an ellipse.`, `…, so the answer is a parabola.`: the closing sentence says what the answer is,
# with its article.
_ANSWER_IS_WORD = re.compile(
    r"(?:^|[,;]\s+)" + _SO + r"the\s+(?:final\s+)?answer\s+is\s+(?:a|an)\s+"
    # (Not what is said of the answer: `a bit tricky`, `a nice round number`, `an integer`.)
    r"(?!(?:bit|little|lot|tad|good|nice|neat|clean|simple|surprising|tricky|subtle|whole|real|positive|negative|"
    r"rational|irrational|integer|number|prime|fraction|decimal|multiple|perfect|round|single|unique)\b)"
    + _WORD_VALUE_END,
    re.I,
)
# The same with a short math span for its subject: `Therefore $f$ is an even function.`
_SPAN_IS_WORD = re.compile(
    r"^" + _SO + r"\$[^$\n]{1,20}\$\s+(?:is|are)\s+(?:(?:a|an)\s+)?" + _WORD_VALUE_END,
    re.I,
)
# `Option B is the largest.`: a choice the closing sentence singles out (a superlative, or `correct`).
_CHOICE_SINGLED = re.compile(
    r"^(?:so\s*,?\s+|thus\s*,?\s+|hence\s*,?\s+|therefore\s*,?\s+)?(?:option|choice)\s+\(?(?P<value>[A-E])\)?\s+"
    r"(?:is|gives)\s+(?:the\s+)?(?:correct|right|[a-z]+est)"
    r"(?:\s+(?:one|value|number|choice|option|answer|of\s+(?:them|all|the\s+[a-z]+)))?\s*[.!]?\s*$",
    re.I,
)
# `**Bo is the youngest.**`, `Since $9 > 8$, **$3^{20}$ is larger**.`: the one name or math span a closing sentence
# singles out with a comparison (a superlative, or `larger`, `smaller`, …). Not a sentence about the work (`This
# is the simplest way.`): the subject is a capitalised name or a math span.
_SINGLED = (
    r"(?:[a-z]+est|larger|smaller|greater|bigger|longer|shorter|heavier|lighter|older|younger|higher|lower|"
    r"faster|slower|cheaper|closer|farther|further)"
)
_SUBJECT_SINGLED = re.compile(
    r"(?:^(?:(?i:so|thus|hence|therefore)\s*,?\s+|(?i:since|because|as)\b[^,\n]{1,80},\s*)?|,\s+(?:and|so)\s+)"
    r"(?P<value>\$[^$\n]{1,40}\$|(?!(?:The|This|That|These|Those|It|Its|Which|What|Each|Every|Both|Neither|Either|"
    r"All|None|Option|Choice|Answer|One|Our|My|Your|Their|His|Her)\b)[A-Z][a-z]+)"
    r"\s+(?:is|are)\s+(?:the\s+)?(?:" + _SINGLED + r"(?:\s+(?:one|of\s+(?:them|all|the\s+[a-z]+)))?"
    r"|(?<=the\s)(?:liar|winner|culprit|thief|knight|knave|truth-teller))\s*[.!]?\s*$"
)
_REMARK_WORDS = re.compile(r"\b(?:answer|question|problem|solution|approach|idea|step)s?\b", re.I)


_TENS_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_COUNT_CLOSING = re.compile(
    r"\b(?:is|are|was|were|has|have|had|equals?|gets?|makes?|totals?|needs?|takes?|took|"
    r"(?:converges|tends|comes|amounts|adds\s+up)\s+to)\s+(?:exactly\s+)?"
    r"(?P<value>"
    + _TENS_WORDS
    + r"(?:[- ](?:"
    + "|".join(NUMBER_WORDS[1:10])
    + r"))?|"
    + "|".join(NUMBER_WORDS)
    + r")\b"
    r"(?:\s+(?!(?:hundred|thousand|million|billion|and|point)\b)[a-z]+){0,3}\s*[.!]?\s*$",  # not `six hundred`
    re.I,
)
# (`Hence the inverse does not exist: the matrix is singular.`: the reason may follow after a colon.)
_DOES_NOT_EXIST = re.compile(
    r"\b(?P<value>does\s+not\s+exist|doesn't\s+exist)\s*(?:[.!]?\s*$|[:;]\s+[^.!?]{1,80}[.!]?\s*$)", re.I
)


# `Bob wins.`, `So Alice has a winning strategy.`, `The first player wins.`: the player a closing sentence says wins.
_WINNER_CLOSING = re.compile(
    r"^(?:(?i:so|thus|hence|therefore|then)\s*,?\s+)?"
    r"(?P<value>(?i:the\s+(?:first|second|starting|other)\s+player)"
    r"|(?!(?:So|Thus|Hence|Therefore|Then|It|This|That|Nobody|Neither|Everyone|Either|One)\b)[A-Z][a-z]+)"
    r"\s+(?:wins|will\s+win|"
    r"can\s+(?:always\s+)?(?:force\s+a\s+)?win|has\s+(?:a|the)\s+winning\s+strategy)"
    r"(?:\s+(?!if\b|when\b|unless\b|only\b)[a-z]+){0,3}\s*[.!]?\s*$"
)


# A day of the week ends the closing sentence: `So 100 days from today is a Thursday.`, `= Friday`.
_DAY_CLOSING = re.compile(
    r"(?:^|[\s=:])(?:(?:is|was|falls|fell|lands?|landed)\s+)?(?:on\s+)?(?:an?\s+)?"
    r"(?P<value>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*[.!]?\s*$"
)
# `…, so it has no solution.`, `…, so the system has infinitely many solutions.`: how many solutions there are.
_SOLUTIONS_CLOSING = re.compile(
    r"\b(?:has|have|had|there\s+(?:is|are|exist|exists)|admits?|with)\s+"
    r"(?P<value>(?:no|infinitely\s+many)\s+(?:(?:real|integer|integral|positive|natural|rational)\s+)?"
    r"(?:solutions?|roots?|pairs))\s*[.!]?\s*$",
    re.I,
)


def _named_in_closing(paragraph: str) -> re.Match[str] | None:
    """The choice letter, count word or word answer a closing sentence of plain prose names, if any."""
    paragraph = re.sub(r"^#{1,6}[^\n]*\n", "", paragraph)  # `### Final Answer` on the line above
    sentence = re.split(r"(?<=[.!?])\s+", paragraph[-300:].strip())[-1].replace("**", "")  # `is **A**.`
    choice = (
        _DAY_CLOSING.search(sentence)
        or _SOLUTIONS_CLOSING.search(sentence)
        or _CHOICE_CLOSING.search(sentence)
        or _CHOICE_SINGLED.search(sentence)
        or _WINNER_CLOSING.search(sentence)
        or _SUBJECT_SINGLED.search(sentence)
    )
    if choice:
        return choice
    if _REMARK_WORDS.search(sentence):
        # `The answer is an ellipse.`: with no box and no other statement, the thing the answer is said to be
        # (the statement itself reads an article as a remark's start: `the answer is a bit tricky`).
        return _ANSWER_IS_WORD.search(sentence)
    verdict = _VERDICT_CLOSING.match(sentence)
    if verdict:  # `The statement is true.`
        return verdict
    return (
        _COUNT_CLOSING.search(sentence)
        or _DOES_NOT_EXIST.search(sentence)
        or _WORD_CLOSING.search(sentence)
        or _NAME_CLOSING.search(sentence)
        or _PROPERTY_CLOSING.match(sentence)
    )


# `The statement is true.`, `So the claim is false.`: a verdict on the statement the question gives.
_VERDICT_CLOSING = re.compile(
    r"^(?:(?:so|thus|hence|therefore)\s*,?\s+)?(?:the|this|our)\s+(?:given\s+)?"
    r"(?:statement|claim|assertion|conjecture|proposition)\s+is\s+(?P<value>true|false)\s*(?:[.!]?\s*$|[;:,]\s)",
    re.I,
)
# `The triangle is obtuse.`, `So the series is convergent.`: the property a closing sentence gives its object.
_PROPERTY_CLOSING = re.compile(
    r"^(?:(?:so|thus|hence|therefore)\s*,?\s+)?(?:the|this)\s+(?:triangle|angle|quadrilateral|polygon|shape|figure"
    r"|curve|conic|graph|function|series|sequence|matrix|system|locus)\s+is\s+(?:an?\s+)?"
    r"(?P<value>(?!(?:correct|wrong|incorrect|consistent|valid|fine|done|unique|possible|impossible|well|not|also|"
    r"indeed|the|given|defined|as|shown|above|below)\b)[a-z][a-z\-]+)\s*[.!]?\s*$",
    re.I,
)


# Two or more values assigned in plain text end the closing sentence: `So x = −2 or x = 7.`, `x = 3 and y = 2.`
_PLAIN_NUMBER = r"[-\u2212]?\d+(?:\.\d+)?(?:/\d+)?"
_PLAIN_ASSIGNMENTS = re.compile(
    r"(?<![\w\\])(?P<value>[a-z]\s*=\s*"
    + _PLAIN_NUMBER
    + r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)[a-z]\s*=\s*"
    + _PLAIN_NUMBER
    + r")+)\s*[.!]?\s*$"
)
# An amount in dollars and cents ends the closing sentence: `So her change is 9 dollars and 15 cents.`
_MONEY_CLOSING = re.compile(
    r"\b(?:is|are|was|were|gets?|got|pays?|paid|costs?|spends?|spent)\s+(?P<value>\d+\s+dollars?\s+and\s+\d{1,2}\s+cents?)"
    r"(?:\s+[a-z]+){0,3}\s*[.!]?\s*$",
    re.I,
)
# A duration in two or three parts ends the closing sentence: `… takes 2 hours and 15 minutes.`
_DURATION_CLOSING = re.compile(
    r"(?<![\d.])(?P<value>\d+(?:\.\d+)?\s+(?:days?|hours?|hrs?|minutes?|mins?)"
    r"(?:,?\s+(?:and\s+)?\d+(?:\.\d+)?\s+(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)){1,2})\s*[.!]?\s*$",
    re.I,
)
# A number said in words: `thirty-six`, `negative two`, `three-fourths`, `3 over 8`, `nineteenth`, `9 dollars and
# 15 cents`; its words come from this vocabulary (what `normalize.words_value` reads).
_SPOKEN_WORD = (
    r"(?:" + "|".join(sorted(SPOKEN_WORDS, key=lambda w: (-len(w), w))) + r"|\d+(?:st|nd|rd|th)?)"  # longest first
)
_DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
_SPOKEN_RUN = re.compile(r"(?<![\w-])" + _SPOKEN_WORD + r"(?:[ \-]+" + _SPOKEN_WORD + r")*(?![\w-])", re.I)
# The verb before the value: what the closing sentence says the thing is (`is`, `needs`, `ended at`).
_SPOKEN_CUE = re.compile(
    r"(?:\b(?:is|are|was|were|be|equals?|needs?|has|have|had|gets?|got|takes?|took|makes?|(?:comes?|came)\s+(?:out\s+)?to|"
    r"ends?\s+(?:in|at|with)|ended\s+(?:in|at|with)|costing|owes?|owed|measures?|measured|totals?|totaled|earns?|earned|"
    r"pays?|paid|costs?|spends?|spent|ran|runs|walked|reads?)|'s)\s+(?:(?:currently|now|exactly|just|only|still|then|"
    r"about|roughly|approximately|a|an|the|in|on)\s+)*(?:at\s+(?:least|most)\s+)?$",
    re.I,
)


# A bound said in words (`x must be less than negative two`, `n is at least 5`): the relation it states.
_NUMBER_SAID = r"(?P<value>[-\u2212]?\d+(?:\.\d+)?(?:/\d+)?|[A-Za-z][a-z]*(?:[ -][a-z]+){0,4})"
_BOUND_CLOSING = re.compile(
    r"(?<![\w\\])(?P<var>[a-z])\s+(?:must\s+be|is|has\s+to\s+be|should\s+be|can\s+be|could\s+be|are)\s+"
    r"(?:any\s+(?:real\s+)?(?:number|value)\s+)?(?P<bound>"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(BOUND_WORDS, key=len, reverse=True))
    + r")\s+"
    + _NUMBER_SAID
    + r"\s*[.!]?\s*$",
    re.I,
)
# A quantity named first (`Three quarters of the pizza is left.`, `About 41.8 kilojoules of heat are needed.`).
_VALUE_FIRST = re.compile(
    r"^(?:(?:so|thus|therefore|hence)\s*,?\s+)?(?:(?:about|approximately|roughly|exactly|only|just)\s+)?"
    r"(?P<value>[-\u2212]?\d[\d,]*(?:\.\d+)?(?:/\d+)?|[A-Za-z][a-z]*(?:[ -][a-z]+){0,3})\s+"
    r"(?:(?!is\b|are\b|was\b|were\b)[a-z]+\s+){0,5}?(?:is|are|was|were|remains?|remained)\s+"
    r"(?:left|remaining|needed|required|used|produced|released|uneaten|unused|wasted|missing|absorbed|eaten|sold)"
    r"(?:\s+(?:over|in\s+all|in\s+total|altogether))?\s*[.!]?\s*$",
    re.I,
)


def _said_number(text: str) -> str | None:
    """A number in digits as written, or one said in words in digits (`negative two` is `-2`)."""
    if re.match(r"[-\u2212]?\d", text):
        return text.replace("\u2212", "-").replace(",", "")
    said = words_value(text)
    return None if said is None else str(said)


def _worded_closing(sentence: str) -> str | None:
    """The value of a closing sentence that says a bound or names its quantity first, in plain words."""
    if "$" in sentence or "\\" in sentence.replace("\\approx", ""):
        return None
    bound = _BOUND_CLOSING.search(sentence)
    if bound:
        value = _said_number(bound.group("value"))
        op = BOUND_WORDS[re.sub(r"\s+", " ", bound.group("bound").lower())]
        return f"{bound.group('var')} {op} {value}" if value is not None else None
    first = _VALUE_FIRST.match(sentence)
    if first is None:
        return None
    words = re.split(r"(?<=[a-z])(?=[ -])", first.group("value"))  # the longest run of words that is a number
    for n in range(len(words), 0, -1):
        said = _said_number("".join(words[:n]))
        if said is not None:
            return said
    return None


def _listed_values(plain: str, items: list[tuple[re.Match[str], list[str]]]) -> str | None:
    """Two or more numbers in words that a closing sentence lists after `are`, to its end, in digits."""
    for k, (run, _) in enumerate(items):
        if not _LIST_CUE.search(plain[: run.start()]):
            continue
        tail = items[k:]
        gaps = [plain[a.end() : b.start()] for (a, _), (b, _) in zip(tail, tail[1:])]
        values = [words for _, parts in tail for words in parts]
        ends = not plain[tail[-1][0].end() :].strip(" .!")
        if len(values) > 1 and ends and all(_LIST_GAP.fullmatch(gap) for gap in gaps):
            return ", ".join(str(words_value(words)) for words in values)
        return None
    return None


def _in_bold(sentence: str, words: str, bolds: list[tuple[int, int]]) -> bool:
    at = sentence.find(words)
    return any(start <= at < end for start, end in bolds)


_LISTED_WORDS = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=(?:negative|minus)\b|\S+$)")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)")
_LIST_CUE = re.compile(r"\b(?:are|were)\s+(?:(?:both|exactly|just|only)\s+)?$", re.I)
_CONCLUDES = re.compile(r"^\W*(?:therefore|thus|hence|so|in\s+total|altogether|in\s+all)\b", re.I)


def _spelled_closing(sentence: str) -> str | None:
    """The one number a closing sentence says in words after its verb, or in bold (`**three-fourths** of …`)."""
    if "$" in sentence or "\\" in sentence:
        return None
    found, listed = [], []
    for run in _SPOKEN_RUN.finditer(sentence.replace("**", "")):
        words = re.sub(r"^(?:an?|and)\s+", "", run.group(0).strip(" -"), flags=re.I)
        spoken = re.search(r"[a-z]{3}", words, re.I) or _DIGIT_ORDINAL.fullmatch(words)
        if not spoken or words.lower() in ("a", "an", "and", "one", "second"):
            continue  # digits alone (the lexical patterns' job), and words that are seldom a number here
        if words_value(words) is not None:
            found.append((run, words))
        elif len(parts := _LISTED_WORDS.split(words)) > 1 and all(words_value(part) is not None for part in parts):
            listed.append((run, parts))
    plain = sentence.replace("**", "")
    items = sorted([(run, [words]) for run, words in found] + listed, key=lambda item: item[0].start())
    listing = _listed_values(plain, items)
    if listing:  # `The two roots are seven and negative two.`, `The roots are one, two and three.`
        return listing
    bolds = [m.span(1) for m in _BOLD.finditer(sentence)]
    if bolds:  # a number in words outside the bold phrase is not the one the sentence stresses
        found = [(run, words) for run, words in found if _in_bold(sentence, words, bolds)]
    cued = [
        words
        for run, words in found
        if re.search(r"\*\*\s*" + re.escape(words) + r"\s*\*\*", sentence)
        or _SPOKEN_CUE.search(plain[: run.start() + run.group(0).find(words)])
    ]
    if not cued and len(found) == 1 and _CONCLUDES.match(plain) and not re.search(r"\d", plain):
        # `Therefore, the train arrives fifteen minutes late.`
        cued = [found[0][1]]
    # One number, or one after the verb (`Four workers would take twelve hours.`: the subject's count is not it).
    if not (len(cued) == 1 and (len(found) == 1 or len(found) == 2 and found[0][1] != cued[0])):
        return None
    at = plain.find(cued[0])
    bounded = _BOUND_BEFORE.search(plain[max(0, at - 40) : at]) if at >= 0 else None
    return f"{bounded.group('words')} {cued[0]}" if bounded else cued[0]  # `You need at least **fourteen rows**.`


# `Thus, there are 4 such integers: 4, 9, 25 and 49.`: the count, not the last item listed.
_THERE_ARE = re.compile(
    r"\bthere\s+(?:are|is|were|exist|exists)\s+(?:exactly\s+|only\s+|about\s+)?"
    r"(?P<value>\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+|\s*\\times\s*10\^\{-?\d+\})?)\s+[A-Za-z](?:[^.:]|\.(?=\d))*"
    r"(?::[^.]*)?[.!]?\s*$",
    re.I,
)
# `Therefore, there are $\frac{20}{3} = 6\frac{2}{3}$ servings in 5 cups.`: a count in math, nothing after it.
_THERE_ARE_SPAN = re.compile(
    r"\bthere\s+(?:are|is)\s+(?:exactly\s+)?(?P<value>\$[^$\n]{1,80}\$)\s+[A-Za-z][^.:*$]*[.!]?\s*$", re.I
)
# The closing sentence of prose names one quantity with any verb (`The train travels 150 miles.`), or a percent
# (`That is a 30 percent increase.`): its only number, with its unit words; or a duration in parts (`The trip takes
# 2 hours and 15 minutes.`).
_QUANTITY_CLOSING = re.compile(
    r"^(?:(?:altogether|in\s+total|in\s+all|overall|all\s+told|finally|rounding\s+up|rounding\s+down|on\s+average"
    r"|in\s+expectation)\s*,?\s+)?"
    r"(?:the|this|that|it|he|she|they|we|so|thus|hence|therefore|(?-i:[A-Z][a-z]+)(?=\s+(?:gets|got|has|had|pays|paid|needs|spends|spent|earns|earned|buys|bought|receives|"
    r"received|saves|saved|owes|owed|sells|sold|ran|runs|walks|walked|drives|drove)\b))\b[^$\d=\\]{0,80}?"
    r"\b(?:[a-z]+s|[a-z]+ed|spent|rose|grew|fell|made|took|got|paid|sold|bought|won|lost|ran|ate|drove|rode|swam|gave|kept|found|drank|had|take|[a-z]+\s+at|is\s+an?|are|was|"
    r"were)\s+(?:(?:them|him|her|us|me|you)\s+)?"  # `It will take them 4 hours …`
    r"(?P<value>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:[ap]\.m(?=\.)|[ap]m\b|[AP]M\b))?"  # `at 9:20 a.m.`, `at 14:05`
    r"|\d+\s+(?:and\s+)?\d+/\d+(?![\d/.])"  # a mixed number: `3 11/12 miles`
    r"|\d[\d,]*(?:\.\d+)?(?:\s*(?:percent|%))?|\$(?:\\\$|[^$\n]){1,60}\$|\\?\$\d[\d,]*(?:\.\d\d)?(?![\d$])"
    # `eighteen dollars and seventy-five cents ($18.75)`, `three twenty-eighths (3/28)`
    r"|[a-z][a-z\- ]{0,60}\(\s*\\?\$?\d[\d,]*(?:\.\d+)?(?:/\d+)?\s*\))"
    r"(?:\s+[a-z]+){0,3}"
    r"(?:,\s*(?:so|and)\s+[^\d$\\=()]{1,80}|\s*\((?:that's|that\s+is|i\.e\.|or)\b[^()]{0,60}\))?\s*[.!]\s*$",
    re.I,
)
# One bold phrase in the closing sentence is the answer it stresses: `the function is **odd**.`, `**No**, 221 is
# not prime.`, `the roots are **1, 2, and 3**.` (a label such as `**Answer:**` is a statement's, not this).
_BOLD = re.compile(r"\*\*([^*\n]{1,40})\*\*")


_CUE = re.compile(r"\b(?:therefore|thus|hence|so|conclusion|final|answer|conclude)\b", re.I)
_DISPLAY = re.compile(r"^(?:\$\$(?P<a>(?:(?!\$\$).)+)\$\$|\\\[(?P<b>(?:(?!\\\]).)+)\\\])\s*[.!]?$", re.S)
# A sentence of prose that a display finishes: the lead-in ends with a comma or colon.
_LEAD_IN_DISPLAY = re.compile(
    r"[A-Za-z][^$\\\n]*[,:]\s*(?:\$\$(?P<a>[^$]{1,200})\$\$|\\\[(?P<b>(?:(?!\\\]).){1,200})\\\]"
    r"|\$(?P<c>[^$\n]{1,200})\$)\s*[.!]?$",
    re.S,
)
# A closing paragraph that is one math statement: `$$x \geq 5$$`, `Area $= 12$`, `**Area** $= 25\sqrt3$`,
# `$50^2 = 2500$`, `Surface area $= 6 \cdot 16 = 96$ square units.`: a short label (or a cue) before it, a few
# unit words after it.
_CLOSING_MATH = re.compile(
    r"^(?:(?:so|thus|hence|therefore|finally)\s*,?\s+)?(?:[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){0,2}\s*:?\s*)?"
    r"(?:\$\$(?P<a>(?:(?!\$\$).)+)\$\$|\\\[(?P<b>(?:(?!\\\]).)+)\\\]|\\\((?P<c>(?:(?!\\\)).)+)\\\)|\$(?P<d>[^$\n]+)\$)"
    r"(?:\s+(?!(?:is|are|was|were|has|have)\b)[A-Za-z][A-Za-z/\-\u00b2\u00b3]*){0,3}"  # unit words, not `is odd`
    r"(?:,\s*(?:as\s+(?:expected|required|claimed)|confirmed|verified|"
    r"checked))?\s*[.!]?$",
    re.S | re.I,
)
# A closing line of plain (ASCII or unicode) math, on a paragraph of its own: `P(sum = 8) = 5/36`,
# `Average speed = 150 km ÷ 2.5 h = 60 km/h.`: the value after its last `=`, a number (with its unit words).
_CLOSING_EQUATION = re.compile(
    r"^[^$\\\n]{1,160}=\s*(?P<value>[-\u2212]?(?:\d[\d,]*(?:\.\d+)?(?:\s*/\s*\d+)?(?:[\u221a\u03c0]\d*)?"
    r"|\d*\u221a\d+|\d*\u03c0(?:\s*/\s*\d+)?))(?![\d(])(?:" + _APPROX + r")?"
    r"(?P<words>(?:\s+[A-Za-z][A-Za-z/\-\u00b2\u00b3]*){0,3})\s*[.!]?$"
)
# A value that stops at an operator is a line cut off, not a statement (`$$2x + 3 =$$`).
_OPERATOR = r"(?:[=+*/^_]|\\(?:cdot|times|div|pm))"
_OPEN_END = re.compile(r"(?:[\-,]|" + _OPERATOR + r")\s*$")
# A text that ends by closing a math span whose formula stops on an operator: `$A = $`, `$7 \times 143 = $`.
_OPEN_SPAN_END = re.compile(_OPERATOR + r"\s*(?:\$\$|\$|\\\]|\\\))\s*$")
_BOLD_ONLY = re.compile(r"^\*\*(?P<value>[^*\n]{1,40})\*\*\s*[.!]?$")


def _bold_value(text: str) -> bool:
    """Whether a bold phrase is a value (`odd`, `1, 2, and 3`, `$5`), not a sentence or a label (`Answer:`)."""
    text = text.strip()
    if text.endswith(".") and _LEADING_NUMBER.match(text[:-1].rstrip()):
        text = text[:-1].rstrip()  # `**54 diagonals.**`: a count and its noun may keep their full stop
    return bool(text) and text[-1] not in ".:!?" and len(text.split()) <= 4


# A solution that ends on a multi-line display (`\begin{align*} … &= \frac{24}{25} \end{align*}`): the value its
# last row arrives at, after that row's last `=`.
_ALIGN_END = re.compile(
    r"\\begin\{(?P<env>align|aligned|eqnarray|gather|split)\*?\}(?P<body>(?:(?!\\begin\{).)*?)"
    r"\\end\{(?P=env)\*?\}(?:[\s.$]|\\\])*$",  # `\]` or `$$` may close a display around it
    re.S,
)
_ROW_MARKS = re.compile(r"\\(?:nonumber|notag|label\{[^{}]*\}|tag\*?\{[^{}]*\})|&")


def _align_value(paragraph: str) -> str | None:
    """What the last row of a closing `align` display (`aligned` inside `\\[ \\]` too) arrives at (after its last
    top-level `=` or `\\approx`), if it ends one."""
    match = _ALIGN_END.search(paragraph[-_WINDOW:])
    if match is None:
        return None
    rows = [row for row in re.split(r"\\\\(?:\[[^\]]*\])?", match.group("body")) if row.strip()]
    if not rows:
        return None
    sides = split_top(_ROW_MARKS.sub(" ", rows[-1]), ("=", "\\approx"))  # `&\approx 0.583`: the value it rounds to
    value = sides[-1].rstrip(".,").strip() if len(sides) > 1 else ""
    return value or None


def _closing_math(paragraph: str) -> str | None:
    """The statement a closing paragraph of bare math makes (see `_CLOSING_MATH`), if it is one."""
    bold = _BOLD_ONLY.match(paragraph)  # `**30%**`
    if bold and _bold_value(bold.group("value")):
        return _plain_value(bold.group("value").strip().rstrip("."))
    if len(paragraph) > _WINDOW:
        return None
    match = _CLOSING_MATH.match(paragraph.replace("**", ""))
    if match:
        value = next(g for g in match.groups() if g is not None).strip().rstrip(".,").strip()
    else:
        match = _CLOSING_EQUATION.match(paragraph)
        if match is None:
            return None
        value = match.group("value")
    value = _plain_value(value)  # `Area $= 12$`, `$= 2{,}772$`: the value the line states
    return value if value and not _OPEN_END.search(value) else None


# A closing line that labels its value: `A: 649`, `Result: 12 hours`, `**Winner:** Bob`, `Total: 18.75 dollars`,
# `=> 210`, `→ 79`, `∴ $d = \sqrt{58}$` (a check or a note labels no answer).
_LABEL_LINE = re.compile(
    r"^(?:[\u2600-\u27bf\u2b50\U0001f000-\U0001faff]\ufe0f?\s*)?"  # `✅ Final answer: …`
    r"(?:(?:[*_]{1,2})?(?:\\(?:textbf|underline|textit|mathbf)\s*\{)?(?P<label>[A-Za-z][A-Za-z ]{0,24}?)\s*\}?"
    r"(?:[*_]{1,2})?\s*(?::|=>|\u21d2|\u2192)\s*\}?(?:[*_]{1,2})?|(?:=>|\u21d2|\u2192|\u2234|\\therefore)\s*)"
    r"(?P<value>[^\n]{1,120})$"
)
_LISTED_SPANS = re.compile(r"^\s*(?P<value>" + _SPANS + r")\s*[.!]?\s*$")
_NOT_A_LABEL = re.compile(
    r"\b(?:check|checking|verification|verify|note|notes|proof|hint|explanation|reason|reasoning|steps?|remark|why|"
    r"since|because|given|where|so|then|now|here|example|is|are|was|were|be|my|our|i|we|let|approach|plan|idea|"
    r"strategy|method|summary|recap)\b",
    re.I,
)
# A value written in words with its digits after it: `seventy-nine (79)`, `eighteen dollars and seventy-five
# cents ($18.75)`: the digits.
_WORDS_THEN_DIGITS = re.compile(
    r"^[A-Za-z][A-Za-z\- ]*\(\s*(?P<value>\\?\$?-?\d[\d,]*(?:\.\d+)?(?:/\d+)?)\s*\)\s*[.!]?$"
)
# Symbols a response may close with after its answer: `It will be Wednesday. 📅`, `$e^{2}-1$ ✅`, `... ∎`.
_TRAILING_SYMBOL = re.compile(
    r"[\u2600-\u27bf\u23e9-\u23fa\u2b50\u2b55\ufe0f\u200d\u220e\u25a0\u25a1\U0001f000-\U0001faff]"
)


def _without_trailing_symbols(text: str) -> str:
    """The text without the few symbols (and spaces) it ends with (at most 16: a closing emoji or check mark)."""
    end = len(text.rstrip())
    for _ in range(16):
        if not (end and _TRAILING_SYMBOL.match(text[end - 1])):
            break
        end -= 1
        while end and text[end - 1].isspace():
            end -= 1
    return text[:end]


# A JSON ending: `{"answer": 32}`, `{"final_answer": "1170"}` (in a ```json fence or not).
# A JSON object that ends the text; its strings may hold braces (`{"answer": "{2, 4, 6}"}`).
_JSON_END = re.compile(
    r"(?:```(?:json)?\s*)?(?P<object>\{(?:[^{}\"]|\"(?:[^\"\\\n]|\\.){0,500}\"){0,2000}\})\s*(?:```)?\s*$"
)


# A markdown table's row: `| **probability** | **1/9** |` (with more columns, its first cell labels its last).
_TABLE_ROW = re.compile(
    r"^\|\s*(?P<label>[^|\n]{1,40}?)\s*\|(?:[^|\n]{0,120}\|){0,4}\s*(?P<value>[^|\n]{1,120}?)\s*\|$"
)
# A line of math that ends on an arrow to its value: `$a_{20} = 3 + 19 \cdot 4$ → 79`.
_ARROW_END = re.compile(
    r"^(?:\$[^$\n]{1,200}\$|[^$\n]{0,200}=[^$\n]{0,200})\s*(?:=>|[\u21d2\u2192\u27f9\u27f6]|\\Rightarrow|\\implies|\\to)\s*"
    r"(?P<value>\$[^$\n]{1,60}\$|[-\u2212]?\d[\d,]*(?:\.\d+)?(?:/\d+)?)\s*[.!]?$"
)
# A value that goes on into another sentence is a paragraph, not a labelled line (`Trial division: … . The …`).
_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


def _label_line(paragraph: str) -> str | None:
    """The value of a closing labelled line (see `_LABEL_LINE`), if the paragraph is one.

    The last row of a closing markdown table of two columns reads as a label and its value, and a line of math
    that ends on an arrow states the value after it.
    """
    paragraph = paragraph.strip()
    lines = paragraph.split("\n")
    if len(lines) > 1 and all(line.strip().startswith("|") for line in lines[-3:]):
        row = _TABLE_ROW.match(lines[-1].strip())
        paragraph = f"{row.group('label')}: {row.group('value')}" if row else paragraph
    if "\n" in paragraph:
        return None
    arrow = _ARROW_END.match(paragraph)
    if arrow:
        value = _plain_value(arrow.group("value").strip("$"))
        return value if value and not _OPEN_END.search(value) else None
    match = _LABEL_LINE.match(paragraph)
    label = (match.group("label") or "").strip() if match else ""
    if match is None or len(label.split()) > 3 or _NOT_A_LABEL.search(label):
        return None
    plain = paragraph.replace("**", "").rstrip("*_ ")
    if _NEXT_SENTENCE.search(match.group("value")) or _OPEN_END.search(plain) or _dollars_open(plain):
        return None  # `Complete the square: $x^2 - 6x = 12$ becomes $(x - 3)^2 -`: a line cut off
    if _OVERRULES.search(match.group("value")):
        return None  # `| **probability** | **1/6** (wrong, see below) |`: the line takes its value back
    listed = _LISTED_SPANS.match(match.group("value").replace("**", ""))
    if listed:  # `**Eigenvalues: $\lambda = 5$ and $\lambda = 2$**`: every span the line lists, not the first
        value = _joined(listed.group("value"))
    else:
        value, _ = _value_after(match.group("value"), 0, labelled=True)
        value = _plain_value(value)
        restated = _RESTATING_ASIDE.search(value)
        if restated and restated.start() > 0:  # `47 over 12 miles (that is, 3 and 11/12 miles)`: the value once
            value = value[: restated.start()].rstrip()
    return value if value and not _OPEN_END.search(value) else None  # `Sum: 12 + 0 +` is a line cut off


_RESTATING_ASIDE = re.compile(
    r"\s*\((?:that\s+is|that's|i\.e\.|in\s+other\s+words|an?\s+[^()]*?\b(?:drop|decrease|increase|rise|gain|loss))"
    r"\b[^()]*\)\s*[.!]?$",
    re.I,
)


def _digits_of(value: str) -> str:
    """A value's digits where words spell it too (`seventy-nine (79)`) or unit words follow (`17 paths`)."""
    words = _WORDS_THEN_DIGITS.match(value)
    if words:
        return words.group("value")
    number = _LEADING_NUMBER.match(value)
    if number and (quantity(value) is not None or calendar_date(value) is not None):
        return value  # `90 hours`, `1250 g`: a unit that `compare` reads against a gold's unit (see `measure`)
    return number.group(1) if number else value


# A stated rounding: a plain decimal (`7.071`), after `≈` in a value or in the words that follow it.
_ROUNDING = re.compile(r"([-\u2212]?\d+\.\d+)(?:\s*[a-zA-Z%\u00b0][^\d]*)?")
_ROUNDING_AFTER = re.compile(r"\s*(?:\u2248|\\approx)\s*([-\u2212]?\d+\.\d+)(?![\d,])")


# Unicode math in plain prose, in the notation the value patterns read: `1.6 × 10⁻²` is `1.6 \times 10^{-2}`,
# `78.5 cm²` is `78.5 cm^{2}`.


# A change said to go down: `a net decrease of 4%`, `decreased by 4 percent`, `a 4% drop`, `down 4%`. The value keeps
# the word (`4% decrease`), which `compare` reads as the change's size or as the negative change.
_FALL_WORD = r"(?:decrease[sd]?|decline[sd]?|drop(?:ped|s)?|fell|falls?|reduction|loss|lower)"
_FALL_BEFORE = re.compile(r"(?:\b" + _FALL_WORD + r"\s+(?:of|by)|\bdown)\s+(?:about\s+|exactly\s+)?$", re.I)
_FALL_AFTER = re.compile(r"^\s*(?:percent\b)?\s*(?:net\s+)?" + _FALL_WORD + r"\b", re.I)
# A bound in words around the value (`no more than 11 km`, `at least fourteen rows`, `6 or more tasks`): kept whole,
# for `compare` to read (`normalize.bound`).
_BOUND_BEFORE = re.compile(
    r"\b(?P<words>at\s+least|at\s+most|no\s+(?:more|fewer|less)\s+than|not\s+(?:more|less)\s+than)\s+$", re.I
)
_BOUND_AFTER = re.compile(r"^(?P<nouns>(?:\s+[a-z]+)?)\s+or\s+(?P<more>more|fewer|less|greater)\b", re.I)


def _worded(value: str, sentence: str, start: int, end: int) -> str:
    """A stated number, with the words around it that make it a change down (`4% decrease`) or a bound (`at least
    14`, `6 or more`)."""
    if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?\s*(?:%|\\%|percent)?", value.strip()):
        return value
    before = sentence[max(0, start - 40) : start]
    if _FALL_BEFORE.search(before) or _FALL_AFTER.match(sentence[end : end + 30]):
        return f"{value} decrease"
    bounded = _BOUND_BEFORE.search(before)
    if bounded:
        return f"{bounded.group('words')} {value}"
    more = _BOUND_AFTER.match(sentence[end : end + 40])
    return f"{value} or {more.group('more')}" if more else value


_OVER_BEFORE = re.compile(r"\d\s+over\s+$")


def _restates_value(match: re.Match[str]) -> bool:
    """Whether the number after `, or` is the value before it again (`7/8, or 0.875`; `87.5%` of a fraction)."""
    try:
        value = Fraction(match.group("value").replace("\u2212", "-").replace(",", ""))
        again = Fraction(match.group("again").replace("\u2212", "-").replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return False
    places = len(match.group("again").partition(".")[2])
    tolerance = Fraction(1, 2 * 10**places) if places else Fraction(0)
    return abs(value - again) <= tolerance or abs(value * 100 - again) <= tolerance


_VULGAR_RE = re.compile("[" + "".join(VULGAR_FRACTIONS) + "]")


def _ascii_math(text: str) -> str:
    text = superscripts_as_exponents(text).replace("\u00d7", "\\times").replace("\u00b7", "\\cdot")
    return _VULGAR_RE.sub(lambda m: VULGAR_FRACTIONS[m.group(0)], text) if _VULGAR_RE.search(text) else text


def _plain_value(value: str) -> str:
    """A stated value without what surrounds it: a leading `=`, an `\\approx` tail, a congruence's modulus, words."""
    value = value.strip().lstrip("=").strip()
    if _WORDS_THEN_DIGITS.match(value):
        return _digits_of(value)
    value, *rounded = re.split(r"\s*(?:\\approx|\u2248)\s*", value)
    value = value.strip().rstrip(".").strip()
    if rounded and (kept := _ROUNDING.fullmatch(rounded[-1].strip().rstrip(".").strip())) and value:
        return f"{value} \\approx {kept.group(1)}"  # `\sqrt{50} ≈ 7.071`: the rounding stated is part of the answer
    implied = _IMPLIES.search(value)
    if implied:  # `a_{20} = 3 + 19 \cdot 4 \Rightarrow 79`: what the line arrives at
        value = implied.group("value")
    residue = congruence(value)  # `13^{2027} \equiv 17 \pmod{100}`: the residue
    return residue[0] if residue else _digits_of(value)


_IMPLIES = re.compile(
    r"(?:\\Rightarrow|\\implies|\\Longrightarrow|[\u21d2\u27f9]|=>)\s*(?P<value>-?\d[\d,]*(?:\.\d+)?(?:/\d+)?"
    r"|-?\\d?frac\{[^{}]{1,20}\}\{[^{}]{1,20}\})$"
)


def _json_answer(text: str) -> str | None:
    """The `answer` (or `final_answer`) of a JSON object that ends the text, if there is one."""
    match = _JSON_END.search(text[-2100:])
    if match is None:
        return None
    try:
        data = json.loads(match.group("object"))
    except ValueError:
        return None
    for key in ("answer", "final_answer"):
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


# The closing sentence ends on a span that continues the one before it: `$\frac{5040}{24}$ $= 210$.`
# A reason may follow it: `$= e^2$, since $e^0$ vanishes.`
_CONTINUED_SPAN = re.compile(
    r"\$=\s*(?P<value>[^$\n]+)\$(?:\s+[A-Za-z][A-Za-z\-]*){0,3}"
    r"(?:,\s*(?:since|because|as)\b[^=\n]{0,120}[.!]|\s*[.!]?)\s*$"  # the reason ends its sentence
)


_CHECK_PARAGRAPH = re.compile(r"^[*_]*(?:check|checking|verification|verify)\b[*_]*\s*:", re.I)
# `It will be Wednesday.`: a capitalised word (a day, a name) the closing sentence says something is.
_NAME_CLOSING = re.compile(r"\b(?:is|will\s+be|was|would\s+be)\s+(?P<value>[A-Z][a-z]+)\s*[.!]?\s*$")
_FILLER_PARAGRAPH = re.compile(r"^[^\d\\$=]*$")
# Statement values that are words about the answer, not the answer ("the answer is correct").
_NOT_A_VALUE = re.compile(
    r"^(?:correct|right|wrong|incorrect|consistent|the\s+same|as\s+follows|below|above|that|this|not|in|to|"
    r"an?(?=\s+\S)|"
    r"one\s+of|likely|unclear|clear|obvious|straightforward|yes\b.*\bno|either|any|some|what|how|because)\b",
    re.I,
)
_REASON = re.compile(r",\s+(?:since|because|as|which|so|for|given|where|when)\b")
_LEADING_NUMBER = re.compile(
    r"^(-?\\?\$?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?(?:/\d+)?(?:\\?%)?)\s+[A-Za-z][A-Za-z\s\-']*$"  # `2.5e4 particles`
)


@dataclass(frozen=True)
class Extraction:
    """Where the final answer of a response is, if it has one.

    Attributes:
        answer: The answer text as written (e.g. the content of the last box), or None.
        source: `boxed`, `statement` or `conclusion`; None when there is no answer.
        truncated: The response was cut off before (or while) stating a final answer.
        reason: One line saying what was found, for the verdict.
    """

    answer: str | None
    source: str | None
    truncated: bool
    reason: str


def extract_answer(response: str) -> str | None:
    """Return the final answer stated in a model output, or None when it states none.

    Args:
        response: A whole model output, thinking included, however long.

    Returns:
        The answer as written (box content, or the value of an "answer is" statement or of the
        concluding sentence); None if there is none or the response was cut off first.

    Example:
        >>> extract_answer(r"... so $x=3$. Hence the answer is \\boxed{\\frac{1}{2}}.")
        '\\\\frac{1}{2}'
        >>> extract_answer("Let me think. First, 2 + 2 = 4, and then") is None
        True
    """
    found = find_answer(response)
    return None if found.truncated else found.answer


def find_answer(response: str) -> Extraction:
    """Locate the final answer and decide whether the response was cut off.

    Args:
        response: A whole model output.

    Returns:
        An :class:`Extraction`.

    Example:
        >>> find_answer(r"<think>so 5</think> The answer is \\boxed{5}.").source
        'boxed'
    """
    text = response or ""
    if not text.strip():
        return Extraction(None, None, False, "empty response")
    harmony = _harmony(text)
    text, ended = harmony if harmony is not None else _this_turn(text)
    final = text
    # One pass over the text for every thinking tag (long responses: this scan is most of the cost).
    last: dict[str, int] = {}
    for match in _THINK_TAG_RE.finditer(text):
        last[match.group(0)] = match.start()
    for open_tag, close_tag in _THINK_TAGS:
        last_open, last_close = last.get(open_tag, -1), last.get(close_tag, -1)
        if last_open >= 0 and last_close < last_open:
            return Extraction(None, None, True, f"cut off while thinking: {open_tag} never closed")
        if last_close >= 0:
            final = text[last_close + len(close_tag) :]
    complete = ended or any(marker in final for marker in _END_MARKERS)
    tagged = _ANSWER_TAG.findall(final)
    if tagged and tagged[-1].strip():  # `<answer>21</answer>`, R1's answer format: its content, read like a text
        inner = tagged[-1].strip()
        found = _search(inner)
        answer = found[0] if found is not None else inner if len(inner) <= 200 else None
        if answer:
            return Extraction(answer, "statement", False, "answer from <answer> tags")
    open_solution = "<|begin_of_solution|>" in final and not complete
    final = _DROP_MARKERS.sub(" ", final)
    for marker in _END_MARKERS:
        final = final.replace(marker, " ")
    found = _search(final)
    if found is None and final is not text:
        # No answer after the thinking: the last box of the thinking, if the response ends cleanly.
        whole = _DROP_MARKERS.sub(" ", text)
        for marker in (*_END_MARKERS, *(tag for pair in _THINK_TAGS for tag in pair)):
            whole = whole.replace(marker, " ")
        found = _boxes(whole)
        if found is None:  # or its last answer statement (`Okay, I'm confident now. The answer is $6\sqrt6$.`)
            stated = _statement(whole)
            found = stated[:4] if stated is not None and stated[0] else None
        if found is not None:
            answer, source, end, _ = found
            final = whole
    if found is None:
        if open_solution or (not complete and ends_abruptly(final)):
            return Extraction(None, None, True, "cut off before stating a final answer")
        return Extraction(None, None, False, "no boxed answer, answer statement or concluding value")
    answer, source, end, unclosed = found
    if unclosed and end < len(final.rstrip()):
        return Extraction(None, None, False, f"last \\boxed{{}} runs past {_MAX_BOX} characters: not an answer")
    if unclosed:
        return Extraction(None, None, True, "cut off inside the last \\boxed{}")
    if source == "conclusion" and not complete and ends_abruptly(final) and not _states_whole(final):
        return Extraction(answer, source, True, "cut off after the sentence that states a value")
    if source == "conclusion" and not complete and _open_computation(answer) and not _ENDS_SENTENCE.search(final):
        # `At 15 L/min: $450 / 15$` as the last line: the computation whose value was about to follow
        return Extraction(answer, source, True, "cut off before the value of its last computation")
    tail = final[end:]
    if not complete and _tail_cut_off(tail, final, source):
        return Extraction(
            answer, source, True, f"cut off {len(tail.strip())} characters after the last {source} answer"
        )
    return Extraction(answer, source, False, f"answer from {source}")


_ENDS_SENTENCE = re.compile(r"[.!?\u3002]\s*\$*\s*$")  # `… 30.`, `… $30.$`
# `\$50.00`, `\frac{3}{4}`, `\pi`, `9^2` (a one-digit power without braces: `2^{10}` is a value as written)
_NUMBER_OPERAND = (
    r"(?:\\?\$?\d+(?:\.\d+)?(?:\^\d(?![\d{]))?|\\[dt]?frac\{\d+\}\{\d+\}|\\[dt]?frac\d\d|\\pi(?![a-zA-Z]))"
)
_ARITHMETIC = re.compile(
    r"^(?:[A-Za-z]\s*=\s*)?\(?\s*"
    + _NUMBER_OPERAND
    + r"(?:\s*\)?\s*(?P<op>[-+*/\u00d7\u00f7]|\\times|\\cdot|\\div)\s*\(?\s*"
    + _NUMBER_OPERAND
    + r")+\s*\)?$"
)


def _open_computation(answer: str) -> bool:
    r"""Whether an answer is arithmetic on numbers not carried out (`450 / 15`, `102 + 36`, `7 \times 3`).

    One quotient `a/b` is a fraction, a value in its own right, unless it is written with spaces, is an integer or is
    not in lowest terms (`28 / 5`, `60/5`, `12/40` are divisions still to do; `3/8` is an answer).
    """
    text = answer.strip().strip("$").strip()
    if re.fullmatch(r"(?:[A-Za-z]\s*=\s*)?\d+\^\d", text):
        return True  # `Area: $9^2$` as the last line: the power still to work out
    if not _ARITHMETIC.match(text):
        return False
    quotient = re.fullmatch(r"(?:[A-Za-z]\s*=\s*)?(\d+)(\s*)/(\s*)(\d+)", text)
    if quotient:  # spaced (`28 / 5`), an integer (`60/5`) or not in lowest terms (`12/40`): a division to do
        a, b = int(quotient.group(1)), int(quotient.group(4))
        spaced = bool(quotient.group(2) and quotient.group(3))
        return b != 0 and (spaced or a % b == 0 or math.gcd(a, b) > 1)
    return True


# gpt-oss's harmony format: `<|start|>{role}<|channel|>{channel}<|message|>{body}` ended by `<|end|>` (one message)
# or `<|return|>`/`<|call|>` (the turn). The assistant writes several messages in one turn (`analysis`, then
# `final`), so `<|end|>` there closes a message, not the turn as in Phi's template.
_HARMONY_END = re.compile(r"<\|(end|return|call)\|>")
_HARMONY_OTHER = ("user", "system", "developer")


def _harmony(text: str) -> tuple[str, bool] | None:
    """The assistant's harmony turn in the `<think>` layout the rest of the reader knows, and whether it ended.

    Analysis and commentary messages (and tool output) become the thinking, `final` messages the reply after it;
    a turn cut off inside its analysis keeps the thinking open, so it reads as cut off while thinking. None when
    the text is not harmony (no `<|channel|>` header or `<|message|>` body).
    """
    if "<|message|>" not in text or "<|channel|>" not in text:
        return None
    thinking: list[str] = []
    finals: list[str] = []
    started = ended = last_closed = False
    for k, piece in enumerate(text.split("<|start|>")):
        head, sep, body = piece.partition("<|message|>")
        if not sep:
            if k == 0 and not piece.strip():
                continue
            head, body = "", piece  # a message whose header sat in the prompt
        role, _, channel = head.partition("<|channel|>")
        role = role.strip().split(" ")[0].lower()
        if role in _HARMONY_OTHER:
            if started:  # another speaker after the assistant's messages: its turn is over
                ended = True
                break
            continue  # the prompt, echoed before the reply
        started = True
        close = _HARMONY_END.search(body)
        if close is not None:
            body, last_closed = body[: close.start()], True
            ended = close.group(1) != "end"
        else:
            last_closed = False
        name = channel.split("<|")[0].strip().split(" ")[0].lower()
        (finals if name == "final" else thinking).append(body)
        if ended:
            break
    if not started:
        return None
    reasoning = "\n\n".join(thinking)
    if finals:
        return f"<think>{reasoning}</think>" + "\n\n".join(finals), ended or last_closed
    return (f"<think>{reasoning}</think>" if last_closed else f"<think>{reasoning}"), ended


# Where one chat turn stops and the next begins, across template families (ChatML, Llama 3, Gemma, Mistral,
# DeepSeek, Phi). An end-of-turn token is consumed; another speaker's header starts a turn even with no end token
# before it (`<|im_start|>solution`, a section some models write inside their own turn, splits nothing).
_TURN_ENDS = re.compile(
    r"<\|im_end\|>|<\|eot_id\|>|<\|endoftext\|>|<\|end\|>|</s>|<end_of_turn>|<\uff5cend\u2581of\u2581sentence\uff5c>"
    r"|(?=<\|im_start\|>\s*(?:user|system)|<\|start_header_id\|>\s*(?:user|system)|<start_of_turn>\s*user"
    r"|<\|(?:user|system)\|>|\[INST\]|<\uff5cUser\uff5c>)"
)
# A plain transcript's next speaker (`User: …` on a line of its own), looked for only after the reasoning.
_SPEAKER = re.compile(r"(?:^|\n)(?=[ \t]*(?:Human|User|Assistant):)")
_OTHER_TURN = re.compile(
    r"^\s*(?:<\|im_start\|>\s*(?:user|system)|<\|start_header_id\|>\s*(?:user|system)|<start_of_turn>\s*user"
    r"|<\|(?:user|system)\|>|\[INST\]|<\uff5cUser\uff5c>|Human:|User:)"
)
_ASSISTANT_HEADER = re.compile(
    r"^\s*(?:<\|im_start\|>\s*assistant|<\|start_header_id\|>\s*assistant<\|end_header_id\|>"
    r"|<start_of_turn>\s*model|<\|assistant\|>|<\uff5cAssistant\uff5c>|Assistant:)"
)
_THINK_CLOSES = tuple(close for _, close in _THINK_TAGS)
# The literal strings the turn pattern above starts with, found with `str.find` (a regex scan of a 30k-character
# response costs more than the rest of the extraction): `<|…|>` tokens are few, so each is looked at in place.
_PIPE_MARKERS = (
    "<|im_end|>",
    "<|eot_id|>",
    "<|endoftext|>",
    "<|end|>",
    "<|im_start|>",
    "<|start_header_id|>",
    "<|user|>",
    "<|system|>",
)
_OTHER_MARKERS = ("</s>", "_of_turn>", "<\uff5c", "[INST]")


def _has_turn_marker(text: str) -> bool:
    if any(marker in text for marker in _OTHER_MARKERS):
        return True
    i = text.find("<|")
    while i >= 0:
        if text.startswith(_PIPE_MARKERS, i):
            return True
        i = text.find("<|", i + 2)
    return False


_SPEAKERS = ("Human:", "User:", "Assistant:")


def _this_turn(text: str) -> tuple[str, bool]:
    """The assistant's own turn, and whether a turn boundary closed it.

    The own turn is the first one with text that no other speaker's header starts: what a chat template's
    next turn holds (`<|im_start|>user …`, `<start_of_turn>user`, `[INST]`, `User:`, and the made-up reply
    after it) is someone else's text, never part of this answer. A prompt echoed before the reply is
    skipped the same way. Plain `User:` lines count only after the reasoning (a thought may quote one).
    """
    ended = False
    if _has_turn_marker(text) and _TURN_ENDS.search(text):
        found = _first_own(_TURN_ENDS.split(text))
        if found is not None:
            text, ended = found
    close = max((text.rfind(tag) + len(tag) for tag in _THINK_CLOSES if tag in text), default=0)
    if any(text.find(speaker, close) >= 0 for speaker in _SPEAKERS) and _SPEAKER.search(text, close):
        found = _first_own(_SPEAKER.split(text[close:]))
        if found is not None:
            text, ended = text[:close] + found[0], ended or found[1]
    return text, ended


def _first_own(turns: list[str]) -> tuple[str, bool] | None:
    """The first turn that is the assistant's (header removed), and whether another turn follows it."""
    for k, turn in enumerate(turns):
        if _OTHER_TURN.match(turn):
            continue
        own = _ASSISTANT_HEADER.sub("", turn)
        if own.strip():
            return own, k < len(turns) - 1
    return None


# A paragraph after the last box that goes back over it: `Wait, let me recheck.`, `Hmm, …`, `Actually, …`.
_RECHECK = re.compile(
    r"\n[ \t]*\n[ \t*]*(?:wait|hmm+|hold\s+on|actually|on\s+second\s+thought"
    r"|let\s+me\s+(?:re-?check|re-?examine|re-?consider|re-?verify|double-check|check\s+(?:that|this)\s+again))\b",
    re.I,
)


def _search(text: str) -> tuple[str, str, int, bool] | None:
    box, statement = _boxes(text), _statement(text)
    if box is not None and statement is not None and not box[3] and statement[4] >= box[2]:
        found = statement[:4]  # "The final answer is 10." after an earlier box: the last statement wins
    elif box is not None:
        found = box
    elif statement is not None:
        found = statement[:4]
        if _PROSE_SENTENCE.match(statement[0]):  # `**Answer: Maria has seven apples left.**`: what it says
            said = _conclusion("\n\n" + statement[0])
            if said is not None and said[0]:
                found = said[0], statement[1], statement[2], statement[3]
    else:
        return _conclusion(text)
    if not found[3]:
        after = text[found[2] :]
        closing = after.rstrip().rsplit("\n\n", 1)
        verdict = _BOLD_VERDICT.match(closing[-1].strip()) if len(closing) == 2 else None
        if verdict:  # `the textbook answer is yes`, then a closing `**No**, the series diverges.`: the verdict wins
            return verdict.group("value").capitalize(), "conclusion", len(text.rstrip()), False
        recheck = _RECHECK.search(after)
        # A recheck after the box or the statement, then a paragraph of its own that concludes: the last stated
        # answer wins (`Wait, let me recheck. … = 20.\n\nSo there are 20 possible pizzas.` overrules `\boxed{10}`).
        rest = after[recheck.end() :].rstrip() if recheck else ""
        if recheck and "\n\n" in rest:
            at = found[2] + recheck.end() + rest.rfind("\n\n")  # the closing paragraph alone states the new answer
            later = _conclusion(text[at:])
            if later is not None and later[0]:
                return later[0], later[1], at + later[2], later[3]
    return found


# A statement's value that is a sentence of its own: a subject, a verb and words, no math.
_PROSE_SENTENCE = re.compile(
    r"^(?:[A-Z][a-z]+|The|It|There)\s+[a-z]+\s(?:[^$\\=*]|\*\*[^*\n]{1,40}\*\*)*[a-z)%]\s*[.!]?$"
)
# A subject and its verb, then a bold value and the rest of the sentence (`Janet gets **\$5** in change.`).
_SUBJECT_VERB = re.compile(r"^\s*(?:[A-Z][a-z]+|The|It|There)\s+[a-z]+(?:\s+[a-z]+){0,3}\s*$")
_BOLD_IN_SENTENCE = re.compile(r"[^*\n]*\*\*[^*\n]{1,40}\*\*[^*\n]{0,60}?(?:[.!](?=\s|$)|$)")


_GROUP_CHARS = re.compile(r"[{}\\]")


def _read_group(text: str, start: int, limit: int = _MAX_BOX) -> tuple[str, int, bool]:
    """Read a `{…}` group starting at `start`; returns (content, end, closed). Reads at most `limit` chars."""
    depth = 0
    stop = min(len(text), start + limit)
    i = start
    while True:
        special = _GROUP_CHARS.search(text, i, stop)  # jump to the next brace or backslash
        if special is None:
            break
        i = special.start()
        char = text[i]
        if char == "\\":
            i += 2  # an escaped character (`\{`, `\}`) never opens or closes a group
            continue
        if char == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return text[start + 1 : i], i + 1, True
        i += 1
    return text[start + 1 : stop], stop, False


def _last_box_starts(text: str, limit: int) -> list[re.Match[str]]:
    """The last `limit` box commands, last first, found from the end (work independent of how many there are)."""
    found: list[re.Match[str]] = []
    end = len(text)
    while len(found) < limit:
        start = max(text.rfind("\\boxed", 0, end), text.rfind("\\fbox", 0, end))
        if start < 0:
            break
        match = _BOX_RE.match(text, start)
        if match is not None:
            found.append(match)
        end = start
    return found


def _box_at(text: str, match: re.Match[str]) -> tuple[str, int, bool]:
    i = match.end()
    while i < len(text) and text[i] in " \t":
        i += 1
    if i < len(text) and text[i] == "{":
        return _read_group(text, i)
    # `\boxed 5`: one token.
    token = re.match(r"[^\s$]{1,100}", text[i : i + 100])
    if token is None:
        return "", i, False
    return token.group(0), i + token.end(), True


def _boxes(text: str) -> tuple[str, str, int, bool] | None:
    """The last box (the outermost one, if nested), with the boxes right before it in the same conclusion.

    Work is bounded: boxes are read from the end, each at most `_MAX_BOX` characters, and only the last
    `_MAX_GROUP` of them are looked at.
    """
    starts = _last_box_starts(text, _MAX_GROUP * 2)
    if not starts:
        return None
    boxes: list[tuple[int, str, int, bool]] = []  # (start, content, end, closed), last first
    for match in starts:
        content, end, closed = _box_at(text, match)
        if boxes and closed and end >= boxes[-1][2]:
            boxes[-1] = (match.start(), content, end, closed)  # encloses the box after it: keep the outer
            continue
        boxes.append((match.start(), content, end, closed))
        if len(boxes) > _MAX_GROUP:
            break
    start, content, end, closed = boxes[0]
    if not closed:
        return content, "boxed", end, True
    group = [content]
    for prev_start, prev_content, prev_end, prev_closed in boxes[1:]:
        gap = text[prev_end:start]
        if not prev_closed:
            break
        labels = _labels(text, prev_start, gap)
        if labels:  # `$x = \boxed{3}$ and then $y = \boxed{-1}$`: each box states one unknown
            group[-1] = f"{labels[1]} = {group[-1]}"
            prev_content = f"{labels[0]} = {prev_content}"
        elif not _joins(gap):
            break
        group.append(prev_content)
        start = prev_start
    group.reverse()
    distinct = list(dict.fromkeys(part.strip() for part in group))
    return ", ".join(distinct), "boxed", end, False


_LABEL_BEFORE = re.compile(r"(?<![\\a-zA-Z])([a-zA-Z](?:_\{?\d+\}?)?)\s*=\s*$")
_LABEL_GAP = re.compile(r"[\s$,;.]*(?:(?:and|then|and\s+then|so|while|with)[\s$,;.]+)?")


def _labels(text: str, prev_start: int, gap: str) -> tuple[str, str] | None:
    """The two unknowns of `x = \\boxed{3}$ and $y = \\boxed{-1}`: boxes each after its own label, a few words apart.

    Unlike `_joins`, this lets "then" through: what it joins are values of different unknowns, not two tries at one.
    """
    before, after = _LABEL_BEFORE.search(text[max(0, prev_start - 16) : prev_start]), _LABEL_BEFORE.search(gap)
    if before is None or after is None or before.group(1) == after.group(1):
        return None
    if not _LABEL_GAP.fullmatch(gap[: after.start()]):
        return None
    return before.group(1), after.group(1)


def _joins(gap: str) -> bool:
    """Whether the text between two boxes keeps them in one conclusion.

    Connectives (`\\boxed{2} and \\boxed{7}`) join; so does a short stretch of prose in the same paragraph
    ("the first root is \\boxed{2}. Dividing out, the other is \\boxed{7}"), unless it takes the first back.
    """
    if len(gap) <= _BOX_GAP_MAX and _CONNECTIVE.fullmatch(_GAP_NOISE.sub("", gap)):
        return True
    return (
        len(gap) <= _PROSE_GAP_MAX
        and "\n\n" not in gap
        and not _RETRACTION.search(gap)
        and not re.search(r"\\(?![()\[\]])", gap)  # prose only: no LaTeX beyond math delimiters
    )


# GSM8K's ending: the last line is `#### <value>`.
_HASHES = re.compile(r"(?:^|\n)[ \t]*####[ \t]*(?P<value>[-$\\(\[\dA-Za-z][^\n]{0,80}?)[ \t]*$")


# `That is answer choice B.`, `…, which is answer choice D.`: the last sentence of the response names the choice
# it answers with (after an earlier box, the last statement wins).
_ANSWER_CHOICE_END = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)\b(?:the\s+)?answer\s+(?:choice|option)\s+\**\(?(?P<value>[A-E])\)?\**\s*[.!]?\s*$", re.I
)


def _statement(text: str) -> tuple[str, str, int, bool, int] | None:
    hashes = _HASHES.search(text, max(0, len(text.rstrip()) - 100), len(text.rstrip()))
    if hashes:
        return hashes.group("value").strip().rstrip("."), "statement", hashes.end(), False, hashes.start()
    choice = _ANSWER_CHOICE_END.search(text, max(0, len(text.rstrip()) - 200))
    if choice:
        return f"({choice.group('value')})", "statement", choice.end(), False, choice.start()
    start = max(0, len(text) - _STATEMENT_WINDOW)
    segment = text[start:]
    lowered = segment.lower()
    # lower() keeps positions for all but a few non-ASCII characters; fall back to a case-blind regex then.
    found = (
        _STATEMENT_RE.finditer(lowered) if len(lowered) == len(segment) else _STATEMENT_RE_ANYCASE.finditer(segment)
    )
    matches = list(found)[-_STATEMENTS:]
    if "\u7b54\u6848" in segment:  # `答案是 $\frac{15}{16}$。`: a statement in Chinese, read like "the answer is"
        cjk = list(_CJK_STATEMENT.finditer(segment))[-_STATEMENTS:]
        if cjk and (not matches or cjk[-1].start() > matches[-1].start()):
            value, end = _value_after(text, start + cjk[-1].end(), labelled=True)
            value = value.rstrip("\u3002").strip()
            if value:
                return value, "statement", end, False, start + cjk[-1].start()
    for match in reversed(matches):
        heading = match.group("heading") is not None
        if (match.group("label") is not None or heading) and not _LINE_LABEL.search(lowered[: match.start()][-12:]):
            continue  # "answer 9" counts only as a line's label (`Answer $9$`, `**Answer** 17`, `# Final Answer`)
        value, end = _value_after(text, start + match.end(), labelled=match.group("verb") != "is")
        if match.group("verb") != "is" and not heading:
            # `**Answer:** The sale price is **\$36.00**.`: a label over a sentence; the sentence states the value.
            at = start + match.end()
            line_end = text.find("\n", at)
            line = text[at : line_end if line_end >= 0 else len(text)].strip().lstrip("*").strip()
            short = len(line) <= _WINDOW
            subject = _SUBJECT_IS.match(line.replace("**", "")) if short else None
            stated = _conclusion(line) if short and (subject or _SENTENCE_SUBJECT.match(value)) else None
            if not stated and subject:  # `Final answer: the triangle is **obtuse**`, `The vertex is (2, -5).`
                stated = (subject.group("value").strip().strip("$").strip(),)
            if stated and stated[0]:
                return stated[0], "statement", at + len(text[at:].split("\n", 1)[0]), False, start + match.start()
        if heading and len(value.split()) > 3 and not _MATH_START.match(text, start + match.end()):
            continue  # a heading over a sentence (`## Answer` then prose): the conclusion reads that
        if value:
            return value, "statement", end, False, start + match.start()
    return None


# What follows a heading when it is math, not a sentence (`### Final Answer` then `$x \equiv 6 \pmod 7$`).
_MATH_START = re.compile(r"\s*(?:\$|\\\[|\\\(|\\boxed)")
# A labelled value that is a sentence's subject (`Answer: There are ten handshakes.`), read as that sentence.
_SENTENCE_SUBJECT = re.compile(r"(?:\*\*)?(?:The|There|He|She|It|They|We|This|That|Its|His|Her|Their|Our)\s")
# A labelled sentence that names its subject and then the value (`the triangle is obtuse`, `The vertex is (2, -5)`).
_SUBJECT_IS = re.compile(
    r"^(?:the|its|this|our)\s+[a-z][a-z ]{0,40}?\s+(?:is|are|equals)\s+(?P<value>[^\s.;,][^;]{0,80}?)\s*[.!]?\s*$",
    re.I,
)
# A statement in Chinese: 答案是 / 最终答案为 / 答案： ("the (final) answer is").
_CJK_STATEMENT = re.compile(r"(?:\u6700\u7ec8)?\u7b54\u6848\s*(?:\u662f|\u4e3a|:|\uff1a)\s*")
_NAMED_CHOICE = re.compile(r"^(?:the\s+)?(?:option|choice)\s+\(?([A-E])\)?(?![\w(])", re.I)
_ANOTHER_CHOICE = re.compile(r"\b(?:or|and|option|choice)\b|\([A-E]\)", re.I)  # `option (B) or option (C)`: a hedge
_ASIDE = re.compile(r"\s*\([^()]*\$[^()]*\)")  # `(and arc length $2\pi$)`: a remark beside the answer
_PROSE_SPAN = re.compile(r"\$([^$\n]+)\$")


def _span_in_prose(value: str) -> str | None:
    """The one math span a prose value states (asides in parentheses left out, a restatement of it allowed:
    `$x \\le 2$, or in interval notation $(-\\infty, 2]$`), or None."""
    if "$" not in value or not re.match(r"[A-Za-z]", value):
        return None
    value = _ASIDE.sub("", value)
    spans = list(_PROSE_SPAN.finditer(value))
    if len(spans) == 2 and re.fullmatch(_RESTATED, value[spans[0].end() : spans[1].start()]):
        spans = spans[:1]
    return spans[0].group(1).strip() if len(spans) == 1 else None


# `…, answer **(C)**.` closing a sentence, once or more: the last one's letter is `value`.
_APPOSITIONS = re.compile(r"(?:,\s*(?:the\s+)?(?:answer|option|choice)\s+\**\(?(?P<value>[A-E])\)?\**\s*)+[.!]?\s*$")
_UNESCAPED_DOLLAR = re.compile(r"(?<!\\)\$")
# A word answer and an aside in parentheses after it (no digits or math in either).
# A remark in words after a stated value: `06:30 (the next morning)`, `3 1/3 (that is, 10/3)`, `d ≤ 11 (she can go
# at most 11 km)`. (Not a hedge, `12 (or 13)`, nor a modulus or a base, `2 (mod 5)`, `1101 (base 3)`.)
_PROSE_ASIDE = re.compile(
    r"\s+\((?!\s*(?:or|and)\b)(?![^()]*\b(?:mod|base)\b)(?=[^()]*[A-Za-z]{2})[^()\n]{1,80}\)\s*[.!]?$", re.I
)
_WORD_ASIDE = re.compile(
    r"^(?P<value>[A-Za-z][A-Za-z\-']*(?: [A-Za-z][A-Za-z\-']*){0,2})\s+\([^()$\\\d]{1,60}\)\s*[\u3002.]?$"
)


_LETTER_THEN_SPAN = re.compile(r"^(?P<letter>\(?[A-E]\))\s*\$(?P<math>[^$]{1,150})\$\s*\.?$")


def _value_after(text: str, i: int, *, labelled: bool = False) -> tuple[str, int]:
    """The value that starts at `i`: a math span, or the rest of the sentence/line.

    After a label (`Answer: a parabola`) a leading article is part of the value; after "answer is" it
    usually starts a remark about the answer ("the answer is a bit tricky").
    """
    while i < len(text) and text[i] in " \t\n*_}":
        i += 1
    rest = text[i : i + 2_000]
    spans = _JOINED_SPANS.match(rest)
    if spans:  # `Answer: $x < -1$ or $x > 5$`
        return _joined(spans.group(0)), i + spans.end()
    for open_, close in (("\\[", "\\]"), ("\\(", "\\)"), ("$$", "$$"), ("$", "$")):
        if rest.startswith(open_):
            if open_ == "$":  # the closing dollar, past escaped ones (`$\$46$`)
                closing = _UNESCAPED_DOLLAR.search(rest, 1)
                j = closing.start() if closing else -1
            else:
                j = rest.find(close, len(open_))
            content = rest[len(open_) : j] if j >= 0 else ""
            if open_ == "$" and (j < 0 or "\n" in content or len(content) > 150):
                rest = rest[1:]  # a dollar amount, not math: `the answer is $1250.`
                i += 1
                break
            if j < 0:
                return "", i
            return content.strip(), i + j + len(close)
    # Plain text: up to the end of the line or sentence (a period followed by a space or the end); `No; 13` is one
    # answer (a yes or no, then the value it gives).
    said = _YES_NO_THEN_VALUE.match(rest)
    stop = _VALUE_STOP.search(rest, said.end() if said else 0)
    value = rest[: stop.start()] if stop else rest
    bolded = _BOLD_IN_SENTENCE.match(rest) if stop and stop.group(0) == "**" and _SUBJECT_VERB.match(value) else None
    if bolded:  # `**Answer:** Janet gets **\$5** in change.`: the sentence, whose bold value `_search` reads
        return bolded.group(0).strip(), i + bolded.end()
    reason = _REASON.search(value)
    if reason and len(value[: reason.start()].split()) <= 3:
        value = value[: reason.start()]  # a short value, then why: `the answer is 12, since 3 x 4 = 12`
    value = _PADDED_END.sub("", value.strip().strip("*").strip())
    remark = _PROSE_ASIDE.search(value)
    if remark and re.search(r"\d", value[: remark.start()]):  # `155 minutes (2 hours and 35 minutes)`: the value
        value = value[: remark.start()].rstrip()
    aside = _WORD_ASIDE.match(value)
    if aside:  # `Friday (星期五)`, `Cal (he ate the cake)`: a word answer, then a remark or translation of it
        value = aside.group("value")
    yes_no = _YES_NO_OPENING.match(value + " ")
    if yes_no and re.search(r"\d", value) and len(value) <= 80:
        # `Answer: Yes, $5.15 left`: the yes or no with the value it gives (`compare` reads the word alone against
        # a gold `Yes`, and the value against a gold `Yes, \$5.15 left`)
        return value.strip(), i + len(value)
    if yes_no:  # `Answer: Yes, 97 is prime`: the yes or no, before the clause that gives the reason
        return yes_no.group("value").capitalize(), i + len(value)
    if len(value) > 80 or not value:
        return "", i
    named = _NAMED_CHOICE.match(value)
    rest = value[named.end() :] if named else ""
    if named and not _ANOTHER_CHOICE.search(rest) and not _dollars_open(rest) and not _OPEN_END.search(rest):
        # `the answer is option (B) $3^7$` (not a hedge, `option (B) or option (C)`, nor a value cut off)
        return f"({named.group(1)})", i + len(value)
    lettered = _LETTER_THEN_SPAN.match(value)
    if lettered:  # `**Answer:** D) $\frac{5}{36}$`: the choice with the value it stands for
        return f"{lettered.group('letter')} {lettered.group('math').strip()}", i + len(value)
    span = _span_in_prose(value)
    if span is not None:  # `Answer: the sector has area $6\pi$ (and arc length $2\pi$)`
        return span, i + len(value)
    refusal = _NOT_A_VALUE.match(value)
    if refusal and not (labelled and refusal.group(0).lower() in ("a", "an") and len(value.split()) <= 3):
        return "", i
    return _digits_of(value), i + len(value)


# A closing offer or question to the reader after the answer: `Let me know if you'd like the general formula!`
_OFFER_PARAGRAPH = re.compile(
    r"^(?:let\s+me\s+know|would\s+you\s+like|do\s+you\s+want|want\s+me\s+to|feel\s+free|i\s+hope|hope\s+this|"
    r"if\s+you(?:'d|\s+would)?\s+like|shall\s+i)\b[^\n]{0,300}$",
    re.I,
)
# What a remark after the answer may not do: take it back or offer another (`Let me know if it should be 52 instead.`).
_OVERRULES = re.compile(
    r"\b(?:instead|actually|wrong|mistake|error|should\s+be|but|rather|wait|correct(?:ed|ion)?)\b", re.I
)
# A recap that states a number of its own (`In summary, the total is 25.`) is a conclusion, not a recap.
_STATES_NUMBER = re.compile(
    r"\b(?:is|are|was|were|equals?|totals?|gives?|gets?|got|makes?|comes\s+to)\s+(?:exactly\s+|just\s+)?\$?\\?\$?-?\d|=",
    re.I,
)
_BARE_DIGIT = re.compile(r"(?<![\w$.{^_\\])\d")  # a number outside math in an offer is a value of its own
# A recap of the method after the answer: `Summary: we counted multiples of 5, 25 and 125 and added them.`
_SUMMARY_PARAGRAPH = re.compile(r"^[*_#\s]*(?:summary|recap|in\s+summary|to\s+summari[sz]e)\b[*_]*\s*[:,]", re.I)
# Markup a closing paragraph may wear: HTML bold (`<b>Wednesday</b>`) reads as markdown bold, and a paragraph in
# italics (`_The 12-gon has 54 diagonals._`) as its words.
_HTML_BOLD = re.compile(r"</?(?:b|strong)>", re.I)
_ITALIC_PARAGRAPH = re.compile(r"^([_*])(?=[^\s*_])([^_*\n]+)(?<=\S)\1$")
# `No — 221 is not prime, since …`: a closing paragraph that opens on a bare yes or no answers with it.
# (Not a verdict on the work itself: `Yes, that seems correct.`, `No, wait`.)
_VALUE_STOP = re.compile(r"\n|\.(?=\s|$)|\*\*|;")
_YES_NO_THEN_VALUE = re.compile(r"\s*(?:yes|no)\s*;\s*(?=[^\n;]*\d)", re.I)
_YES_NO_OPENING = re.compile(
    r"^(?P<value>Yes|No|True|False)\s*(?:\u2014|\u2013|--|[,.;:!])(?:\s+(?!(?:wait|but|hmm|actually|that|this|it|i|let|so)\b)|$)",
    re.I,
)
# `**No.** 1001 = 7 · 11 · 13 is composite.`, `**Yes**, it can be tiled.`, `**False**: …`: a closing paragraph that
# opens on a bold yes, no, true or false answers with it (bold marks the verdict: `**Yes**, it …` is no remark).
_BOLD_VERDICT = re.compile(
    r"^\*\*(?P<value>Yes|No|True|False)\s*[.!,:;]?\s*\*\*(?=\s*(?:\u2014|\u2013|--|[,.;:!]|$)|\s+(?!wait\b))", re.I
)
# A closing sentence that checks or remarks on the answer stated before it: `Plugging back in: … = 4 ✓`,
# `Note that this is not $(E[X])^2$ …`.
_REMARK_SENTENCE = re.compile(
    r"^(?:check(?:ing)?|verif(?:y|ying|ication)|plugging\s+(?:it\s+|this\s+)?(?:back\s+)?in|substituting\s+(?:it\s+)?back|"
    r"sanity\s+check|note(?:\s+that)?|notice\s+that|as\s+a\s+check|double[- ]check(?:ing)?|"
    r"let\s+me\s+(?:just\s+|quickly\s+)?(?:double[- ]check|check|verify|confirm))\b",
    re.I,
)
# The same remark in parentheses after the sentence that states the answer: `$x = 5$. (Note: $x = -5$ is rejected.)`
_REMARK_ASIDE = re.compile(
    r"(?<=[.!?])\s*\((?:note|n\.b\.|check|verification|remark)\b[^()\n]{0,300}\)\s*[.!]?\s*$", re.I
)
# A remark that says what is asked or concludes again is no remark: `Note that the question asks for $x^2$, so 9.`
_RESTATES = re.compile(
    r"\b(?:answer|ask(?:s|ed)?|question|final|(?:we|you|i|they)\s+(?:need|want)(?:ed)?|actually|instead|but|so|thus|"
    r"hence|therefore|which\s+(?:is|gives))\b",
    re.I,
)
# A paragraph of one math span and its unit (`$t = 1.2$ hours`; not words that go on, `$x = 5$ because`).
_MATH_THEN_UNITS = re.compile(r"^\$[^$\n]+\$\s+(?P<unit>[A-Za-z][A-Za-z/ ]{0,30})$")
# A closing sentence that is one equation in math, after sentences of prose: its value (after the last `=`).
_SENTENCE_MATH = re.compile(r"(?<=[A-Za-z)][.!?])\s+\$[^$\n]*[^<>=!\\]=(?P<value>[^$=\n]+)\$\s*[.!]?$")
# A closing paragraph that names a choice with its value: `(B) $3^7$`, `**(C)** 18`.
_CHOICE_PARAGRAPH = re.compile(r"^\((?P<letter>[A-E])\)\s*(?P<value>\$[^$\n]{1,60}\$|-?\d[\d,]*(?:\.\d+)?)?\s*[.!]?$")
# A short text whose closing paragraph is one bare number (`…, then divide by 2.\n\n5`) states it.
_BARE_NUMBER = re.compile(r"^[-\u2212]?\d[\d,]*(?:\.\d+)?(?:/\d+)?$")


def _bare_number_closes(paragraphs: list[str], text: str) -> bool:
    """Whether a short text's closing paragraph is one bare number that states its answer (not the next item of a
    numbered list: `1. Add 3.\n\n2`)."""
    return (
        len(paragraphs) > 1
        and len(text) <= _EQUATION_ENDS_MAX
        and _BARE_NUMBER.match(paragraphs[-1]) is not None
        and not _LIST_ITEM.search(paragraphs[-2])
    )


_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*\d+[.)]\s")


def _closing_paragraphs(text: str) -> list[str]:
    """The last paragraphs of a text, without the remarks that follow an answer (a check, an offer to the reader,
    a recap of the method when the paragraph before it states a value) and without markup around them."""
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", text[-8 * _WINDOW :].rstrip()) if p.strip()]
    paragraphs = [_ITALIC_PARAGRAPH.sub(r"\2", _HTML_BOLD.sub("**", p)) for p in paragraphs]
    if paragraphs:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraphs[-1][-2 * _WINDOW :])
        if len(sentences) > 1 and (
            (_REMARK_SENTENCE.match(sentences[-1]) and not _RESTATES.search(sentences[-1]))
            or (  # `Sam pays 42 dollars and 50 cents in total. Let me know if you'd like …`
                _OFFER_PARAGRAPH.match(sentences[-1])
                and not _OVERRULES.search(sentences[-1])
                and not _BARE_DIGIT.search(_PROSE_SPAN.sub(" ", sentences[-1]))
            )
        ):
            paragraphs[-1] = paragraphs[-1][: len(paragraphs[-1]) - len(sentences[-1])].rstrip()
        aside = _REMARK_ASIDE.search(paragraphs[-1][-_WINDOW:])
        if aside and aside.start() > 0 and not _RESTATES.search(aside.group(0)):  # `$x = 5$. (Note: …)`
            paragraphs[-1] = paragraphs[-1][: len(paragraphs[-1]) - len(aside.group(0))].rstrip()
    while (
        len(paragraphs) > 1
        and _OFFER_PARAGRAPH.match(paragraphs[-1])
        and not _OVERRULES.search(paragraphs[-1])
        and not _BARE_DIGIT.search(_PROSE_SPAN.sub(" ", paragraphs[-1]))
    ):
        paragraphs.pop()
    if len(paragraphs) > 1 and _CHECK_PARAGRAPH.match(paragraphs[-1]):
        paragraphs.pop()  # `$$f^{-1}(x) = \frac{x+4}{3}$$` then `Check: $f(f^{-1}(x)) = x$. ✓`
    if (
        len(paragraphs) > 1
        and _SUMMARY_PARAGRAPH.match(paragraphs[-1])
        and not _OVERRULES.search(paragraphs[-1])
        and not _RESTATES.search(paragraphs[-1])
        and not _STATES_NUMBER.search(paragraphs[-1])
        and not ends_abruptly(paragraphs[-1])
    ):
        before = paragraphs[-2]
        if _label_line(before) or _closing_math(before):  # `Summing: **62**.` then `Summary: we counted …`
            paragraphs.pop()
    return paragraphs


def _conclusion(text: str) -> tuple[str, str, int, bool] | None:
    offset_end = len(text.rstrip())
    stated = _json_answer(text)
    if stated:
        return stated, "conclusion", offset_end, False
    text = _without_trailing_symbols(text)
    if _VULGAR_RE.search(text[-8 * _WINDOW :]):  # `So, **⅔** of the students passed.`: a number, as `2/3` is
        text = text[: -8 * _WINDOW] + _VULGAR_RE.sub(lambda m: VULGAR_FRACTIONS[m.group(0)], text[-8 * _WINDOW :])
    paragraphs = _closing_paragraphs(text)
    if paragraphs:
        closing = paragraphs[-1]
        yes_no = _BOLD_VERDICT.match(closing) or _YES_NO_OPENING.match(closing)  # before labels: `No: it is 13 × 17`
        if yes_no:
            return yes_no.group("value").capitalize(), "conclusion", offset_end, False
        stated = _label_line(closing)
        if stated:
            return stated, "conclusion", offset_end, False
        choice = _CHOICE_PARAGRAPH.match(closing.replace("**", ""))
        if choice:
            value = f"({choice.group('letter')}) {(choice.group('value') or '').strip('$')}".strip()
            return value, "conclusion", offset_end, False
        if _bare_number_closes(paragraphs, text):
            return closing, "conclusion", offset_end, False
    for k in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 4), -1):
        paragraph = paragraphs[k]
        if k == len(paragraphs) - 1:
            said = _worded_closing(re.split(r"(?<=[.!?])\s+", _ascii_math(paragraph[-300:]).strip())[-1])
            if said:  # `So x must be less than negative two.`, `Three quarters of the pizza is left.`
                return said, "conclusion", offset_end, False
        if _FILLER_PARAGRAPH.match(paragraph):
            if k == len(paragraphs) - 1:
                named = _named_in_closing(paragraph)
                if named:
                    return named.group("value"), "conclusion", offset_end, False
                stated = _closing_math(paragraph)  # `**(A)**`, `**Wednesday**`
                if stated:
                    return stated, "conclusion", offset_end, False
                sentence = re.split(r"(?<=[.!?])\s+", paragraph[-300:].strip())[-1]
                spelled = _spelled_closing(sentence)
                if spelled:  # `So Tom is currently thirty-six.`, `The solution is negative two.`
                    return spelled, "conclusion", offset_end, False
            continue
        last = k == len(paragraphs) - 1
        tail = paragraph[-_WINDOW:]
        assigned = _PLAIN_ASSIGNMENTS.search(tail) if last and "$" not in tail and "\\" not in tail else None
        if assigned:  # `So x = −2 or x = 7.`, `Therefore x = 3 and y = 2.`: every value the sentence assigns
            return assigned.group("value"), "conclusion", offset_end, False
        aligned = _align_value(paragraph) if last and "\\end{" in paragraph else None
        if aligned:
            return aligned, "conclusion", offset_end, False
        closing = _LEAD_IN_DISPLAY.search(paragraph[-_WINDOW:].replace("**", "")) if last else None
        if closing:  # `Dividing both sides by 3,\n$$x = \dfrac{5}{3}.$$`: the display ends the sentence
            return (
                (closing.group("a") or closing.group("b") or closing.group("c")).strip().rstrip(".").strip(),
                "conclusion",
                offset_end,
                False,
            )
        stated = _closing_math(paragraph) if last else None
        if stated:  # the solution ends on a line of math alone: what it states is the answer
            return stated, "conclusion", offset_end, False
        display = _DISPLAY.match(paragraph) if len(paragraph) <= _WINDOW else None
        if display:
            if k > 0 and _CUE.search(paragraphs[k - 1]):
                return (display.group("a") or display.group("b")).strip(), "conclusion", offset_end, False
            return None
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", _ascii_math(paragraph[-2 * _WINDOW :]))
        if last and _REMARK_SENTENCE.match(sentences[-1]) and _RESTATES.search(sentences[-1]):
            sentences = sentences[-1:]  # `So $x = 3$. Note that we need $x^2 = 9$.`: not the value before the note
        closing_sentence = sentences[-1][-_WINDOW:].replace("**", "").strip()
        continued = _CONTINUED_SPAN.search(closing_sentence) if last else None
        if continued and not _OPEN_END.search(continued.group("value")) and not _OVERRULES.search(continued.group(0)):
            return _plain_value(continued.group("value")), "conclusion", offset_end, False
        named = _APPOSITIONS.search(closing_sentence) if last else None
        if named:  # `So there are 12 divisors, answer (C).`: the letter, with the value the sentence states before it
            # Every apposition goes at once, so the sentence before them is read once (not once per apposition).
            before = _APPOSITIONS.sub(".", paragraph)
            stated = _conclusion(before) if before != paragraph else None
            letter = f"({named.group('value')})"
            return (f"{letter} {stated[0]}" if stated else letter), "conclusion", offset_end, False
        day = _DAY_CLOSING.search(closing_sentence) if last else None
        if day:  # `So 100 days from today is a Thursday.`
            return day.group("value"), "conclusion", offset_end, False
        solutions = _SOLUTIONS_CLOSING.search(closing_sentence) if last else None
        if solutions:  # `The equation reduces to $6 = 5$, so it has no solution.`
            return solutions.group("value"), "conclusion", offset_end, False
        verdict = _VERDICT_CLOSING.match(closing_sentence) if last else None
        if verdict:  # `The statement is false; $x^3$ at $0$ is a counterexample.`
            return verdict.group("value"), "conclusion", offset_end, False
        there = (_THERE_ARE.search(closing_sentence) or _THERE_ARE_SPAN.search(closing_sentence)) if last else None
        if there:
            return there.group("value"), "conclusion", offset_end, False
        bare = _SENTENCE_MATH.search(paragraph[-_WINDOW:]) if last else None
        if bare and not _OPEN_END.search(bare.group("value")):  # `… the original price. $\frac{20}{100} = 20\%$.`
            return _plain_value(bare.group("value")), "conclusion", offset_end, False
        singled = _SUBJECT_SINGLED.search(closing_sentence) if last else None
        if singled:  # `Since $9 > 8$, $3^{20}$ is larger.`
            return _plain_value(singled.group("value").strip("$")), "conclusion", offset_end, False
        word = _SPAN_IS_WORD.match(closing_sentence) if last else None
        if word and not _NOT_A_VALUE.match(word.group("value")):  # `Therefore $f$ is an even function.`
            return word.group("value"), "conclusion", offset_end, False
        word = _ANSWER_IS_WORD.search(closing_sentence) if last else None
        if word:  # `Only $x$ is squared, so the answer is a parabola.`
            return word.group("value"), "conclusion", offset_end, False
        choice = _CHOICE_CLOSING.search(closing_sentence) if last else None
        if choice and not _OPEN_END.search(closing_sentence):  # `That is choice $\textbf{(C)}$.`
            return choice.group("value") + (choice.group("stated") or ""), "conclusion", offset_end, False
        money = _MONEY_CLOSING.search(closing_sentence) if last else None
        if money:  # `So her change is 9 dollars and 15 cents.`
            return money.group("value"), "conclusion", offset_end, False
        lasting = _DURATION_CLOSING.search(closing_sentence) if last else None
        if lasting:  # `So the trip takes 2 hours and 15 minutes.`: the duration in all its parts
            return lasting.group("value"), "conclusion", offset_end, False
        for n, sentence in enumerate(reversed(sentences[-2:])):
            sentence = sentence[-_WINDOW:].replace("**", "")  # markdown bold: `the year is **2016**.`
            choice = _CHOICE_CLOSING.search(sentence)
            if choice and choice.group("stated"):  # `the correct option is **(C) 12**.`
                return choice.group("value") + choice.group("stated"), "conclusion", offset_end, False
            for pattern in _CONCLUSION_PATTERNS:
                match = pattern.search(sentence)
                if match and match.groupdict().get("about") == "or" and not _restates_value(match):
                    match = None  # `The answer is 7, or 8.`: a hedge between two values
                if match and _OVER_BEFORE.search(sentence, 0, match.start("value")):
                    match = None  # `… is 3 over 8.`: the denominator of a fraction in words (see `_spelled_closing`)
                if match:
                    value = _worded(_joined(match.group("value")), sentence, match.start("value"), match.end("value"))
                    after = _ROUNDING_AFTER.match(match.groupdict().get("after") or "")
                    if after and "\\approx" not in value:  # `√200 ≈ 14.14`: its rounding, which a decimal gold reads
                        value = f"{value} \\approx {after.group(1)}"
                    return value, "conclusion", offset_end, False
            # The closing sentence's quantity comes before the sentence ahead of it (`So that is 18. Altogether
            # she spends $\$20$.` states 20).
            quantity = _QUANTITY_CLOSING.match(closing_sentence) if last and n == 0 else None
            if quantity:
                value = _plain_value(quantity.group("value").strip("$"))
                start, end = quantity.span("value")
                return _worded(value, closing_sentence, start, end), "conclusion", offset_end, False
        spelled = _spelled_closing(sentences[-1][-_WINDOW:].strip()) if last else None  # its bold kept
        if spelled:  # `So Tom is currently thirty-six.`, `The solution is negative two.`, `… is **3 over 8**.`
            return spelled, "conclusion", offset_end, False
        bold = _BOLD.findall(sentences[-1][-_WINDOW:]) if last else []
        if len(bold) == 1 and _bold_value(bold[0]):
            said = bold[0].strip().strip("$")
            if bound(said):  # `**no more than 11 km**`, `**6 or more tasks**`
                return said, "conclusion", offset_end, False
            value = _plain_value(said)
            at = said.find(value)
            value = _worded(value, said, at, at + len(value)) if at >= 0 else value  # `a **4% decrease**`
            return value, "conclusion", offset_end, False
        return None
    return None


_SPAN_GAP = re.compile(r"\$((?:\s*,)?\s+(?:or|and)\s+|\s*,\s*)\$")


def _joined(value: str) -> str:
    """Math spans a sentence lists (`$x<-2$ or $x>3$`) as one answer (`x<-2 \\text{ or } x>3`)."""
    if not _SPAN_GAP.search(value):
        return value

    def gap(match: re.Match[str]) -> str:
        words = re.findall(r"or|and", match.group(1))
        return f" \\text{{ {words[0]} }} " if words else ", "

    return _SPAN_GAP.sub(gap, value).strip("$")


#: The longest final text whose closing line of plain math counts as finished without a full stop: a cut-off is
#: a token limit, which a short answer never reached (two Sky-T1 outputs cut at 9-10k characters end in `= 8`).
_EQUATION_ENDS_MAX = 2_000


# A numbered step of a worked solution: `Step 5: …`, `**Step 5.** …`.
_STEP_LINE = re.compile(r"^[ \t>*-]*(?:\*\*)?Step\s+\d+(?:\*\*)?\s*[:.](?:\*\*)?\s*\S", re.I)


def _states_whole(text: str) -> bool:
    """Whether a text ends on a line that states a value whole without a full stop: a labelled line (`A: 649`,
    `=> 210`), or, in a short text, a line of plain math (`P(sum = 8) = 5/36`)."""
    stripped = _without_trailing_symbols(text).rstrip()
    line = stripped[stripped.rfind("\n") + 1 :]
    if _DANGLING.search(line[-40:]) or line.count("(") > line.count(")") or _short_table_row(stripped):
        return False  # `Solution: x \le 2 or`, `Equation: (x - 1)^2 + (y`: the line stops short
    if _STEP_LINE.match(line) and not _OPEN_END.search(line):
        return True  # `Step 5: c = √225 = 15`: a numbered step states its result without a full stop
    paragraph = stripped[stripped.rfind("\n\n") + 2 :] if "\n\n" in stripped else stripped
    if _ITALIC_PARAGRAPH.match(paragraph.strip()):  # `_The 12-gon has 54 diagonals._`
        paragraph = paragraph.strip()[1:-1]
        if not ends_abruptly(paragraph):
            return True
    if _ANSWER_LINE.match(line) and not _OPEN_END.search(line):
        return True  # `✅ Final answer: a drop of 13 °C`: a line labelled as the answer, whatever its value's form
    return _label_line(paragraph) is not None or _equation_ends(stripped)


_ANSWER_LINE = re.compile(r"^[^\w\n]*(?:final\s+)?answer(?:\*\*)?\s*:(?:\*\*)?\s*\S[^\n]{0,80}$", re.I)


def _equation_ends(text: str) -> bool:
    """Whether a short text ends on a line of plain math of its own that states a number (`P(sum = 8) = 5/36`)."""
    if len(text) > _EQUATION_ENDS_MAX:
        return False
    stripped = text.rstrip()
    if _OPEN_END.search(stripped):
        return False  # `x = 0, x = 1, and from x + 1 = 0,`: a line that stops on a comma or an operator
    paragraph = stripped[stripped.rfind("\n\n") + 2 :] if "\n\n" in stripped else stripped
    if "\n\n" in stripped:
        before = stripped[: stripped.rfind("\n\n")].rstrip()
        if _bare_number_closes([before.rpartition("\n\n")[2], paragraph.strip()], stripped):
            return True  # `…, then divide by 2.\n\n5`
    units = _MATH_THEN_UNITS.match(paragraph.strip())
    if "\n\n" in stripped and units and is_unit_phrase(units.group("unit")):  # `$t = 1.2$ hours`
        return _closing_math(paragraph.strip()) is not None
    if "\n" in paragraph.strip():
        return False
    equation = _CLOSING_EQUATION.match(paragraph.strip())
    # Words after the value must be its unit (`60 km/h`): `d = 58 and so the` is a line cut off.
    words = equation.group("words").replace("\u00b2", "").replace("\u00b3", "").strip() if equation else ""
    return equation is not None and (not words or is_unit_phrase(words))


# A dollar amount (`$20`, `\$1{,}210`), not the start of math: counted apart when the dollars do not pair up.
# (Not one an operator or a command follows: `$5 + (-2)`, `$4 \cdot 3` open a formula.)
_CURRENCY = re.compile(r"\\\$|(?<![\w$])\$\d[\d,]*(?:\.\d\d)?(?![\d$])(?!\s*(?:[-+/=^_]|\*(?!\*)|\\[a-zA-Z])|\()")


def _dollars_open(paragraph: str) -> bool:
    """Whether a paragraph leaves a `$` math span open (dollar amounts aside, when they are what unpairs it)."""
    if paragraph.count("$") % 2 == 0:
        return False
    return _CURRENCY.sub("", paragraph).count("$") % 2 == 1


# The last sentence is a `since`/`because` clause alone, with no comma, main clause or stop after it.
# (With math in it: a remark such as `If you have questions just ask` ends nothing.)
_OPEN_CLAUSE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:since|because|as|if|when|given\s+that)\s+[^,.;:!?\n$]*\$[^,.;:!?\n]*$", re.I
)


def _short_table_row(paragraph: str) -> bool:
    """Whether a paragraph ends on a markdown table row with fewer cells than its table's header."""
    end = paragraph.rstrip()
    last = end[end.rfind("\n") + 1 :].strip()
    if not last.startswith("|"):
        return False
    block = re.search(r"(?:^|\n)((?:[ \t]*\|[^\n]*\n){2,})[ \t]*\|[^\n]*$", end[-3000:])  # the table, last 3,000 chars
    if block is None:
        return False
    header = block.group(1).lstrip("\n").split("\n", 1)[0].strip()
    return last.strip("|").count("|") < header.strip("|").count("|")


def ends_abruptly(text: str) -> bool:
    """Whether a text stops mid-sentence, mid-formula or inside an open delimiter.

    Args:
        text: The end of a response (or all of it).

    Returns:
        True when the last character cannot end a finished answer, or a display/inline math block
        or brace group is still open.

    Example:
        >>> ends_abruptly("so we get 2x + 3 =")
        True
        >>> ends_abruptly("Hence the area is 12.")
        False
    """
    stripped = text.rstrip()
    if not stripped:
        return False
    last_paragraph = stripped[stripped.rfind("\n\n") + 1 :]
    if stripped.count("\\[") > stripped.count("\\]") or stripped.count("\\(") > stripped.count("\\)"):
        return True
    if stripped.count("$$") % 2 or _dollars_open(last_paragraph):
        return True
    if stripped.count("```") % 2:
        return True  # inside a code block (`print(2.75 *`), which only a closing fence ends
    if last_paragraph.count("{") > last_paragraph.count("}"):
        return True
    if re.search(r"(?:^|\n)[ \t]*(?:\d+\.|[-*])$", stripped[-50:]):
        return True  # a list item that never started
    if _OPEN_SPAN_END.search(stripped[-200:]):
        return True  # `so we get $A = $`, `\[ 7 \times 143 = \]`: the last formula stops on an operator
    if _short_table_row(last_paragraph):
        return True  # `| Total games | 36 × 2 |` under a three-column header: the row stops before its value
    if _OPEN_CLAUSE.search(last_paragraph[-300:]):
        return True  # `Since $i^2 = -1$`: a subordinate clause and no main clause after it
    last = stripped[-1]
    if last in ".!?)]}>$*\"'`|":
        return False
    # A check mark, an end-of-proof box, an emoji or a full-width stop ends a sentence as well as a period.
    return (
        not (ord(last) > 127 and unicodedata.category(last) in ("So", "Po", "Pe", "Pf") and last != "\u2026")
        and last != "\u220e"
    )


def _tail_cut_off(tail: str, final: str, source: str = "boxed") -> bool:
    stripped = tail.strip()
    if not stripped:
        return False
    if source == "statement" and _DANGLING.search(stripped[-40:]) and not _SENTENCE_END.search(tail.rstrip()):
        # `The answer is 5, because`, `答案是 $\frac{15}{16}$，因为`: the statement's own sentence stops short (a box
        # is an answer however its sentence ends, and a remark cut after the statement's sentence is no cut).
        return True
    # A short remark on the same line as the answer ("inches", "cm.") is not a cut; nor is prose with no
    # math in it (a closing remark, "I hope this helps", repeated notes): only a derivation that goes on is.
    if len(stripped) <= 100 and "\n\n" not in stripped and not _has_math_of_its_own(stripped):
        return False  # (a short tail with math that stops short is a cut: `…, so the roots are $x = 0$,`)
    if _REMARK.fullmatch(_CLOSERS.sub("", stripped)) and not _DOUBT.search(stripped):
        return False
    return ends_abruptly(final)


_SENTENCE_END = re.compile(r"[.!?\n\u3002]")
# A text that stops on a word or mark that needs more after it.
_DANGLING = re.compile(
    r"(?:\b(?:and|or|but|because|since|so|which|where|when|while|that|the|an?|of|to|for|with|is|are|was|were|then|if|"
    r"as|by|from|into|than|minus|plus)|[,(\uff0c]|\u56e0\u4e3a|\u6240\u4ee5|\u4f46\u662f)\s*$",
    re.I,
)
_REMARK = re.compile(r"[^$\\=^_{}<>]*")
_TAIL_MATH = re.compile(r"\$[^$]*\$|=|\\[(\[]")  # a math span, an equation or an opened display in a tail


def _has_math_of_its_own(tail: str) -> bool:
    """Whether a tail after the answer holds math besides the rest of the answer's own span (`\\pmod{1000}$`)."""
    first = tail.find("$")
    if first >= 0 and tail.count("$") % 2 == 1 and "\n" not in tail[:first]:
        tail = tail[first + 1 :]  # what closes the answer's span: `}$`, ` \\pmod{1000}$.`
    return bool(_TAIL_MATH.search(_CLOSERS.sub("", tail)))


# Words of a derivation that goes on ("Wait, maybe I need"), not of a closing remark ("Let me know if ...").
_DOUBT = re.compile(
    r"\b(?:wait|hmm+|maybe|perhaps|actually|but|however|let\s+me\s+(?!know)|let's|recheck|reconsider|mistake|"
    r"wrong|suppose|assume|compute|calculate|expand|substitut\w*|solve|check)\b",
    re.I,
)
_CLOSERS = re.compile(r"^(?:\s|\$|\\\)|\\\]|[.,;:!])*")  # what closes the answer's own math span
