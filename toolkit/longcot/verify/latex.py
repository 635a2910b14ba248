"""A small, safe LaTeX math parser for answer-sized expressions.

It reads the notation answers use (numbers, `+ - * / ^`, implicit products, `\\frac`, `\\sqrt`, `!`,
`\\pi`, `e`, `i`, `\\infty`, trig and log functions, `\\binom`, subscripted symbols) into a tiny tree
of tuples. Two back ends read the tree: :func:`to_fraction` (exact rationals, pure Python, bounded
work, no sympy) and :func:`to_sympy` (sympy objects built with constructors, never `sympify` of a
string). Anything it does not know raises :class:`LatexParseError`; the caller then falls back to
latex2sympy2_extended inside a killable worker.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any


class LatexParseError(ValueError):
    """The string is outside the notation this parser reads."""


class NotRational(ValueError):
    """The expression has no exact rational value that is cheap to compute."""


Tree = tuple[Any, ...]

_TOKEN = re.compile(
    r"\s*(?:"
    r"(?P<sci>\d+(?:\.\d+)?[eE][-+]?\d+(?![\w.]))"
    r"|(?P<num>\d+\.\d*|\.\d+|\d+)"
    r"|(?P<cmd>\\[a-zA-Z]+)"
    r"|(?P<word>sqrt|sin|cos|tan|log|ln|exp|pi)(?![a-zA-Z])"
    r"|(?P<letter>[a-zA-Z])"
    r"|(?P<op>\*\*|[-+*/^_!(){}\[\]|,'])"
    r")"
)
_FUNCS = {
    "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
    "log", "ln", "exp", "lg",
}  # fmt: skip
_GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi",
    "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega",
}  # fmt: skip
_MUL_CMDS = {"\\cdot", "\\times", "\\ast"}
_MAX_BITS = 65_536  # beyond this, exact rational work goes to sympy in a killable worker
_MAX_FACTORIAL = 3_000  # 3000! has about 30,000 bits: exact and still fast (`\\frac{1}{2004!}`)


def tokenize(text: str) -> list[tuple[str, str]]:
    """Split a LaTeX math string into (kind, text) tokens.

    Args:
        text: A normalised answer.

    Returns:
        Tokens; kinds are `num`, `sci`, `cmd`, `word`, `letter`, `op`.

    Raises:
        LatexParseError: A character is outside the supported notation.

    Example:
        >>> tokenize(r"2\\pi")
        [('num', '2'), ('cmd', '\\\\pi')]
    """
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise LatexParseError(f"unexpected {text[pos : pos + 10]!r}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        pos = match.end()
    if any(kind == "sci" for kind, _ in tokens) and len([t for t in tokens if t != ("op", "-")]) > 1:
        # E-notation is a number written alone (`3.2e5`, `-1e-3`); inside an expression `2e-4` is 2e - 4
        # (`\frac{2e-4}{e}`)
        tokens = [part for token in tokens for part in (_split_sci(token[1]) if token[0] == "sci" else [token])]
    return tokens


def _split_sci(text: str) -> list[tuple[str, str]]:
    """`2e-4` as the tokens of 2·e − 4."""
    mantissa, rest = re.split(r"[eE]", text, maxsplit=1)
    parts = [("num", mantissa), ("letter", text[len(mantissa)])]
    if rest[0] in "+-":
        parts.append(("op", rest[0]))
        rest = rest[1:]
    return [*parts, ("num", rest)]


class _Parser:
    """Recursive descent over tokens; one method per level of the grammar.

    expr := ["+"|"-"] term (("+"|"-") term)*
    term := unary (("*"|"/"|\\cdot|\\times|\\div) unary | power)*      # juxtaposition multiplies
    unary := ("+"|"-") unary | power
    power := postfix [("^"|"**") script] ["!"]*
    atom := number | letter[_sub] | (expr) | [expr] | {expr} | |expr| | \\frac | \\sqrt | \\binom | function | constant
    """

    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise LatexParseError("unexpected end")
        self.pos += 1
        return token

    def expect(self, value: str) -> None:
        token = self.take()
        if token[1] != value:
            raise LatexParseError(f"expected {value!r}, got {token[1]!r}")

    def parse(self) -> Tree:
        tree = self.expr()
        if self.peek() is not None:
            raise LatexParseError(f"unexpected {self.peek()}")
        return tree

    def expr(self) -> Tree:
        token = self.peek()
        if token is not None and token[1] in "+-" and token[0] == "op":
            self.take()
            left = self.term()
            left = ("neg", left) if token[1] == "-" else left
        else:
            left = self.term()
        while (token := self.peek()) is not None and token[0] == "op" and token[1] in ("+", "-"):
            self.take()
            right = self.term()
            left = ("add", left, right if token[1] == "+" else ("neg", right))
        return left

    def term(self) -> Tree:
        left = self.unary()
        while (token := self.peek()) is not None:
            if token[1] in ("*", "/") or token[1] in _MUL_CMDS or token[1] == "\\div":
                self.take()
                right = self.unary()
                left = ("div", left, right) if token[1] in ("/", "\\div") else ("mul", left, right)
            elif self.starts_atom(token):
                left = ("mul", left, self.power())
            else:
                break
        return left

    def unary(self) -> Tree:
        token = self.peek()
        if token is not None and token[0] == "op" and token[1] in "+-":
            self.take()
            inner = self.unary()
            return ("neg", inner) if token[1] == "-" else inner
        return self.power()

    def starts_atom(self, token: tuple[str, str]) -> bool:
        kind, value = token
        if kind in ("num", "sci", "letter", "word"):
            return True
        if kind == "cmd":
            return value not in _MUL_CMDS and value != "\\div"
        return value in ("(", "{", "[")

    @staticmethod
    def continues_argument(token: tuple[str, str]) -> bool:
        """Whether `token` goes on a function's unparenthesised argument: a letter, a Greek letter or π."""
        kind, value = token
        return (
            kind == "letter"
            or (kind == "word" and value == "pi")
            or (kind == "cmd" and (value[1:] in _GREEK or value == "\\pi"))
        )

    def power(self) -> Tree:
        base = self.postfix()
        token = self.peek()
        if token is not None and token[1] in ("^", "**"):
            self.take()
            exponent = self.script(whole_number=True) if token[1] == "^" else self.unary()
            base = ("pow", base, exponent)
            while (token := self.peek()) is not None and token[1] == "!":
                self.take()
                base = ("fact", base)
        return base

    def script(self, *, whole_number: bool = False) -> Tree:
        """A super/subscript: `{…}`, or one character (`\\frac12` is 1/2).

        `whole_number`: an exponent takes a whole number after it (`2^100` is 2^{100}, as every answer that
        writes it means, and as math-verify reads it), not TeX's one digit (2^1 · 00, which is 0).
        """
        token = self.peek()
        if token is None:
            raise LatexParseError("empty script")
        if token[1] == "{":
            return self.group()
        if token[0] == "num" and len(token[1]) > 1 and not whole_number:
            self.tokens[self.pos] = ("num", token[1][1:])
            return ("num", token[1][0])
        if token[1] == "-":
            self.take()
            return ("neg", self.script())
        return self.postfix(allow_factorial=False)

    def group(self) -> Tree:
        self.expect("{")
        inner = self.expr()
        self.expect("}")
        return inner

    def postfix(self, *, allow_factorial: bool = True) -> Tree:
        atom = self.atom()
        while allow_factorial and (token := self.peek()) is not None and token[1] == "!":
            self.take()
            atom = ("fact", atom)
        return atom

    def atom(self) -> Tree:
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "sci":
            return ("num", value)
        if kind == "letter":
            if (token := self.peek()) is not None and token[1] == "_":
                self.take()
                sub = self.take()
                if sub[1] == "{":
                    parts = []
                    while (token := self.take())[1] != "}":
                        parts.append(token[1])
                    return ("sym", f"{value}_{''.join(parts)}")
                return ("sym", f"{value}_{sub[1]}")
            if (token := self.peek()) is not None and token[1] == "'":
                raise LatexParseError("derivative notation")
            return ("sym", value)
        if kind == "word":
            return self.function(value)
        if kind == "op":
            if value in ("(", "["):
                inner = self.expr()
                self.expect(")" if value == "(" else "]")
                return inner
            if value == "{":
                inner = self.expr()
                self.expect("}")
                return inner
            if value == "|":
                inner = self.expr()
                self.expect("|")
                return ("abs", inner)
            raise LatexParseError(f"unexpected {value!r}")
        return self.command(value)

    def command(self, value: str) -> Tree:
        name = value[1:]
        if name == "frac":
            return ("div", self.script(), self.script())
        if name == "sqrt":
            index: Tree = ("num", "2")
            if (token := self.peek()) is not None and token[1] == "[":
                self.take()
                index = self.expr()
                self.expect("]")
            return ("root", self.script(), index)
        if name == "binom":
            return ("binom", self.script(), self.script())
        if name == "pi":
            return ("const", "pi")
        if name == "infty":
            return ("const", "oo")
        if name in _FUNCS:
            return self.function(name)
        if name in _GREEK:
            return ("sym", name)
        if name in ("text", "mathrm", "textrm", "mbox"):
            word = self.take()
            parts = []
            if word[1] != "{":
                raise LatexParseError("bad \\text")
            while (token := self.take())[1] != "}":
                parts.append(token[1])
            content = "".join(parts)
            if content in _FUNCS:
                return self.function(content)
            if len(content) == 1:
                return ("sym", content)
            raise LatexParseError(f"text {content!r} in an expression")
        raise LatexParseError(f"unknown command {value}")

    def function(self, name: str) -> Tree:
        if name == "pi":
            return ("const", "pi")  # ASCII math: `pi/2`
        if name == "sqrt":
            return ("root", self.script(), ("num", "2"))
        exponent: Tree | None = None
        base: Tree | None = None
        if (token := self.peek()) is not None and token[1] == "_" and name in ("log", "lg"):
            self.take()
            base = self.script()
        if (token := self.peek()) is not None and token[1] == "^":
            self.take()
            exponent = self.script()
        token = self.peek()
        if token is not None and token[1] == "(":
            self.take()
            argument = self.expr()
            self.expect(")")
        else:
            argument = self.power()
            # Without parentheses the argument runs over the symbols juxtaposed with it, as in print: `\sin 2x`
            # is sin(2x), `\cos 2\theta` cos(2θ); an operator, a number or another function ends it
            # (`\sin x \cos x`, `\sin x \cdot 2`). Read as sin(2)·x, `\sin 2x` equalled `x\sin 2`.
            while (token := self.peek()) is not None and self.continues_argument(token):
                argument = ("mul", argument, self.power())
        tree: Tree = ("func", name, argument, base)
        return ("pow", tree, exponent) if exponent is not None else tree


def parse_latex(text: str) -> Tree:
    """Parse a normalised LaTeX math string into an expression tree.

    Args:
        text: One expression, e.g. `\\frac{3\\sqrt{3}}{4}`.

    Returns:
        A tree of tuples (`("add", a, b)`, `("num", "3")`, …).

    Raises:
        LatexParseError: The notation is outside what this parser reads.

    Example:
        >>> parse_latex(r"\\frac{1}{2}")
        ('div', ('num', '1'), ('num', '2'))
    """
    return _Parser(text).parse()


def has_decimal(tree: Tree) -> bool:
    """Whether a tree contains a number written with a decimal point or an exponent.

    Args:
        tree: A tree from :func:`parse_latex`.

    Returns:
        True if a literal like `1.414` or `3.2e5` appears.

    Example:
        >>> has_decimal(parse_latex("1.5x"))
        True
    """
    if tree[0] == "num":
        return "." in tree[1] or "e" in tree[1].lower()
    return any(isinstance(part, tuple) and has_decimal(part) for part in tree[1:])


def divides_by_zero(tree: Tree) -> bool:
    """Whether a tree divides by something that is exactly zero (`\\frac{x}{0}`, `1/(2-2)`).

    Args:
        tree: A tree from :func:`parse_latex`.

    Returns:
        True when some denominator has the exact rational value 0.

    Example:
        >>> divides_by_zero(parse_latex(r"\\frac{x}{3-3}"))
        True
    """
    if tree[0] == "div":
        try:
            if to_fraction(tree[2]) == 0:
                return True
        except NotRational:
            pass
    return any(isinstance(part, tuple) and divides_by_zero(part) for part in tree[1:])


def symbols_of(tree: Tree) -> set[str]:
    """Names of the free symbols in a tree.

    Args:
        tree: A tree from :func:`parse_latex`.

    Returns:
        The set of symbol names.

    Example:
        >>> sorted(symbols_of(parse_latex("x^2 + y")))
        ['x', 'y']
    """
    if tree[0] == "sym":
        return {tree[1]}
    out: set[str] = set()
    for part in tree[1:]:
        if isinstance(part, tuple):
            out |= symbols_of(part)
    return out


def read_number(text: str) -> Fraction:
    """The exact value of a decimal literal (`12`, `0.5`, `.5`, `-3.25`, `3.2e5`).

    Args:
        text: The literal.

    Returns:
        Its value.

    Raises:
        LatexParseError: Not a number, or longer than Python reads (4,300 digits): such a value is
            unreadable, never a crash.

    Example:
        >>> read_number(".25")
        Fraction(1, 4)
    """
    body = text.lstrip("-")
    try:
        return Fraction(text.replace(".", "0.", 1) if body.startswith(".") else text)
    except ValueError as exc:  # int-string limit (or not a number at all)
        raise LatexParseError(f"cannot read the number {text[:20]!r}... ({len(text)} characters)") from exc


_number = read_number


def to_fraction(tree: Tree) -> Fraction:
    """Evaluate a tree to an exact rational with bounded work.

    Args:
        tree: A tree from :func:`parse_latex`.

    Returns:
        The exact value.

    Raises:
        NotRational: The tree has symbols, irrational parts or would need too much work.

    Example:
        >>> to_fraction(parse_latex(r"\\frac{2}{4} + 0.5"))
        Fraction(1, 1)
    """
    op = tree[0]
    if op == "num":
        return _number(tree[1])
    if op == "neg":
        return -to_fraction(tree[1])
    if op in ("add", "mul", "div"):
        left, right = to_fraction(tree[1]), to_fraction(tree[2])
        if op == "add":
            out = left + right
        elif op == "mul":
            out = left * right
        else:
            if right == 0:
                raise NotRational("division by zero")
            out = left / right
        _check_size(out)
        return out
    if op == "pow":
        base, exponent = to_fraction(tree[1]), to_fraction(tree[2])
        if exponent.denominator != 1:
            raise NotRational("fractional power")
        bits = max(abs(base.numerator), abs(base.denominator), 2).bit_length()
        if bits * abs(exponent.numerator) > _MAX_BITS or (base == 0 and exponent < 0):
            raise NotRational("power too large")
        return base ** int(exponent)
    if op == "fact":
        value = to_fraction(tree[1])
        if value.denominator != 1 or not 0 <= value <= _MAX_FACTORIAL:
            raise NotRational("factorial out of range")
        return Fraction(math.factorial(int(value)))
    if op == "root":
        radicand, index = to_fraction(tree[1]), to_fraction(tree[2])
        if index != 2 or radicand < 0:
            raise NotRational("not a square root of a non-negative rational")
        num, den = math.isqrt(radicand.numerator), math.isqrt(radicand.denominator)
        if num * num != radicand.numerator or den * den != radicand.denominator:
            raise NotRational("irrational square root")
        return Fraction(num, den)
    if op == "binom":
        n, k = to_fraction(tree[1]), to_fraction(tree[2])
        if n.denominator != 1 or k.denominator != 1 or not 0 <= k <= n <= 10_000:
            raise NotRational("binomial out of range")
        return Fraction(math.comb(int(n), int(k)))
    if op == "abs":
        return abs(to_fraction(tree[1]))
    raise NotRational(op)


def _check_size(value: Fraction) -> None:
    if value.numerator.bit_length() > _MAX_BITS or value.denominator.bit_length() > _MAX_BITS:
        raise NotRational("number too large")


def to_sympy(tree: Tree, *, imaginary: bool = False) -> Any:
    """Build a sympy expression from a tree with sympy constructors (never from a string).

    Args:
        tree: A tree from :func:`parse_latex`.
        imaginary: Read the symbol `i` as the imaginary unit. Defaults to False.

    Returns:
        A sympy expression. Huge powers or factorials are evaluated by sympy: call this only where
        a killable timeout guards the work.

    Example:
        >>> to_sympy(parse_latex(r"\\sqrt{75}"))
        5*sqrt(3)
    """
    import sympy

    op = tree[0]
    if op == "num":
        return sympy.Rational(_number(tree[1]))
    if op == "sym":
        name = tree[1]
        if name == "i" and imaginary:
            return sympy.I
        if name == "e":
            return sympy.E
        return sympy.Symbol(name)
    if op == "const":
        return sympy.pi if tree[1] == "pi" else sympy.oo
    if op == "neg":
        return -to_sympy(tree[1], imaginary=imaginary)
    if op in ("add", "mul", "div", "pow", "binom"):
        left = to_sympy(tree[1], imaginary=imaginary)
        right = to_sympy(tree[2], imaginary=imaginary)
        if op == "add":
            return left + right
        if op == "mul":
            return left * right
        if op == "div":
            return left / right
        if op == "binom":
            return sympy.binomial(left, right)
        return left**right
    if op == "fact":
        return sympy.factorial(to_sympy(tree[1], imaginary=imaginary))
    if op == "root":
        radicand = to_sympy(tree[1], imaginary=imaginary)
        index = to_sympy(tree[2], imaginary=imaginary)
        return sympy.sqrt(radicand) if index == 2 else sympy.root(radicand, index)
    if op == "abs":
        return sympy.Abs(to_sympy(tree[1], imaginary=imaginary))
    if op == "func":
        _, name, argument, base = tree
        arg = to_sympy(argument, imaginary=imaginary)
        if name in ("log", "lg") and base is not None:
            return sympy.log(arg, to_sympy(base, imaginary=imaginary))
        if name == "lg":
            return sympy.log(arg, 10)
        function = {"ln": sympy.log, "arcsin": sympy.asin, "arccos": sympy.acos, "arctan": sympy.atan}.get(name)
        return (function or getattr(sympy, name))(arg)
    raise LatexParseError(f"cannot convert {op}")


# ---------------------------------------------------------------- exact sums of surds times powers of pi

Surd = dict[tuple[int, int], Fraction]  # (square-free radicand, power of pi) -> rational coefficient
_MAX_TERMS = 32
_SMALL_PRIMES = [p for p in range(2, 1000) if all(p % q for q in range(2, math.isqrt(p) + 1))]


def _square_free(n: int) -> tuple[int, int]:
    """`n = outside**2 * inside` with `inside` square-free; NotRational when that needs real factoring."""
    outside, inside = 1, 1
    for prime in _SMALL_PRIMES:
        if prime * prime > n:
            break
        while n % (prime * prime) == 0:
            n //= prime * prime
            outside *= prime
        if n % prime == 0:
            n //= prime
            inside *= prime
    root = math.isqrt(n)
    if root * root == n:
        return outside * root, inside
    if n >= 1000**3:  # could hide the square of a prime above 1000
        raise NotRational("radicand too large to factor cheaply")
    return outside, inside * n


def _surd_clean(value: Surd) -> Surd:
    out = {key: c for key, c in value.items() if c != 0}
    if len(out) > _MAX_TERMS:
        raise NotRational("too many terms")
    for c in out.values():
        _check_size(c)
    return out


def _surd_add(a: Surd, b: Surd) -> Surd:
    out = dict(a)
    for key, c in b.items():
        out[key] = out.get(key, Fraction(0)) + c
    return _surd_clean(out)


def _surd_mul(a: Surd, b: Surd) -> Surd:
    out: Surd = {}
    for (r1, k1), c1 in a.items():
        for (r2, k2), c2 in b.items():
            g = math.gcd(r1, r2)
            key = ((r1 // g) * (r2 // g), k1 + k2)
            out[key] = out.get(key, Fraction(0)) + c1 * c2 * g
    return _surd_clean(out)


def _surd_sqrt(value: Fraction) -> Surd:
    if value < 0:
        raise NotRational("square root of a negative number")
    outside, inside = _square_free(value.numerator * value.denominator)
    return {(inside, 0): Fraction(outside, value.denominator)} if value else {}


def _surd_inverse(value: Surd) -> Surd:
    if len(value) != 1:
        raise NotRational("division by a sum of surds")
    ((radicand, power), c) = next(iter(value.items()))
    return {(radicand, -power): 1 / (c * radicand)}


def to_surd(tree: Tree) -> Surd:
    """Evaluate a tree exactly as a sum of rational multiples of `sqrt(r) * pi**k` (pure Python, bounded).

    Square roots of distinct square-free integers and powers of pi are linearly independent over the
    rationals, so two values are equal exactly when their dictionaries are: `\\sqrt{75}` is `5\\sqrt{3}`,
    `\\frac{\\pi}{2}` is `pi/2`, and neither needs sympy.

    Args:
        tree: A tree from :func:`parse_latex`.

    Returns:
        `{(radicand, power of pi): coefficient}` without zero terms.

    Raises:
        NotRational: The tree has symbols, other functions or roots, or would need too much work.

    Example:
        >>> to_surd(parse_latex(r"\\sqrt{12} + 1"))
        {(3, 0): Fraction(2, 1), (1, 0): Fraction(1, 1)}
    """
    op = tree[0]
    if op == "num":
        value = _number(tree[1])
        return {(1, 0): value} if value else {}
    if op == "const" and tree[1] == "pi":
        return {(1, 1): Fraction(1)}
    if op == "neg":
        return {key: -c for key, c in to_surd(tree[1]).items()}
    if op == "add":
        return _surd_add(to_surd(tree[1]), to_surd(tree[2]))
    if op == "mul":
        return _surd_mul(to_surd(tree[1]), to_surd(tree[2]))
    if op == "div":
        denominator = to_surd(tree[2])
        if not denominator:
            raise NotRational("division by zero")
        return _surd_mul(to_surd(tree[1]), _surd_inverse(denominator))
    if op == "root":
        if to_fraction(tree[2]) != 2:
            raise NotRational("not a square root")
        radicand = to_surd(tree[1])
        if any(key != (1, 0) for key in radicand):
            raise NotRational("square root of an irrational number")
        return _surd_sqrt(radicand.get((1, 0), Fraction(0)))
    if op == "pow":
        exponent = to_fraction(tree[2])
        base = to_surd(tree[1])
        if exponent.denominator == 2 and set(base) <= {(1, 0)}:
            whole = _surd_sqrt(base.get((1, 0), Fraction(0)))
            return _surd_pow(whole, exponent.numerator)
        if exponent.denominator != 1:
            raise NotRational("fractional power")
        return _surd_pow(base, exponent.numerator)
    if op in ("fact", "binom", "abs"):
        value = to_surd(tree[1]) if op == "abs" else None
        if op == "abs" and value is not None and set(value) <= {(1, 0)}:
            return {key: abs(c) for key, c in value.items()}
        return {(1, 0): to_fraction(tree)} if to_fraction(tree) else {}
    raise NotRational(op)


def _surd_pow(base: Surd, exponent: int) -> Surd:
    if abs(exponent) > 64:
        raise NotRational("power too large")
    if exponent < 0:
        base, exponent = _surd_inverse(base), -exponent
    out: Surd = {(1, 0): Fraction(1)}
    for _ in range(exponent):
        out = _surd_mul(out, base)
    return out
