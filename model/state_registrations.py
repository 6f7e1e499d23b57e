"""The check digits of a Brazilian state registration (inscrição estadual, IE), state by state.

Each state's SEFAZ publishes how its numbers are built (lengths, fixed prefixes, weights and the
rule that turns a remainder into a check digit); SINTEGRA collects them in one public page per
state ("Conferência de Inscrições Estaduais"). This module writes those public rules down,
one small function per state. It knows digits only: :mod:`model.tax_ids` strips separators,
accepts ``ISENTO`` and the foreign ``EX``, and decides the few things the rules leave open.
"""
from __future__ import annotations

from collections.abc import Callable


def _weighted(digits: str, weights) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


def _descending(start: int, count: int) -> list[int]:
    """Weights ``start, start-1, ...`` for ``count`` digits (9 digits from 10: 10..2)."""
    return list(range(start, start - count, -1))


def _repeating_2_to_9(count: int) -> list[int]:
    """Weights 2..9 repeated from the right, read left to right (13 digits: 5,4,3,2,9,...,2)."""
    return [2 + (count - 1 - i) % 8 for i in range(count)]


def _mod11(total: int) -> int:
    """11 minus the remainder; 10 and 11 give 0 (the rule of most states)."""
    digit = 11 - total % 11
    return 0 if digit >= 10 else digit


def _mod11_low_zero(total: int) -> int:
    """A remainder of 0 or 1 gives 0, any other 11 minus it (the same digit as :func:`_mod11`,
    written as the states that use it word it)."""
    remainder = total % 11
    return 0 if remainder < 2 else 11 - remainder


def _simple_9(number: str, rule=_mod11) -> bool:
    """Nine digits, the last a check digit of the first eight with weights 9..2."""
    return len(number) == 9 and rule(_weighted(number[:8], _descending(9, 8))) == int(number[8])


# --- one function per state (UF): ``number`` is digits only ---------------------------------


def _ac(number: str) -> bool:
    """Acre: 13 digits starting 01, two check digits with weights 2..9 repeated."""
    if len(number) != 13 or not number.startswith("01"):
        return False
    first = _mod11(_weighted(number[:11], _repeating_2_to_9(11)))
    second = _mod11(_weighted(number[:12], _repeating_2_to_9(12)))
    return number[11:] == f"{first}{second}"


def _al(number: str) -> bool:
    """Alagoas: 9 digits starting 24; the digit is (sum x 10) mod 11, 10 giving 0."""
    if len(number) != 9 or not number.startswith("24"):
        return False
    digit = _weighted(number[:8], _descending(9, 8)) * 10 % 11
    return (0 if digit == 10 else digit) == int(number[8])


def _ap(number: str) -> bool:
    """Amapá: 9 digits starting 03; a constant added to the sum and the digit for a remainder
    of 11 depend on the range the first eight digits fall in."""
    if len(number) != 9 or not number.startswith("03"):
        return False
    base = int(number[:8])
    if base <= 3017000:
        extra, eleven = 5, 0
    elif base <= 3019022:
        extra, eleven = 9, 1
    else:
        extra, eleven = 0, 0
    digit = 11 - (extra + _weighted(number[:8], _descending(9, 8))) % 11
    digit = 0 if digit == 10 else eleven if digit == 11 else digit
    return digit == int(number[8])


def _am(number: str) -> bool:
    """Amazonas: 9 digits; a sum below 11 gives 11 minus the sum."""
    if len(number) != 9:
        return False
    total = _weighted(number[:8], _descending(9, 8))
    digit = 11 - total if total < 11 else _mod11_low_zero(total)
    return digit == int(number[8])


def _ba(number: str) -> bool:
    """Bahia: 8 or 9 digits. The second check digit (the last) is computed first, then the
    first from the base and the second. Modulo 10 when the first digit (of an 8-digit number)
    or the second (of a 9-digit one) is 0-5 or 8, modulo 11 when 6, 7 or 9."""
    if len(number) not in (8, 9):
        return False
    size = len(number) - 2
    base, checks = number[:size], number[size:]
    selector = number[0] if len(number) == 8 else number[1]
    if selector in "679":
        rule = _mod11_low_zero
    else:
        def rule(total: int) -> int:
            return (10 - total % 10) % 10
    second = rule(_weighted(base, _descending(size + 1, size)))
    first = rule(_weighted(base + str(second), _descending(size + 2, size + 1)))
    return checks == f"{first}{second}"


def _ce(number: str) -> bool:
    """Ceará: 9 digits, modulo 11 with weights 9..2."""
    return _simple_9(number)


def _df(number: str) -> bool:
    """Distrito Federal: 13 digits, two check digits like Acre's. The numbers began 07; once
    those ran out the SEFAZ went on to 08 and will go on to 09..., so no prefix is checked."""
    if len(number) != 13:
        return False
    first = _mod11(_weighted(number[:11], _repeating_2_to_9(11)))
    second = _mod11(_weighted(number[:12], _repeating_2_to_9(12)))
    return number[11:] == f"{first}{second}"


def _es(number: str) -> bool:
    """Espírito Santo: 9 digits, modulo 11 with weights 9..2."""
    return _simple_9(number, _mod11_low_zero)


def _go(number: str) -> bool:
    """Goiás: 9 digits starting 10, 11 or 20 to 29 (20-29 since 2023), modulo 11 with weights
    9..2."""
    return (number[:2] in ("10", "11") or number[0] == "2") and _simple_9(number, _mod11_low_zero)


def _ma(number: str) -> bool:
    """Maranhão: 9 digits starting 12, modulo 11 with weights 9..2."""
    return number.startswith("12") and _simple_9(number, _mod11_low_zero)


def _mt(number: str) -> bool:
    """Mato Grosso: 11 digits, modulo 11 with weights 3,2,9..2."""
    if len(number) != 11:
        return False
    return _mod11_low_zero(_weighted(number[:10], _repeating_2_to_9(10))) == int(number[10])


def _ms(number: str) -> bool:
    """Mato Grosso do Sul: 9 digits starting 28, modulo 11 with weights 9..2."""
    return number.startswith("28") and _simple_9(number)


def _mg(number: str) -> bool:
    """Minas Gerais: 13 digits (municipality, order, two check digits). The first check digit:
    a 0 put after the three digits of the municipality, the twelve digits weighted 1,2,1,2...,
    the digits of the products added, and the distance to the next multiple of ten. The second:
    modulo 11 of the first twelve digits with weights 3,2,11..2."""
    if len(number) != 13:
        return False
    padded = number[:3] + "0" + number[3:11]
    products = (int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(padded))
    total = sum(p // 10 + p % 10 for p in products)
    first = (10 - total % 10) % 10
    second = _mod11_low_zero(_weighted(number[:11] + str(first), [3, 2, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]))
    return number[11:] == f"{first}{second}"


def _pa(number: str) -> bool:
    """Pará: 9 digits starting 15 (75 for the numbers given since 2024), modulo 11 with
    weights 9..2."""
    return number[:2] in ("15", "75") and _simple_9(number, _mod11_low_zero)


def _pb(number: str) -> bool:
    """Paraíba: 9 digits, modulo 11 with weights 9..2."""
    return _simple_9(number)


def _pr(number: str) -> bool:
    """Paraná: 10 digits, two check digits with weights 2..7 repeated from the right."""
    if len(number) != 10:
        return False
    weights = [3, 2, 7, 6, 5, 4, 3, 2]
    first = _mod11_low_zero(_weighted(number[:8], weights))
    second = _mod11_low_zero(_weighted(number[:8] + str(first), [4] + weights))
    return number[8:] == f"{first}{second}"


def _pe(number: str) -> bool:
    """Pernambuco: 9 digits (eFisco), two check digits with weights 8..2 and 9..2; or the
    former 14-digit CACEPE number, one digit with weights 2..9 repeated, 10 and 11 giving 0, 1."""
    if len(number) == 9:
        first = _mod11_low_zero(_weighted(number[:7], _descending(8, 7)))
        second = _mod11_low_zero(_weighted(number[:7] + str(first), _descending(9, 8)))
        return number[7:] == f"{first}{second}"
    if len(number) == 14:
        digit = 11 - _weighted(number[:13], [5, 4, 3, 2, 1, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
        return (digit - 10 if digit > 9 else digit) == int(number[13])
    return False


def _pi(number: str) -> bool:
    """Piauí: 9 digits, modulo 11 with weights 9..2."""
    return _simple_9(number)


def _rj(number: str) -> bool:
    """Rio de Janeiro: 8 digits, weights 2,7,6,5,4,3,2."""
    if len(number) != 8:
        return False
    return _mod11_low_zero(_weighted(number[:7], [2, 7, 6, 5, 4, 3, 2])) == int(number[7])


def _rn(number: str) -> bool:
    """Rio Grande do Norte: 9 or 10 digits starting 20; the digit is (sum x 10) mod 11."""
    if len(number) not in (9, 10) or not number.startswith("20"):
        return False
    size = len(number) - 1
    digit = _weighted(number[:size], _descending(size + 1, size)) * 10 % 11
    return (0 if digit == 10 else digit) == int(number[size])


def _rs(number: str) -> bool:
    """Rio Grande do Sul: 10 digits, weights 2,9..2."""
    if len(number) != 10:
        return False
    return _mod11(_weighted(number[:9], _repeating_2_to_9(9))) == int(number[9])


def _ro(number: str) -> bool:
    """Rondônia: 14 digits since 2000 (weights 2..9 repeated over thirteen), or the former 9
    (municipality, then five digits weighted 6..2); 10 and 11 give 0 and 1."""
    if len(number) == 14:
        body, weights = number[:13], _repeating_2_to_9(13)
    elif len(number) == 9:
        body, weights = number[3:8], [6, 5, 4, 3, 2]
    else:
        return False
    digit = 11 - _weighted(body, weights) % 11
    return (digit - 10 if digit > 9 else digit) == int(number[-1])


def _rr(number: str) -> bool:
    """Roraima: 9 digits starting 24; weights 1..8, modulo 9."""
    if len(number) != 9 or not number.startswith("24"):
        return False
    return _weighted(number[:8], range(1, 9)) % 9 == int(number[8])


def _sc(number: str) -> bool:
    """Santa Catarina: 9 digits, modulo 11 with weights 9..2."""
    return _simple_9(number, _mod11_low_zero)


def _sp(number: str) -> bool:
    """São Paulo: 12 digits, the 9th and the 12th check digits (weights 1,3,4,5,6,7,8,10 and
    3,2,10..2; the last digit of the remainder). A rural producer's number is ``P`` and 12
    digits, the first 0, whose 9th is the check digit of the first eight."""
    def digit(body: str, weights) -> int:
        return _weighted(body, weights) % 11 % 10

    weights = [1, 3, 4, 5, 6, 7, 8, 10]
    if number.startswith("P"):
        digits = number[1:]
        return len(digits) == 12 and digits[0] == "0" and digit(digits[:8], weights) == int(digits[8])
    if len(number) != 12:
        return False
    return (digit(number[:8], weights) == int(number[8])
            and digit(number[:11], [3, 2, 10, 9, 8, 7, 6, 5, 4, 3, 2]) == int(number[11]))


def _se(number: str) -> bool:
    """Sergipe: 9 digits, modulo 11 with weights 9..2."""
    return _simple_9(number)


def _to(number: str) -> bool:
    """Tocantins: 9 digits; or the former 11, whose 3rd and 4th digits (the kind of company:
    01, 02, 03 or 99) are left out of the check."""
    if len(number) == 11:
        if number[2:4] not in ("01", "02", "03", "99"):
            return False
        number = number[:2] + number[4:]
    return _simple_9(number, _mod11_low_zero)


RULES: dict[str, Callable[[str], bool]] = {
    "AC": _ac, "AL": _al, "AP": _ap, "AM": _am, "BA": _ba, "CE": _ce, "DF": _df, "ES": _es, "GO": _go,
    "MA": _ma, "MT": _mt, "MS": _ms, "MG": _mg, "PA": _pa, "PB": _pb, "PR": _pr, "PE": _pe, "PI": _pi,
    "RJ": _rj, "RN": _rn, "RS": _rs, "RO": _ro, "RR": _rr, "SC": _sc, "SP": _sp, "SE": _se, "TO": _to,
}


def is_valid(state: str, number: str) -> bool:
    """Whether ``number`` (digits only; ``P`` and digits for a rural producer of SP) is a state
    registration of ``state``, by that state's check digits. False for a state with no rule."""
    rule = RULES.get(state)
    if rule is None:
        return False
    if not (number.isdigit() or (state == "SP" and number[:1] == "P" and number[1:].isdigit())):
        return False
    return rule(number)
