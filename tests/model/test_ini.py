"""appserver.ini: a bad file stops the server before it listens, with one line that names the
file, the line, the key and what was expected."""
import pytest

from appserver.ini import IniError, read_settings

GOOD = """[HTTP]
Enable=1
Port=8080

[WebServices]
Enable=1
Environment=P12
PrepareIn=01,01
Security=1        ; comment
Instances=2,8

[P12]
RpoLanguage=Portuguese
DBURL=sqlite:///data/p12.db
"""


def write(tmp_path, text):
    path = tmp_path / "appserver.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file(tmp_path):
    settings = read_settings(write(tmp_path, GOOD))
    assert (settings.port, settings.security, settings.language, settings.company, settings.branch) == (
        8080, True, "pt", "01", "01")
    assert settings.db_url == f"sqlite:///{tmp_path}/data/p12.db"
    assert settings.namespace_of("http://webservices.microsiga.com.br/mtproduct.apw") == (
        "http://webservices.microsiga.com.br/mtproduct.apw")


def test_keys_and_sections_are_case_insensitive(tmp_path):
    settings = read_settings(write(tmp_path, GOOD.replace("[WebServices]", "[WEBSERVICES]").replace("Security=1", "SECURITY=0")))
    assert settings.security is False


@pytest.mark.parametrize("change, line, words", [
    (("Security=1        ; comment", "Security=yes"), 9, ["[WebServices] Security", "expected 0 or 1", "'yes'"]),
    (("Port=8080", "Port=99999"), 3, ["[HTTP] Port", "from 1 to 65535"]),
    (("PrepareIn=01,01", "PrepareIn=1"), 8, ["PrepareIn", "company,branch"]),
    (("Instances=2,8", "Instances=9,2"), 10, ["Instances", "min <= max"]),
    (("RpoLanguage=Portuguese", "RpoLanguage=Klingon"), 13, ["RpoLanguage", "Spanish, Portuguese or English"]),
    (("Enable=1\nEnvironment", "Enable=1\nColour=blue\nEnvironment"), 7, ["[WebServices] colour", "unknown key"]),
    (("[P12]", "[Extra]\nX=1\n[P12]"), 12, ["[Extra]", "unknown section"]),
    (("DBURL=sqlite:///data/p12.db", "DBURL=mysql://x/y"), 14, ["DBURL", "sqlite:// or postgresql"]),
    (("Environment=P12", "Environment=P99"), 7, ["Environment", "[P99] section"]),
])
def test_bad_values_name_file_line_key_and_expectation(tmp_path, change, line, words):
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(IniError) as error:
        read_settings(path)
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: line {line}: ")
    for word in words:
        assert word in message


def test_malformed_file(tmp_path):
    with pytest.raises(IniError, match="malformed"):
        read_settings(write(tmp_path, "Port=1\n[HTTP]\n"))


def test_every_key_has_its_line_in_the_readme():
    from pathlib import Path

    from appserver.ini import KEYS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    missing = [key.name for key in KEYS if f"| `{key.name}` |" not in readme]
    assert not missing, f"README's appserver.ini table lacks {missing}"


def test_password_cost(tmp_path):
    cheap = read_settings(write(tmp_path, GOOD.replace("Instances=2,8", "Instances=2,8\nPasswordCost=1,8,1")))
    assert (cheap.password_cost.time_cost, cheap.password_cost.memory_cost, cheap.password_cost.parallelism) == (1, 8, 1)
    assert read_settings(write(tmp_path, GOOD)).password_cost.memory_cost == 65536
    with pytest.raises(IniError, match="PasswordCost: expected passes,memory KiB,lanes"):
        read_settings(write(tmp_path, GOOD.replace("Instances=2,8", "Instances=2,8\nPasswordCost=1,4,1")))


def test_namespace_replaces_the_standard_prefix_only(tmp_path):
    settings = read_settings(write(tmp_path, GOOD.replace("Instances=2,8", "Instances=2,8\nNameSpace=http://erp.example.com/ws")))
    assert settings.namespace_of("http://webservices.microsiga.com.br/mtproduct.apw") == (
        "http://erp.example.com/ws/mtproduct.apw")
    assert settings.namespace_of("http://www.totvs.com/other.apw") == "http://www.totvs.com/other.apw"
