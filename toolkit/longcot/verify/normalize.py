"""Turn an extracted answer string into a canonical LaTeX-ish string before it is parsed.

Normalisation only rewrites notation, never values: unicode symbols become their LaTeX names, digit
separators (`1,000`, `1\\,000`, `10\\!080`) disappear inside numbers, decoration (`^\\circ`, `\\%`,
`\\$`, trailing unit words) is dropped, and wrappers (`$…$`, `\\boxed{}`, `\\(…\\)`) are unwrapped.
Nothing here evaluates anything.
"""

from __future__ import annotations

import re
from fractions import Fraction


#: Counts written as words, in order (`NUMBER_WORDS[4] == "four"`): a whole answer `four` is the number 4.
NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    *("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
)
#: Tens as words (`forty` is 40).
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Every word :func:`number_from_words` reads (besides `and`).
SPELLING_WORDS = frozenset((*NUMBER_WORDS, *TENS_WORDS, "hundred", *_SCALES))


def number_from_words(text: str) -> int | None:
    """The whole number a phrase of number words spells (`forty`, `seventy-nine`, `two million one thousand`,
    `three hundred and five`), or None when it is anything else.

    Every word must be a number word (`and` between them aside), and the words must come in the order English
    writes them: `one hundred twenty` is 120, `twenty one hundred` and `five five` are not numbers.

    Example:
        >>> number_from_words("two million one thousand")
        2001000
    """
    words = [w for w in re.split(r"[\s\-]+", text.strip().lower()) if w and w != "and"]
    if not words or len(words) > 12:
        return None
    total, group, last = 0, 0, None  # `last`: the kind of the word before (unit, ten, hundred, scale)
    scale_before = 10**12
    for word in words:
        if word in TENS_WORDS:
            if group % 100:
                return None  # `five twenty`
            group, last = group + TENS_WORDS[word], "ten"
        elif word in NUMBER_WORDS[:20]:
            unit = NUMBER_WORDS.index(word)
            if (
                last in ("unit", "teen")
                or (last == "ten" and (unit == 0 or unit >= 10))
                or (unit == 0 and words != ["zero"])
            ):
                return None
            group, last = group + unit, "teen" if unit >= 10 else "unit"
        elif word == "hundred":
            if not 0 < group < 10:
                return None
            group, last = group * 100, "hundred"
        elif word in _SCALES:
            scale = _SCALES[word]
            if not group or scale >= scale_before:
                return None
            total, group, last, scale_before = total + group * scale, 0, "scale", scale
        else:
            return None
    return total + group


# Ordinals as the cardinals they count (`nineteenth` is nineteen, `twenty-first` twenty-one, `19th` 19).
_ORDINAL_WORDS = {
    "first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight", "ninth": "nine",
    "twelfth": "twelve",
}  # fmt: skip
_UNIT_ORDINALS = ("", "", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINALS = {
    **{w: i for i, w in enumerate(_UNIT_ORDINALS) if w},
    "half": 2, "quarter": 4, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
#: Denominators written as words (`twelfths`, `a quarter`), singular and plural; `first` and `second(s)` are left
#: out (`two seconds` is a time). The contamination
#: check reads them too (`five twelfths`).
FRACTION_WORDS: dict[str, int] = {
    **_ORDINALS, **{w + "s": v for w, v in _ORDINALS.items()}, "halves": 2,
}  # fmt: skip
#: Every word a number said in words is made of (`negative two`, `three-fourths`, `3 over 8`, `twenty-first`,
#: `9 dollars and 15 cents`): what `words_value` reads, and the extractor looks for in a closing sentence.
SPOKEN_WORDS = SPELLING_WORDS | FRACTION_WORDS.keys() | {
    "first", "second", "negative", "minus", "and", "over", "a", "an", "dollar", "dollars", "cent", "cents",
}  # fmt: skip
_DIGITS_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_MONEY_WORDS = re.compile(r"^(?P<whole>.+?)\s+dollars?(?:\s+and\s+(?P<cents>.+?)\s+cents?)?$")
_OVER = re.compile(r"^(?P<num>.+?)\s+over\s+(?P<den>.+)$")


def _count(text: str) -> int | None:
    """A whole number in digits, words or an ordinal (`12`, `twelve`, `twelfth`, `12th`)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    digits = _DIGITS_ORDINAL.match(text)
    if digits:
        return int(digits.group(1))
    words = re.split(r"([\s\-]+)", text.lower())
    last = words[-1]
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("ieth"):
        last = last[:-4] + "y"  # `twentieth`
    elif last.endswith("th") and last[:-2] in NUMBER_WORDS + tuple(_SCALES) + ("hundred",):
        last = last[:-2]  # `sixth`, `hundredth`
    return number_from_words("".join([*words[:-1], last]))


def words_value(text: str) -> Fraction | None:
    """The number a phrase says in words (`negative two`, `three-fourths`, `3 over 8`, `nineteenth`, `9 dollars
    and 15 cents`, `sixty-six dollars`), or None when it is anything else.

    Example:
        >>> words_value("three-fourths")
        Fraction(3, 4)
    """
    text = re.sub(r"\s+", " ", text.strip().lower().replace("\u2212", "-"))
    sign = 1
    for lead in ("negative ", "minus "):
        if text.startswith(lead):
            sign, text = -1, text[len(lead) :]
    money = _MONEY_WORDS.match(text)
    if money:
        whole, cents = _count(money.group("whole")), _count(money.group("cents") or "zero")
        return None if whole is None or cents is None or cents >= 100 else sign * (whole + Fraction(cents, 100))
    over = _OVER.match(text)
    if over:
        num, den = _count(over.group("num")), _count(over.group("den"))
        return None if num is None or not den else sign * Fraction(num, den)
    parts = re.split(r"[\s\-]+", text)
    if len(parts) >= 2 and parts[-1] in FRACTION_WORDS:
        num = 1 if parts[:-1] in (["a"], ["an"]) else _count(" ".join(parts[:-1]))
        return None if num is None else sign * Fraction(num, FRACTION_WORDS[parts[-1]])
    whole = _count(text)
    return None if whole is None else sign * Fraction(whole)


#: Unicode's vulgar fractions, as plain text: `⅔` is `2/3`.
VULGAR_FRACTIONS = {
    "\u00bd": "1/2", "\u00bc": "1/4", "\u00be": "3/4", "\u2153": "1/3", "\u2154": "2/3", "\u2155": "1/5",
    "\u2156": "2/5", "\u2157": "3/5", "\u2158": "4/5", "\u2159": "1/6", "\u215a": "5/6", "\u2150": "1/7",
    "\u215b": "1/8", "\u215c": "3/8", "\u215d": "5/8", "\u215e": "7/8", "\u2151": "1/9", "\u2152": "1/10",
}  # fmt: skip
#: Bounds said in words, and the relation each states (`at least` is `\\ge`).
BOUND_WORDS = {
    "less than or equal to": "\\le", "greater than or equal to": "\\ge", "at least": "\\ge", "at most": "\\le",
    "no less than": "\\ge", "no more than": "\\le", "not less than": "\\ge", "not more than": "\\le",
    "no fewer than": "\\ge", "less than": "<", "fewer than": "<", "smaller than": "<", "greater than": ">",
    "more than": ">", "larger than": ">", "bigger than": ">",
}  # fmt: skip
_BOUND_OPS = {"\\ge": "\\ge", "\\geq": "\\ge", "\u2265": "\\ge", ">=": "\\ge", "\\le": "\\le", "\\leq": "\\le",
              "\u2264": "\\le", "<=": "\\le", "<": "<", ">": ">", "\\lt": "<", "\\gt": ">"}  # fmt: skip
_FLIPPED = {"\\ge": "\\le", "\\le": "\\ge", "<": ">", ">": "<"}
_AMOUNT = r"(?P<value>-?\d+(?:\.\d+)?(?:/\d+)?|[a-z]+(?:[ -][a-z]+){0,3}?)"
_NOUNS = r"(?:\s+[a-z]+){0,3}"
_BOUND_RE = (
    # `x \ge 5`, `d ≤ 11`, `t >= 6`
    re.compile(r"^(?P<var>[a-z])\s*(?P<op>\\geq?|\\leq?|\\[lg]t|[\u2264\u2265]|[<>]=?)\s*" + _AMOUNT + _NOUNS + "$"),
    re.compile(
        r"^" + _AMOUNT + r"\s*(?P<op>\\geq?|\\leq?|\\[lg]t|[\u2264\u2265]|[<>]=?)\s*(?P<var>[a-z])$"
    ),  # `5 \le x`
    # `at least 6 tasks`, `x is any number greater than or equal to 5`, `no more than 11 km`
    re.compile(
        r"^(?:(?P<var>[a-z])\s+(?:is|must\s+be|can\s+be|are)\s+)?(?:any\s+(?:real\s+)?(?:number|value)\s+)?(?:of\s+)?"
        r"(?P<words>"
        + "|".join(w.replace(" ", r"\s+") for w in sorted(BOUND_WORDS, key=len, reverse=True))
        + r")\s+"
        + _AMOUNT
        + _NOUNS
        + "$"
    ),
    re.compile(r"^" + _AMOUNT + r"\s+or\s+(?P<more>more|greater|fewer|less)" + _NOUNS + "$"),  # `6 or more tasks`
)


def bound(text: str) -> tuple[str, str] | None:
    """The relation and value of an answer that states one bound on one unknown (`at least 6 tasks`, `t \\ge 6`,
    `6 or more`, `5 \\le x`): `("\\ge", "6")`; None for anything else (an interval, two bounds, a number).

    Example:
        >>> bound("no more than eleven km")
        ('\\\\le', '11')
    """
    plain = re.sub(r"\\(?:text|mathrm)\s*\{([^{}]*)\}", r" \1 ", text.replace("\u2212", "-"))
    plain = re.sub(r"\s+", " ", plain.replace("$", "")).strip().rstrip(".").strip().lower()
    for k, pattern in enumerate(_BOUND_RE):
        match = pattern.match(plain)
        if match is None:
            continue
        said = match.group("value")
        value = said if re.match(r"-?\d", said) else words_value(said)
        if value is None:
            continue
        groups = match.groupdict()
        if groups.get("words"):
            op = BOUND_WORDS[re.sub(r"\s+", " ", groups["words"])]
        elif groups.get("more"):
            op = "\\ge" if groups["more"] in ("more", "greater") else "\\le"
        else:
            op = _BOUND_OPS[groups["op"]]
            op = _FLIPPED[op] if k == 1 else op
        return op, str(value)
    return None


_UNICODE = {
    "\u2212": "-",  # minus sign
    "\u2013": "-",
    "\u2014": "-",
    "\u00d7": r"\times ",
    "\u22c5": r"\cdot ",
    "\u00b7": r"\cdot ",
    "\u00f7": r"\div ",
    "\u03c0": r"\pi ",
    "\u221a": r"\sqrt",
    "\u221e": r"\infty ",
    "\u2264": r"\le ",
    "\u2265": r"\ge ",
    "\u2260": r"\ne ",
    "\u2248": r"\approx ",
    "\u222a": r"\cup ",
    "\u2229": r"\cap ",
    "\u00b0": r"^\circ",
    "\u00b1": r"\pm ",
    "\u2213": r"\mp ",
    "\u2208": r"\in ",
    "\u2209": r"\notin ",
    "\u211d": r"\mathbb{R}",
    "\u2009": " ",
    "\u202f": " ",
    "\u00a0": " ",
    "\u2032": "'",
    "\u20ac": r"\$",  # euro, pound and yen signs: currency is decoration like `\$`
    "\u00a3": r"\$",
    "\u00a5": r"\$",
    **{sign: "\\frac{" + plain.replace("/", "}{") + "}" for sign, plain in VULGAR_FRACTIONS.items()},
}
# A run of superscript characters is one exponent: `10⁻⁸` is `10^{-8}`, `10²³` is `10^{23}`.
SUPERSCRIPTS = dict(zip("\u207b\u207a\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "-+0123456789"))
SUPERSCRIPT_RUN = re.compile("[" + "".join(SUPERSCRIPTS) + "]+")


def superscripts_as_exponents(text: str) -> str:
    """Each run of superscript characters as one TeX exponent: `10⁻⁸` is `10^{-8}`, `cm²` is `cm^{2}`."""
    if not SUPERSCRIPT_RUN.search(text):
        return text
    return SUPERSCRIPT_RUN.sub(lambda m: "^{" + "".join(SUPERSCRIPTS[c] for c in m.group(0)) + "}", text)


_UNICODE_RE = re.compile("|".join(map(re.escape, _UNICODE)))
# `√58` is the root of 58 (LaTeX's `\sqrt58` would be `\sqrt{5}8`): the digits after the sign are its argument.
_UNICODE_ROOT = re.compile(r"\u221a(\d+(?:\.\d+)?)")
# `f'(x) = …`, `y'' = …`: a derivative named on the left of an answer is a label (its primes would read as quotes,
# which no math answer holds); it becomes a subscripted name, `f_{d1}(x)`, that keeps first and second apart.
_PRIMED_LABEL = re.compile(r"^([A-Za-z])('{1,3})(?=\s*(?:\(\s*[a-z]\s*\)\s*)?=)")

# Spacing commands; between two digits they are thousands separators (`10\,080`), elsewhere a space.
_SPACING = r"(?:\\,|\\!|\\;|\\:|\\ |~|\\thinspace|\\quad|\\qquad|\{,\})"
_SEPARATOR_IN_NUMBER = re.compile(
    r"(?<=\d)(?:\s*" + _SPACING + r"\s*|(?<![\d.]\d{4})(?<=\d) (?=\d{3}(?!\d)))(?=\d{3}(?!\d))"
)
_SPACING_RE = re.compile(_SPACING)
# `10,\!000` / `10,\,000`: a comma and a negative or thin space between digit groups (either side of a pair).
_COMMA_SPACE_IN_NUMBER = re.compile(r"(?<=\d),\s*(?:\\!|\\,|\\ |~)\s*(?=\d{3}(?!\d))")
# `3{,}5`: LaTeX's decimal comma (a group of three digits after it is a thousands separator instead).
_BRACED_COMMA = re.compile(r"(?<=\d)\{,\}(?=(\d+))")
# A raw string written twice escaped (`\\frac{1}{2}` in a CSV): a doubled backslash before a command name.
_DOUBLED_COMMAND = re.compile(
    r"(?<!\\)\\\\(?=(?:frac|dfrac|tfrac|sqrt|pi|text|textbf|mathrm|boxed|left|right|cdot|times|infty|le|ge|leq|geq|"
    r"neq|ne|pm|mp|circ|angle|alpha|beta|gamma|theta|lambda|mu|sigma|omega|log|ln|sin|cos|tan|in|cup|cap|emptyset|"
    r"varnothing|begin|end|overline|binom|dots|ldots|quad|mathbf|displaystyle)(?![a-zA-Z]))"
)
# ASCII interval notation: `U` between two intervals is a union, `oo` (sympy's spelling) is infinity.
# `3 11/12`, `3 and 11/12` in plain text: a mixed number (a whole and a proper fraction), as `3\frac{11}{12}` reads.
_MIXED_NUMBER = re.compile(r"(?<![\d.,/^{])(\d+)\s+(?:and\s+)?(\d+)/(\d+)(?![\d/.])")


_BASE_IN_WORDS = re.compile(
    r"_\s*\{\s*\\(?:text|mathrm|textrm)\s*\{\s*(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"sixteen)\s*\}\s*\}",
    re.I,
)


def _as_mixed(match: re.Match[str]) -> str:
    whole, num, den = match.groups()
    return f"{whole}\\frac{{{num}}}{{{den}}}" if int(num) < int(den) else match.group(0)


_ASCII_UNION = re.compile(r"(?<=[\])])\s+U\s+(?=[\[(])")
_ASCII_INFINITY = re.compile(r"(?<![A-Za-z\\])oo(?![A-Za-z])")
_EMPTY_SET = re.compile(r"\\(?:varnothing|emptyset)(?![a-zA-Z])|\u2205|\\\{\s*\\\}")
_WRAPPERS = (
    re.compile(r"^\\boxed\s*\{(.*)\}$", re.S),
    re.compile(r"^\\fbox\s*\{(.*)\}$", re.S),
    re.compile(r"^\$\$(.*)\$\$$", re.S),
    re.compile(r"^\$(.*)\$$", re.S),
    re.compile(r"^\\\((.*)\\\)$", re.S),
    re.compile(r"^\\\[(.*)\\\]$", re.S),
)
_DECORATION = [
    # `-4°C`, `-4^\circ\text{F}`: a temperature's scale letter goes with its degree sign.
    (re.compile(r"\^\s*\{?\s*\\circ\s*\}?(?:\s*(?:\\(?:text|mathrm)\s*\{\s*[CFK]\s*\}|[CFK](?![A-Za-z])))?"), ""),
    (re.compile(r"\^\s*\{\s*\\text\{\s*o\s*\}\s*\}"), ""),
    (re.compile(r"\\%|%"), ""),
    (re.compile(r"(?<=\d)\s*\^?\s*\{?\s*\\(?:text|mathrm)\s*\{\s*(?:st|nd|rd|th)\s*\}\s*\}?"), ""),
    (re.compile(r"(?<=\d)\^\{?(?:st|nd|rd|th)\}?"), ""),
    (re.compile(r"\\\$"), ""),
    (re.compile(r"\\(?:displaystyle|textstyle|left|right|big|Big|bigg|Bigg)(?![a-zA-Z])"), ""),
    (re.compile(r"\\[dt]frac"), r"\\frac"),
    (re.compile(r"\\(?:colon(?![a-zA-Z])|math(?:bin|rel|punct)\s*\{\s*:\s*\})"), ":"),  # `3 \colon 5` is `3:5`
    (re.compile(r"\\(?:le|leqslant|leqq)(?![a-zA-Z])"), r"\\leq"),
    (re.compile(r"\\(?:ge|geqslant|geqq)(?![a-zA-Z])"), r"\\geq"),
    (re.compile(r"\\neq(?![a-zA-Z])"), r"\\ne"),
    (re.compile(r"\\(?:mathbf|boldsymbol|bm|mathit|mathnormal|operatorname|underline)\s*\{([^{}]*)\}"), r"\1"),
]
# A unit is a word (optionally squared/cubed) after a value; it is decoration.
_UNIT_WORDS = (
    "units?|square units|sq units|cm|mm|km|m|meters?|metres?|centimeters?|kilometers?|inches|inch|in|feet|foot|ft|"
    "yards?|miles?|mph|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|degrees?|deg|"
    "radians?|rad|dollars?|cents?|pounds?|lbs?|kg|g|grams?|liters?|litres?|l|ml|gallons?|ounces?|oz|people|"
    "students?|ways?|points?|calories|percent|mph|km/h|square feet|square inches|square meters|square centimeters|"
    "cubic feet|cubic inches|cubic units|cubic centimeters|sq ft|sq in"
)
_UNIT_GROUP = (
    r"\\(?:text|mbox|mathrm|textrm|textnormal|textbf|textit|textsf|mathsf)\s*"
    r"\{\s*(?:[a-zA-Z][a-zA-Z./ ]*)(?:\^\s*\{?-?[123]\}?)?\s*\}"  # `\mathrm{cm^2}`: the power inside
    r"(?:\s*\^\s*\{?-?[123]\}?)?"  # `\mathrm{s}^{-1}`
)
# `\text{ cm}^2`, and compound units written group by group: `\mathrm{m} / \mathrm{s}^{2}`, `\text{N}\cdot\text{m}`,
# `\mathrm{m}\,\mathrm{s}^{-1}`.
_TRAILING_TEXT_UNIT = re.compile(
    r"(?:(?<=[\d}).\s])|(?<=\\pi))\s*" + _UNIT_GROUP + r"(?:\s*(?:/|\\cdot)?\s*" + _UNIT_GROUP + r")*\s*$"
)
# One unit (squared or cubed), or a rate of two: `inches per second`, `m/s^2`.
_UNIT = r"(?:" + _UNIT_WORDS + r")(?:\s*\^\s*\{?[23]\}?)?"
_UNIT_RATE = _UNIT + r"(?:\s*(?:/|\s+per\s+)" + _UNIT + r")?"
_TRAILING_UNIT_WORD = re.compile(r"(?:(?<=[\d}])|(?<=\\pi))\s+" + _UNIT_RATE + r"\.?\s*$", re.I)
_UNIT_PHRASE = re.compile(_UNIT_RATE, re.I)


def is_unit_phrase(text: str) -> bool:
    """Whether a phrase is a unit the normaliser drops after a value (`hours`, `square units`, `km/h`).

    Example:
        >>> is_unit_phrase("hours"), is_unit_phrase("for some")
        (True, False)
    """
    return _UNIT_PHRASE.fullmatch(text.strip()) is not None


# The words of a statement inside a box, before a value: `\text{The answer is } 214`, `\text{Final answer: } (1,3)`.
_ANSWER_IS_LEAD = re.compile(
    r"^\\(?:text|mathrm|textbf)\s*\{\s*(?:the\s+)?(?:final\s+)?answer(?:\s+is)?\s*:?\s*\}\s*(?=\S)", re.I
)
_BOUND_OP = r"(?:<|>|\\[lg]eq?|\\[lg]t|[\u2264\u2265])"
_OR_BETWEEN_BOUNDS = re.compile(
    r"(?<=[\d}a-z])\s*(?:\\[,;]\s*|\\quad\s*)?(?:\\text\s*\{\s*or\s*\}|\bor\b)\s*(?:\\[,;]\s*|\\quad\s*)?"
    r"(?=[a-z]\s*" + _BOUND_OP + r"|-?\d[\d.]*\s*" + _BOUND_OP + r")"
)
# Where an extremum is attained, after its value: `4 \text{ (attained at } x = 1\text{)}`, `4, \text{ attained at } …`
# (not `\text{ for } x > 0`, which restricts the answer).
_ATTAINED = re.compile(
    r"(?<=\S)\s*(?:,\s*)?\\text\s*\{\s*(?:\(\s*(?:attained|achieved|reached|at|when|for|where)|attained|achieved|reached)\b"
    r".*$",
    re.S,
)
# `3 to 4` for a whole answer is the ratio `3:4`; `EUR 340`, `USD 12` name a currency; `340 per month` a rate.
_RATIO_WORDS = re.compile(r"^(\d+(?:\.\d+)?)\s+to\s+(\d+(?:\.\d+)?)$")
_CURRENCY_CODE = re.compile(r"^(?:EUR|USD|GBP|JPY|CAD|AUD|US\\?\$)\s*(?=\d)|(?<=\d)\s*(?:EUR|USD|GBP|JPY|CAD|AUD)$")
_PER_PERIOD = re.compile(r"(?<=[\d}])\s*(?:/|\s+per\s+|\s+a\s+)(?:month|week|year|day|night|person|each)$")
# A dollar amount written with a bare `$` (`$78`, no closing `$`): the sign is decoration like `\$`.
_DOLLAR_AMOUNT = re.compile(r"^\$(?=-?\d[\d,]*(?:\.\d+)?$)")


def unwrap(text: str) -> str:
    """Remove outer `$…$`, `\\(…\\)`, `\\[…\\]` and `\\boxed{…}` wrappers, repeatedly.

    Args:
        text: An answer string.

    Returns:
        The innermost content, stripped.

    Example:
        >>> unwrap(r"$\\boxed{\\frac{1}{2}}$")
        '\\\\frac{1}{2}'
    """
    text = text.strip()
    changed = True
    while changed:
        changed = False
        for pattern in _WRAPPERS:
            match = pattern.match(text)
            if match and _balanced(match.group(1)):
                text = match.group(1).strip()
                changed = True
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# `f(x) = x \text{ for all } x \in \mathbb{R}`: a closing "for every real x" restates the default domain, so it
# says nothing the bare answer does not. (A narrower domain, `\text{ for } x > 0`, is kept: it is part of the answer.)
_FOR_ALL_REAL = re.compile(
    r"(?:\\text\s*\{\s*for\s+(?:all|every|each)(?:\s+real)?(?:\s+numbers?)?\s*\}\s*[a-z]"
    r"|\\text\s*\{\s*for\s+(?:all|every|each)(?:\s+real)?(?:\s+numbers?)?\s+[a-z]\s*\}|\\forall\s*[a-z])"
    r"(?:\s*\\in\s*\\mathbb\s*\{?\s*R\s*\}?)?\s*$"
)


# `\boxed{\approx 3.16}`, `\boxed{x \approx 3.16}`: a rounding states its rounded value (`\approx 2` is no integer,
# and a rounded value never equals an exact irrational gold: this reads `3.16`, it does not make it `\sqrt{10}`).
_APPROX_LEAD = re.compile(r"^(?:(?P<label>[A-Za-z](?:_\{?\w{1,3}\}?)?)\s*)?\\approx\s*(?=-?\d*\.\d)")


# A vector in unit-vector notation, `-2\mathbf{i}+13\mathbf{j}-8\mathbf{k}` or `3\hat{\imath} - \hat{\jmath}`: the
# components, read as the tuple `(-2, 13, -8)` (a bare `i` stays the imaginary unit: only a decorated one is a vector).
_UNIT_VECTOR = re.compile(
    r"\\(?:mathbf|hat|vec|boldsymbol|bm)\s*(?:\{\s*\\?(?P<braced>[ijk]|imath|jmath)\s*\}|\s+(?P<bare>[ijk]))(?![a-zA-Z])"
)


_SPACED_ENDS = re.compile(r"^(?:\\[ ,;!]|\s)+|(?:\\cdot|\*|\\[ ,;!]|\s)+$")


def _unit_vectors(text: str) -> str:
    """`a\\mathbf{i} + b\\mathbf{j} + c\\mathbf{k}` as `(a, b, c)` (2 components without `k`); else the text."""
    matches = list(_UNIT_VECTOR.finditer(text))
    if not matches or text[matches[-1].end() :].strip():
        return text
    found: dict[str, str] = {}
    start = 0
    for k, match in enumerate(matches):
        axis = (match.group("braced") or match.group("bare"))[0]
        coefficient = _SPACED_ENDS.sub("", text[start : match.start()])
        start = match.end()
        if axis in found or any(c in coefficient for c in "=,;") or (k and not coefficient.startswith(("+", "-"))):
            return text
        sign, body = ("-", coefficient[1:]) if coefficient.startswith("-") else ("", coefficient.lstrip("+"))
        body = body.strip()
        if body.startswith(("+", "-")):
            return text
        found[axis] = sign + (body or "1")
    axes = "ijk" if "k" in found else "ij"
    return "(" + ", ".join(found.get(axis, "0") for axis in axes) + ")"


_GAP = r"(?:\s|\\[,;:! ]|~)*"
_TRIG_HEAD = re.compile(r"\\(?:sin|cos|tan|sec|csc|cot)(?![a-zA-Z])(?:\s*\^\s*(?:\{[^{}]*\}|\d))?" + _GAP)
_CIS = re.compile(
    r"(?:\\(?:operatorname|text|mathrm|textrm|rm)\s*\{\s*cis\s*\}|\\cis(?![a-zA-Z])|(?<![a-zA-Z\\])cis(?![a-zA-Z]))"
    + _GAP
)
_DEGREES = re.compile(r"(\d+(?:\.\d+)?)\s*\^\s*(?:\{\s*\\circ\s*\}|\\circ)")
_CLOSERS = {"(": ")", "{": "}", "[": "]"}


def _argument(text: str, at: int) -> int:
    """Where the argument of a function that starts at `at` ends: a bracketed group, else a run up to a space,
    a sign or a closing bracket (`270^\\circ`, `\\frac{\\pi}{3}`)."""
    if at < len(text) and text[at] in _CLOSERS:
        depth = 0
        for i in range(at, len(text)):
            depth += text[i] in _CLOSERS
            depth -= text[i] in _CLOSERS.values()
            if depth == 0:
                return i + 1
        return len(text)
    depth, i = 0, at
    while i < len(text) and (depth or text[i] not in " +-)]},"):
        depth += text[i] in "({["
        depth -= text[i] in ")}]"
        i += 1
    return i


def _degree_arguments(text: str) -> str:
    """`r\\operatorname{cis}\\theta` as `r(\\cos\\theta + i\\sin\\theta)`, and degrees in a trigonometric
    function's argument as radians (`\\cos 60^\\circ` is `\\cos(60\\pi/180)`): elsewhere `^\\circ` is decoration."""
    out, at = [], 0
    for m in _CIS.finditer(text):
        if m.start() < at:
            continue
        end = _argument(text, m.end())
        arg = text[m.end() : end]
        if not arg.strip():
            continue
        out += [text[at : m.start()], f"(\\cos{{{arg}}} + i\\sin{{{arg}}})"]
        at = end
    text = "".join([*out, text[at:]])
    if "circ" not in text:
        return text
    out, at = [], 0
    for m in _TRIG_HEAD.finditer(text):
        if m.start() < at:
            continue
        end = _argument(text, m.end())
        arg = text[m.end() : end]
        if _DEGREES.search(arg):
            out += [text[at : m.end()], "(" + _DEGREES.sub(r"(\1\\pi/180)", arg) + ")"]
            at = end
    return "".join([*out, text[at:]])


def normalize(text: str) -> str:
    """Rewrite an answer into the canonical notation the parser reads.

    Args:
        text: An answer string, e.g. the content of a `\\boxed{}` or a gold answer from a dataset.

    Returns:
        The normalised string: unwrapped, unicode replaced, separators removed, decoration dropped.

    Example:
        >>> normalize(r"$10\\,080^\\circ$")
        '10080'
    """
    text = superscripts_as_exponents(text)
    text = _UNICODE_ROOT.sub(r"\\sqrt{\1}", text)
    text = _UNICODE_RE.sub(lambda m: _UNICODE[m.group(0)], text)
    text = _DOUBLED_COMMAND.sub(r"\\", text)
    text = unwrap(text).rstrip("\\").rstrip()  # a trailing lone backslash is an export artefact
    text = _ANSWER_IS_LEAD.sub("", text)  # `\boxed{\text{The answer is } 214}`: the value the words lead to
    if "or" in text and _OR_BETWEEN_BOUNDS.search(text) and not re.search(r"(?<![<>!\\])=", text):
        # `x < -2 \text{ or } x \ge 1`: one set, their union (not `n = 1 \text{ or } n \ge 5`, a value and a ray)
        text = _OR_BETWEEN_BOUNDS.sub(r" \\cup ", text)
    text = _ATTAINED.sub("", text)  # `4 \text{ (attained at } x = 1\text{)}`: the value, without where
    if "\\" in text and _UNIT_VECTOR.search(text):
        text = _unit_vectors(text)
    text = _PRIMED_LABEL.sub(lambda m: f"{m.group(1)}_{{d{len(m.group(2))}}}", text)
    text = _DOLLAR_AMOUNT.sub("", text)
    text = _APPROX_LEAD.sub(lambda m: f"{m.group('label')} = " if m.group("label") else "", text)
    text = _EMPTY_SET.sub(r"\\{\\}", text)
    if "oo" in text or " U " in text:  # ASCII intervals: `[-2, 3) U (3, oo)`
        text = _ASCII_INFINITY.sub(r"\\infty", _ASCII_UNION.sub(r" \\cup ", text))
    text = _COMMA_SPACE_IN_NUMBER.sub("", text)
    text = _BRACED_COMMA.sub(lambda m: "" if len(m.group(1)) == 3 else ".", text)
    # Row breaks (`\\`) must survive the spacing rules below, which read `\ ` as a space.
    text = re.sub(r"\\\\(?:\[[^\]]*\])?", r" \\cr ", text)
    text = _SEPARATOR_IN_NUMBER.sub("", text)
    text = _MIXED_NUMBER.sub(_as_mixed, text)
    if "_" in text:  # `110101_{\text{two}}` is `110101_{2}`
        text = _BASE_IN_WORDS.sub(lambda m: f"_{{{NUMBER_WORDS.index(m.group(1).lower())}}}", text)
    if "cis" in text or ("circ" in text and _TRIG_HEAD.search(text)):
        text = _degree_arguments(text)
    for pattern, replacement in _DECORATION:
        text = pattern.sub(replacement, text)
    text = _SPACING_RE.sub(" ", text)
    text = unwrap(text)
    text = text.strip().rstrip(".;").strip()
    universal = _FOR_ALL_REAL.search(text)
    if universal and universal.start() > 0:
        text = text[: universal.start()].rstrip().rstrip(",").rstrip()
    text = _RATIO_WORDS.sub(r"\1:\2", _CURRENCY_CODE.sub("", _PER_PERIOD.sub("", text)))
    # Units twice: `5 \text{ cm}^2` then nothing; `12 \text{ inches}.` then nothing.
    for _ in range(2):
        text = _TRAILING_TEXT_UNIT.sub("", text).strip()
        text = _TRAILING_UNIT_WORD.sub("", text).strip()
    if _is_grouped(text):
        text = text.replace(",", "")
    return re.sub(r"\s+", " ", text).strip()


def _is_grouped(text: str) -> bool:
    # `1,000` is a number, but `1,000, 2` or `(1,234)` could be a list; only whole-number strings are regrouped.
    return re.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", text) is not None
