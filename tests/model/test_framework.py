"""The framework services' rules alone: the home page's files, MV_ parameters as GETPARAM gives
them, the indexes a browse orders by, field sizes, the installation's own fields, SX5 tables and
the state-registration check of the installation."""
import pytest
from sqlalchemy import column, select, table, update

from model import data_dictionary, parameters, presentation, query, standard_tables, tax_ids, user_fields
from model.demo.framework import bitmap
from model.errors import PortalError
from model.tables import SA1, SB1, SX3, SX6, ZAR

# --- the home page -------------------------------------------------------------------------


def set_parameter(session, name, value):
    session.execute(update(SX6).where(SX6.X6_VAR == name).values(X6_CONTEUD=value, X6_CONTSPA=value,
                                                                  X6_CONTENG=value))


def test_the_presentation_is_the_files_lines_joined_in_the_servers_language(session):
    spanish = presentation.presentation_text(session, "es")
    assert spanish.startswith("<h2>Bienvenido al portal") and "\r" not in spanish and "\n" not in spanish
    assert "cuenta corriente, las 24 horas" in spanish  # the line break is gone, as in Protheus
    assert presentation.presentation_text(session, "pt").startswith("<h2>Bem-vindo")
    assert presentation.presentation_text(session, "en").startswith("<h2>Welcome")


def test_news_one_per_line_title_before_the_first_equals(session):
    session.add(ZAR(ZAR_NOME="news2.txt", ZAR_TIPO="text/plain",
                    ZAR_CONTEU="Oferta=2x1 en tornillos=solo hoy\r\n\r\nsin titulo\nÚltimo=fin".encode("cp1252")))
    set_parameter(session, "MV_PORTAL3", "news2.txt")
    assert [(n.title, n.text) for n in presentation.news(session, "es")] == [
        ("Oferta", "2x1 en tornillos=solo hoy"), ("", ""), ("", "sin titulo"), ("Último", "fin")]


def test_the_demo_news(session):
    assert [n.title for n in presentation.news(session, "es")] == ["Promoción", "Horario", ""]


@pytest.mark.parametrize("value", ["", "no-such-file.txt"])
def test_without_a_file_a_hint_says_which_parameter_to_fill(session, value):
    set_parameter(session, "MV_PORTAL1", value)
    set_parameter(session, "MV_PORTAL3", value)
    set_parameter(session, "MV_PORTAL2", value)
    assert "MV_PORTAL1" in presentation.presentation_text(session, "pt")
    assert [(n.title, "MV_PORTAL3" in n.text) for n in presentation.news(session, "pt")] == [("Configuração", True)]
    assert presentation.photo(session, "es") == b""


def test_photo_and_logo_are_the_files_bytes_whole(session):
    assert presentation.photo(session, "es").startswith(b"\x89PNG\r\n")
    logo = presentation.logo(session, "es", "01")  # MV_PORTAL4 is blank: LGRL01.BMP
    assert logo == bitmap((13, 10, 120)) and b"\r" in logo and b"\n" in logo
    assert presentation.logo(session, "es", "02") == b""  # no LGRL02.BMP
    set_parameter(session, "MV_PORTAL4", "empresa.png")
    assert presentation.logo(session, "es", "01") == presentation.photo(session, "es")


# --- GETPARAM ------------------------------------------------------------------------------


def test_a_parameter_as_text(session):
    assert parameters.as_text(session, "MV_ALTPED", "es") == "N"
    assert parameters.as_text(session, "mv_altped ", "es") == "N"
    assert parameters.as_text(session, "MV_ALTPED", "es", "02") == "S"  # branch 02's own value
    assert parameters.as_text(session, "MV_ALTPED", "es", "03") == "N"  # no value of its own: the shared one
    assert parameters.as_text(session, "MV_MOEDA2", "es") == "DOLARES"
    assert parameters.as_text(session, "MV_MOEDA2", "en") == "DOLLARS"


def test_logicals_and_missing_parameters(session):
    assert parameters.as_text(session, "MV_RELAUTH", "es") == ".F."
    session.execute(update(SX6).where(SX6.X6_VAR == "MV_RELAUTH").values(X6_CONTSPA="T"))
    assert parameters.as_text(session, "MV_RELAUTH", "es") == ".T."
    assert parameters.as_text(session, "MV_NOEXISTE", "es") == parameters.NOT_FOUND == ".F."


def test_secrets_are_never_told(session):
    session.add(SX6(X6_FIL="", X6_VAR="MV_RELPSW", X6_TIPO="C", X6_CONTEUD="s3cret", X6_CONTSPA="s3cret"))
    session.flush()
    assert parameters.value(session, "MV_RELPSW", "es") == "s3cret"  # the server may read it
    assert parameters.as_text(session, "MV_RELPSW", "es") == ".F."  # no portal is told


# --- GETINDEX ------------------------------------------------------------------------------


def test_every_browse_that_orders_by_indexkey_is_registered():
    import services  # noqa: F401  (the browses register as their modules are imported)
    assert {"SB1", "SBM", "SC5", "SCJ", "SU5", "SA4", "AD8"} <= set(query.SORTABLE)


def test_the_indexes_of_the_product_browse():
    import services  # noqa: F401
    found = {index.key: index.description for index in data_dictionary.indexes("SB1", "es")}
    assert found["B1_FILIAL+B1_DESC+B1_COD"] == "Descripcion + Codigo"
    assert "B1_FILIAL+B1_COD" in found and "B1_FILIAL+B1_GRUPO+B1_COD" in found
    assert "B1_PROC" not in SB1.__table__.columns and "B1_FILIAL+B1_PROC" not in found  # not a column we keep
    orders = [index.order for index in data_dictionary.indexes("SB1", "es")]
    assert orders == sorted(orders)


def test_date_keys_are_offered_and_accepted():
    import services  # noqa: F401
    keys = [index.key for index in data_dictionary.indexes("SC5", "pt")]
    assert "C5_FILIAL+DTOS(C5_EMISSAO)+C5_NUM" in keys
    for key in keys:
        assert query.parse_indexkey(key, query.SORTABLE["SC5"])


@pytest.mark.parametrize("alias", ["SA1", "SE1", "ZZZ", "sb1", ""])
def test_a_table_no_browse_orders_has_no_indexes(alias):
    import services  # noqa: F401
    assert data_dictionary.indexes(alias, "es") == []


# --- GETSX3FIELDSIZE -----------------------------------------------------------------------


def test_field_sizes(session):
    assert data_dictionary.field_size(session, "AI3_LOGIN") == 50
    assert data_dictionary.field_size(session, "a1_cod") == 6
    assert data_dictionary.field_size(session, "X6_VAR") == 10
    assert data_dictionary.field_size(session, "B1_XMARCA") == 20  # a field of the company's own
    for unknown in ("B1_NADA", "XYZ", ""):
        with pytest.raises(PortalError) as error:
            data_dictionary.field_size(session, unknown)
        assert error.value.key == "dictionary_field_unknown"


# --- user fields ---------------------------------------------------------------------------


def user_field(**kw):
    values = dict(X3_ARQUIVO="SB1", X3_ORDEM="95", X3_CAMPO="B1_XNUEVO", X3_TIPO="C", X3_TAMANHO=10,
                  X3_DECIMAL=0, X3_TITULO="Novo", X3_TITSPA="Nuevo", X3_TITENG="New", X3_CONTEXT="R", X3_PROPRI="U")
    values.update(kw)
    return SX3(**values)


def test_the_user_fields_of_a_table(session):
    fields = user_fields.definitions(session, "SA1")
    assert [(f.name, f.type, f.size, f.required) for f in fields] == [
        ("A1_XSEGMEN", "C", 1, True), ("A1_XCOMPRA", "C", 40, False)]
    segment = fields[0]
    assert (segment.title("en"), segment.combobox("es")) == ("Segment", "1=Ferretería;2=Pinturería;3=Construcción")
    assert user_fields.definitions(session, "SE4") == [] and user_fields.definitions(session, "XYZ") == []


def test_only_usable_rows_are_user_fields(session):
    session.add_all([
        user_field(X3_CAMPO="A1_XOTRO"),                  # another table's prefix
        user_field(X3_CAMPO="B1_XVIRT", X3_CONTEXT="V"),  # virtual: no column
        user_field(X3_CAMPO="B1_DESC"),                   # a standard column
        user_field(X3_CAMPO="B1_XTIPO", X3_TIPO="X"),     # no such type
        user_field(X3_ARQUIVO="ZZZ", X3_CAMPO="ZZZ_X"),   # no such table
        user_field(X3_CAMPO="B1_XSTD", X3_PROPRI="S"),    # not the installation's own
        user_field(),                                     # the one good row
    ])
    session.flush()
    assert [f.name for f in user_fields.definitions(session, "SB1")] == ["B1_XMARCA", "B1_XGARANT", "B1_XNUEVO"]


def test_the_values_of_records_in_one_statement(session):
    products = list(session.scalars(select(SB1).where(SB1.B1_COD.in_(["PA0003", "PA0001"]))))
    found = user_fields.values(session, SB1, products)
    by_code = {p.B1_COD: [(f.name, text) for f, text in found[p.R_E_C_N_O_]] for p in products}
    assert by_code == {"PA0003": [("B1_XMARCA", "TRAMONTINA"), ("B1_XGARANT", "12")],
                       "PA0001": [("B1_XMARCA", ""), ("B1_XGARANT", "0")]}
    assert user_fields.values(session, SB1, []) == {}


def test_a_new_user_field_gets_its_column_and_its_values_are_read(session):
    session.add(user_field(X3_CAMPO="B1_XPESO", X3_TIPO="N", X3_TAMANHO=8, X3_DECIMAL=3))
    session.add(user_field(X3_CAMPO="B1_XALTA", X3_TIPO="D", X3_TAMANHO=8, X3_ORDEM="96"))
    session.flush()
    assert user_fields.create_columns(session) == ["SB1.B1_XPESO", "SB1.B1_XALTA"]
    assert user_fields.create_columns(session) == []  # already there
    target = table(SB1.__table__.name, column("B1_COD", SB1.__table__.c.B1_COD.type), column("B1_XPESO"),
                   column("B1_XALTA"))
    session.execute(update(target).where(target.c.B1_COD == "PA0001").values(B1_XPESO=1.5, B1_XALTA="20250301"))
    product = session.scalars(select(SB1).where(SB1.B1_COD == "PA0001")).one()
    values = dict((f.name, text) for f, text in user_fields.values(session, SB1, [product])[product.R_E_C_N_O_])
    assert (values["B1_XPESO"], values["B1_XALTA"]) == ("1.500", "20250301")


# --- SX5 and the state-registration check ---------------------------------------------------


def test_standard_tables(session):
    states = standard_tables.entries(session, "12", "es")
    assert ("CF", "Ciudad de Buenos Aires") in states and states[-1] == ("TU", "Tucumán")
    assert ("EX", "Abroad") in standard_tables.entries(session, "12", "en")
    assert [code for code, _ in standard_tables.entries(session, "00", "pt")] == ["00", "02", "12"]
    assert standard_tables.entries(session, "02", "en")[0] == ("ME", "Goods")
    assert standard_tables.entries(session, "99", "es") == [] and standard_tables.entries(session, "", "es") == []


def test_no_demo_state_is_a_brazilian_one(session):
    from model.state_registrations import RULES
    assert not {code for code, _ in standard_tables.entries(session, "12", "es")} & set(RULES)


@pytest.mark.parametrize("state, number, result", [
    ("SP", "110.042.490.114", True), ("SP", "110.042.490.115", False), ("EX", "123", True),
    ("CF", "901-234567-8", None),    # a state of the installation with no rule: nothing to check
    ("cb", "280-556677-1", None),
    ("CF", "", False),               # but a number is needed
    ("XX", "901-234567-8", False),   # a state nobody knows
])
def test_the_state_registration_of_the_installation(session, state, number, result):
    assert tax_ids.check_state_id_of_installation(session, state, number) is result


def test_the_demo_customers_federal_ids_are_valid_cuits(session):
    ids = set(session.scalars(select(SA1.A1_CGC)))
    assert ids and all(tax_ids.check_federal_id("ARG", number) for number in ids)
