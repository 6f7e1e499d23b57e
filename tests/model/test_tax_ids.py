"""Federal tax ids and Brazilian state registrations (IE), the rules alone.

Valid numbers are published examples (SINTEGRA's per state, python-stdnum's documentation) or
built here by computing their check digits in the test data, never with the code under test.
"""
import pytest

from model.tax_ids import check_federal_id, check_state_id


def _mod11(digits: str, weights) -> int:
    """The usual modulo-11 check digit: 0 when the remainder is 0 or 1, else 11 minus it."""
    remainder = sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return 0 if remainder < 2 else 11 - remainder


def cpf(base: str) -> str:
    """A CPF: 9 digits and two check digits."""
    first = _mod11(base, range(10, 1, -1))
    return f"{base}{first}{_mod11(f'{base}{first}', range(11, 1, -1))}"


def cnpj(base: str) -> str:
    """A CNPJ: 12 digits and two check digits."""
    first = _mod11(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    return f"{base}{first}{_mod11(f'{base}{first}', [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])}"


def rut(body: str) -> str:
    """A Chilean RUT: the body and its check character, 0-9 or K."""
    total = sum(int(d) * w for d, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 2))
    check = 11 - total % 11
    return f"{body}-{'0' if check == 11 else 'K' if check == 10 else check}"


def other_last_digit(number: str) -> str:
    """The same number with its last digit changed."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


# --- federal ids ---------------------------------------------------------------------------

@pytest.mark.parametrize("number", [
    "390.533.447-05",                    # python-stdnum's example
    cpf("123456789"), cpf("529982247"), cpf("000000019"),
    "16.727.230/0001-97",                # python-stdnum's example
    cnpj("112223330001"), cnpj("045678900001"),
    "12.ABC.345/01DE-35",                # the letters-and-digits CNPJ, from July 2026
])
def test_valid_brazilian_ids(number):
    assert check_federal_id("BRA", number) is True


@pytest.mark.parametrize("number", [
    "390.533.447-06", other_last_digit(cpf("123456789")), cpf("12345678"),
    "16.727.230/0001-98", other_last_digit(cnpj("112223330001")),
    "", "   ", "ABCDEFGHIJK",
])
def test_invalid_brazilian_ids(number):
    assert check_federal_id("BRA", number) is False


@pytest.mark.parametrize("number", ["0" * 11, "1" * 11, "9" * 11, "0" * 14, "1" * 14, "111.111.111-11"])
def test_a_cpf_or_cnpj_of_one_repeated_digit_is_refused(number):
    assert check_federal_id("BRA", number) is False


def test_the_repeated_digit_refusal_is_ours():
    from stdnum.br import cpf as stdnum_cpf
    assert stdnum_cpf.is_valid("11111111111")  # the arithmetic passes; we refuse it


@pytest.mark.parametrize("number", ["20-05536168-2", "20-26756539-3", "30-70011122-5", "30/70011122/5"])
def test_valid_cuit(number):
    assert check_federal_id("ARG", number) is True


@pytest.mark.parametrize("number, valid", [
    ("30711222334", False),  # check digit should be 9
    ("30755666778", False),  # should be 3
    ("30788999001", False),  # should be 9
    ("30700111225", True),
    ("30700333447", False),  # should be 9
])
def test_the_argentine_demo_ids(number, valid):
    assert check_federal_id("ARG", number) is valid


@pytest.mark.parametrize("number", ["20-05536168-3", "20267565392", "2026756539", "30-7001112-25X"])
def test_invalid_cuit(number):
    assert check_federal_id("ARG", number) is False


@pytest.mark.parametrize("number", ["76086428-5", "12.531.909-2", rut("7776366"), rut("7776366").lower()])
def test_valid_rut(number):
    assert check_federal_id("CHL", number) is True


def test_the_rut_helper_makes_a_k():
    assert rut("7776366").endswith("K")


@pytest.mark.parametrize("number", ["12531909-3", "76086A28-5", ""])
def test_invalid_rut(number):
    assert check_federal_id("CHL", number) is False


@pytest.mark.parametrize("number", ["GODE 561231 GR8", "MAB-930714-8T4", "gode561231gr8"])
def test_valid_rfc(number):
    assert check_federal_id("MEX", number) is True


@pytest.mark.parametrize("number", ["GODE561331GR8", "GODE56123", "1ODE561231GR8"])
def test_invalid_rfc(number):
    assert check_federal_id("MEX", number) is False


@pytest.mark.parametrize("country, number", [
    ("COL", "213.123.432-1"), ("PER", "20512333797"), ("URY", "21-100342-001-7"),
    ("PRY", "80028061-0"), ("ECU", "1792060346-001"), ("VEN", "V-11470283-4"),
    ("PRT", "501 964 843"), ("ESP", "B64717838"), ("ESP", "X-5253868-R"), ("USA", "04-2103594"),
])
def test_other_countries_valid(country, number):
    assert check_federal_id(country, number) is True


@pytest.mark.parametrize("country, number", [
    ("PER", "20512333798"), ("ECU", "1763154690001"), ("VEN", "V-11470283-3"),
    ("PRT", "501 964 842"), ("ESP", "B64717839"),
])
def test_other_countries_invalid(country, number):
    assert check_federal_id(country, number) is False


@pytest.mark.parametrize("country", ["bra", " Bra ", "b r a"])
def test_country_codes_in_any_case_and_spacing(country):
    assert check_federal_id(country, "390.533.447-05") is True
    assert check_federal_id(country, "390.533.447-06") is False


@pytest.mark.parametrize("country", ["BOL", "XYZ", "BR", "", None])
def test_a_country_without_a_rule_is_none(country):
    assert check_federal_id(country, "390.533.447-05") is None


# --- state registrations (IE) --------------------------------------------------------------

# SINTEGRA's published example of each state, with its separators.
SINTEGRA_EXAMPLES = [
    ("SP", "110.042.490.114"),
    ("SP", "P-01100424.3/002"),          # rural producer
    ("MG", "062.307.904/0081"),
    ("RJ", "99.999.99-3"),
    ("RS", "224/3658792"),
    ("PR", "123.45678-50"),
    ("BA", "123456-63"),                 # 8 digits, modulo 10
    ("BA", "612345-57"),                 # 8 digits, modulo 11
    ("BA", "1000003-06"),                # 9 digits
    ("SC", "251.040.852"),
    ("GO", "10.987.654-7"),
    ("CE", "06000001-5"),
    ("PE", "0321418-40"),
    ("DF", "07.300001.001-09"),
]


@pytest.mark.parametrize("state, number", SINTEGRA_EXAMPLES)
def test_valid_state_ids(state, number):
    assert check_state_id(state, number) is True


@pytest.mark.parametrize("state, number", [e for e in SINTEGRA_EXAMPLES if "P" not in e[1]])
def test_a_wrong_check_digit_is_refused(state, number):
    # (the rural SP number ends in three plain digits; its wrong check digit is tested below)
    assert check_state_id(state, other_last_digit(number)) is False


@pytest.mark.parametrize("state, number", [
    ("SP", "P-01100424.4/002"),          # rural, wrong check digit
    ("SP", "P-11100424.3/002"),          # rural numbers start with 0 after the P
    ("SP", "11004249011"),               # too short
    ("SP", "110042490114X"),             # a letter is not a separator
    ("MG", "0623079040082"),
    ("RJ", "9999999"),
    ("BA", "12345664"),
    ("CE", "19"),                        # would pass once padded with zeros: too short
    ("CE", "000000000"),                 # zeros only
    ("RS", "P2243658792"),               # only SP has the P form
    ("GO", "30.987.654-7"),              # GO numbers start with 10, 11 or 20
])
def test_invalid_state_ids(state, number):
    assert check_state_id(state, number) is False


@pytest.mark.parametrize("state", ["SP", "MG", "RJ", "RS", "PR", "BA", "AC", "TO", "DF"])
@pytest.mark.parametrize("number", ["ISENTO", "isento", " Isento "])
def test_exempt_is_valid_in_every_state(state, number):
    assert check_state_id(state, number) is True


@pytest.mark.parametrize("number, valid", [("123", True), ("ABC-9", True), ("ISENTO", True), ("", False), (" ", False)])
def test_abroad_accepts_anything_not_empty(number, valid):
    assert check_state_id("EX", number) is valid


@pytest.mark.parametrize("state", ["XX", "BR", "", None])
def test_an_unknown_state_is_false(state):
    assert check_state_id(state, "110.042.490.114") is False
    assert check_state_id(state, "ISENTO") is False


def test_state_codes_in_any_case():
    assert check_state_id("sp", "110042490114") is True
    assert check_state_id(" mg ", "0623079040081") is True
    assert check_state_id("sp", "p-01100424.3/002") is True


@pytest.mark.parametrize("state", ["SP", "MG", ""])
def test_an_empty_state_id_is_false(state):
    assert check_state_id(state, "") is False
    assert check_state_id(state, None) is False


# --- every state, by its SEFAZ's published rule -------------------------------------------

# A valid number of each of the 27 states: the example each SEFAZ (or SINTEGRA) publishes, or,
# marked "by hand", one whose check digits were worked out on paper with the published rule.
EVERY_STATE = [
    ("AC", "01.004.823/001-12"),
    ("AL", "24.000.004-8"),
    ("AP", "03.012.345-9"),
    ("AM", "04.147.035-4"),              # by hand: 117 mod 11 = 7, 11 - 7
    ("BA", "1234567-48"),                # SEFAZ-BA, 9 digits, modulo 10
    ("BA", "1623456-51"),                # SEFAZ-BA, 9 digits, modulo 11
    ("CE", "06.000.001-5"),
    ("DF", "07.300001.001-09"),
    ("ES", "99.999.999-0"),              # by hand: 396 mod 11 = 0
    ("GO", "10.987.654-7"),
    ("GO", "20.105.041-2"),              # a number of the 20 series (since 2023)
    ("MA", "12.000.038-5"),
    ("MT", "0013000001-9"),
    ("MS", "28.311.594-7"),              # by hand: 169 mod 11 = 4, 11 - 4
    ("MG", "062.307.904/0081"),
    ("PA", "15-999999-5"),
    ("PB", "06.000.001-5"),
    ("PR", "123.45678-50"),
    ("PR", "70104358-83"),
    ("PE", "0321418-40"),                # eFisco, 9 digits
    ("PE", "18.1.001.0000004-9"),        # the former CACEPE, 14 digits
    ("PI", "01.234.567-9"),
    ("RJ", "99.999.99-3"),
    ("RN", "20.040.040-1"),              # 9 digits
    ("RN", "20.0.040.040-0"),            # 10 digits
    ("RS", "224/3658792"),
    ("RO", "0000000062521-3"),           # 14 digits, since 2000
    ("RO", "101.62521-3"),               # the former 9 digits
    ("RR", "24.006.628-1"),
    ("SC", "251.040.852"),
    ("SP", "110.042.490.114"),
    ("SE", "27.123.456-3"),
    ("TO", "29.022.783-6"),              # 9 digits, since 2002
    ("TO", "29.01.022783-6"),            # the former 11, type 01 left out of the check
]


def test_every_state_has_a_rule():
    from model.state_registrations import RULES
    assert sorted(RULES) == sorted({state for state, _ in EVERY_STATE}) and len(RULES) == 27


@pytest.mark.parametrize("state, number", EVERY_STATE)
def test_every_state_valid(state, number):
    assert check_state_id(state, number) is True


@pytest.mark.parametrize("state, number", EVERY_STATE)
def test_every_state_wrong_check_digit(state, number):
    assert check_state_id(state, other_last_digit(number)) is False


@pytest.mark.parametrize("state, number", EVERY_STATE)
def test_every_state_one_digit_more_or_less(state, number):
    assert check_state_id(state, number[:-1]) is False
    longer = [digit for digit in "0123456789" if check_state_id(state, number + digit)]
    # one more digit is a number of another length only where the state has two (RN's 9 and 10),
    # and then for one check digit at most
    assert len(longer) <= (1 if state in ("BA", "PE", "RN", "RO", "TO") else 0)


@pytest.mark.parametrize("state, number", EVERY_STATE)
def test_a_number_is_not_valid_in_another_state_by_accident(state, number):
    # every example is refused by at least one other state's rule (the rules are not all alike)
    others = [other for other, _ in EVERY_STATE if other != state]
    assert not all(check_state_id(other, number) for other in others)


# Numbers whose check digits are right (worked out by hand) but whose fixed prefix is not the state's.
@pytest.mark.parametrize("state, number", [
    ("AC", "0200000000054"),   # Acre numbers start 01
    ("AL", "250000040"),       # Alagoas 24
    ("AP", "040000001"),       # Amapá 03
    ("MA", "130000000"),       # Maranhão 12
    ("MS", "290000009"),       # Mato Grosso do Sul 28
    ("PA", "160000009"),       # Pará 15 or 75
    ("RN", "210000007"),       # Rio Grande do Norte 20
    ("RR", "250000003"),       # Roraima 24
    ("TO", "29040227836"),     # the former Tocantins type is 01, 02, 03 or 99
])
def test_a_wrong_prefix_is_refused(state, number):
    assert check_state_id(state, number) is False


@pytest.mark.parametrize("state, number", [
    ("PE", "73540758268820"),  # 331 mod 11 = 1: 11 - 1 = 10, less 10 gives 0 (SEFAZ-PE's rule)
    ("PA", "750000007"),       # the 75 series of Pará: 7 x 9 + 5 x 8 = 103, 103 mod 11 = 4, 11 - 4 = 7
    ("DF", "0800000000095"),   # DF's 08 series; by hand: 8 x 3 = 24 -> 11 - 2 = 9; 8 x 4 + 9 x 2 = 50 -> 11 - 6 = 5
])
def test_published_edge_rules(state, number):
    assert check_state_id(state, number) is True


def test_no_agpl_library_is_used():
    import sys

    import model.tax_ids  # noqa: F401
    assert not [name for name in sys.modules if name.startswith("erpbrasil")]
