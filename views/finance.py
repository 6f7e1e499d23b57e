"""The financial group between the model and the wire: bills (BILLVIEW), their payments
(PAIDBILLVIEW), the financial form (REGFORMSTRUCT), and their grids (GETHEADER of
FINANCECUSTOMERBILL and of the two regform services), in Protheus' order, each column described
like the dictionary field Protheus describes it with."""
from __future__ import annotations

from model import messages
from model.receivables import Bill, Payment
from model.regform import RegForm
from views.headers import C, Grid, from_dictionary

BILLVIEW = Grid("BILLVIEW", (
    from_dictionary("PREFIX", "E1_PREFIXO"),
    from_dictionary("BILLNUMBER", "E1_NUM"),
    from_dictionary("INSTALLMENT", "E1_PARCELA"),
    from_dictionary("BILLTYPE", "E1_TIPO"),
    from_dictionary("CUSTOMERCODE", "E1_CLIENTE"),
    from_dictionary("UNITCUSTOMERCODE", "E1_LOJA"),
    from_dictionary("CUSTOMERNAME", "A1_NOME"),
    from_dictionary("CLASSCODE", "E1_NATUREZ"),
    from_dictionary("ISSUEDATE", "E1_EMISSAO"),
    from_dictionary("ORIGINALDUEDATE", "E1_VENCORI"),
    from_dictionary("REALDUEDATE", "E1_VENCREA"),
    from_dictionary("CURRENCY", "E1_MOEDA"),
    from_dictionary("CURRENCYSIMBOL", "E1_MOEDA", type="C", size=4, decimals=0, picture="@!"),
    from_dictionary("ORIGINALVALUE", "E1_VALOR"),
    from_dictionary("ORIGINALCURRENCYVALUE", "E1_VLCRUZ"),
    from_dictionary("DEDUCTIONSVALUE", "E1_VLCRUZ", titles=("Abatimiento", "Abatimento", "Abatement")),
    from_dictionary("INCREASEVALUE", "E1_SDACRES"),
    from_dictionary("DECREASEVALUE", "E1_SDDECRE"),
    from_dictionary("BALANCEVALUE", "E1_SALDO"),
    from_dictionary("BALANCECURRENCYVALUE", "E1_SALDO"),
    from_dictionary("BANK", "E1_PORTADO"),
    from_dictionary("HISTORY", "E1_HIST"),
    from_dictionary("DELAYINDAYS", "A1_ATR"),
    from_dictionary("DAYLYINTERESTRATE", "E1_PORCJUR"),
    from_dictionary("DAYLYINTERESTVALUE", "E1_VALJUR"),
    from_dictionary("FINANCIALDISCOUNT", "E1_DESCFIN"),
    from_dictionary("DAYSFORDISCOUNT", "E1_DIADESC"),
))

PAIDBILLVIEW = Grid("PAIDBILLVIEW", (
    from_dictionary("REASONOFWRITEOFF", "E5_MOTBX"),
    from_dictionary("BANK", "E5_BANCO"),
    from_dictionary("BANKBRANCH", "E5_AGENCIA"),
    from_dictionary("BANKACCOUNT", "E5_CONTA"),
    from_dictionary("PAIDDATE", "E5_DATA"),
    from_dictionary("CREDITDATE", "E5_DTDISPO"),
    from_dictionary("CURRENCY", "E1_MOEDA"),
    from_dictionary("CURRENCYSIMBOL", "E1_MOEDA", type="C", size=4, decimals=0, picture="@!"),
    from_dictionary("VALUEPAID", "E5_VALOR"),
    from_dictionary("CURRENCYVALUEPAID", "E5_VALOR"),
    from_dictionary("HISTORY", "E5_HISTOR"),
    C("WRITEOFFTYPE", 1, "Tipo de valor", "Tipo de Valor", "Value type"),
    C("TYPEDESCRIPTION", 20, "Descripción", "Descricao", "Description"),
))

REGFORMSTRUCT = Grid("REGFORMSTRUCT", (
    from_dictionary("MATURITYOFCREDITLIMIT", "A1_VENCLC"),
    from_dictionary("SELLER", "A1_VEND"),
    from_dictionary("NUMBEROFCHECKSRETURNED", "A1_CHQDEVO"),
    from_dictionary("DATELASTCHECKSRETURNED", "A1_DTULCHQ"),
    from_dictionary("BILLSPROTESTED", "A1_TITPROT"),
    from_dictionary("DATEOFLASTPROTESTEDBILL", "A1_DTULTIT"),
    from_dictionary("CREDITLIMIT", "A1_LC"),
    from_dictionary("FIRSTPURCHASE", "A1_PRICOM"),
    from_dictionary("BILLBALANCE", "A1_SALDUP"),
    from_dictionary("LASTPURCHASE", "A1_ULTCOM"),
    from_dictionary("SECONDARYCREDITLIMIT", "A1_LCFIN"),
    from_dictionary("MAJORDELAY", "A1_MATR"),
    from_dictionary("SECCREDITLIMITBALANCE", "A1_SALFIN"),
    from_dictionary("AVERAGEDELAY", "A1_METR"),
    from_dictionary("BIGGESTPURCHASE", "A1_MCOMPRA"),
    from_dictionary("RISKRATE", "A1_RISCO"),
    from_dictionary("BIGGESTBALANCE", "A1_MSALDO"),
))


def bill_view(bill: Bill) -> dict:
    """A BILLVIEW. The balances are left out of a browse, as Protheus answers one."""
    row = bill.row
    return {
        "BALANCECURRENCYVALUE": bill.balance_local, "BALANCEVALUE": bill.balance, "BANK": row.E1_PORTADO,
        "BILLNUMBER": row.E1_NUM, "BILLTYPE": row.E1_TIPO, "CLASSCODE": row.E1_NATUREZ,
        "CURRENCY": int(row.E1_MOEDA or 1), "CURRENCYSIMBOL": bill.currency_symbol, "CUSTOMERCODE": row.E1_CLIENTE,
        "CUSTOMERNAME": bill.customer_name, "DAYLYINTERESTRATE": row.E1_PORCJUR, "DAYLYINTERESTVALUE": row.E1_VALJUR,
        "DAYSFORDISCOUNT": int(row.E1_DIADESC), "DECREASEVALUE": row.E1_SDDECRE, "DEDUCTIONSVALUE": bill.deductions,
        "DELAYINDAYS": bill.delay, "FINANCIALDISCOUNT": row.E1_DESCFIN, "HISTORY": row.E1_HIST,
        "INCREASEVALUE": row.E1_SDACRES, "INSTALLMENT": row.E1_PARCELA, "ISSUEDATE": row.E1_EMISSAO,
        "ORIGINALCURRENCYVALUE": bill.original_local, "ORIGINALDUEDATE": row.E1_VENCTO, "ORIGINALVALUE": row.E1_VALOR,
        "PREFIX": row.E1_PREFIXO, "REALDUEDATE": row.E1_VENCREA, "UNITCUSTOMERCODE": row.E1_LOJA, "USERFIELDS": [],
    }


def payment_view(payment: Payment, local_symbol: str, lang: str) -> dict:
    """A PAIDBILLVIEW: in currency 1, the movement's value (E5_VALOR) both as paid and in the
    currency, as Protheus fills them."""
    row = payment.row
    return {
        "BANK": row.E5_BANCO, "BANKACCOUNT": row.E5_CONTA, "BANKBRANCH": row.E5_AGENCIA, "CREDITDATE": row.E5_DTDISPO,
        "CURRENCY": 1, "CURRENCYSIMBOL": local_symbol, "CURRENCYVALUEPAID": row.E5_VALOR, "HISTORY": row.E5_HISTOR,
        "PAIDDATE": row.E5_DATA, "REASONOFWRITEOFF": row.E5_MOTBX, "RECEIPTORPAYMENTORDER": row.E5_ORDREC,
        "SERIALRECEIPT": row.E5_SERREC, "TYPEDESCRIPTION": messages.text(f"writeoff_type_{payment.kind}", lang),
        "USERFIELDS": [], "VALUEPAID": row.E5_VALOR, "WRITEOFFTYPE": payment.kind,
    }


def regform_view(form: RegForm) -> dict:
    customer = form.customer
    return {
        "AVERAGEDELAY": form.average_delay, "BIGGESTBALANCE": form.biggest_balance,
        "BIGGESTPURCHASE": form.biggest_purchase, "BILLBALANCE": form.bill_balance,
        "BILLSPROTESTED": int(customer.A1_TITPROT), "CREDITLIMIT": form.credit_limit,
        "DATELASTCHECKSRETURNED": customer.A1_DTULCHQ, "DATEOFLASTPROTESTEDBILL": customer.A1_DTULTIT,
        "FIRSTPURCHASE": form.first_purchase, "LASTPURCHASE": form.last_purchase, "MAJORDELAY": form.major_delay,
        "MATURITYOFCREDITLIMIT": customer.A1_VENCLC, "NUMBEROFCHECKSRETURNED": int(customer.A1_CHQDEVO),
        "RISKRATE": customer.A1_RISCO, "SECCREDITLIMITBALANCE": customer.A1_SALFIN,
        "SECONDARYCREDITLIMIT": customer.A1_LCFIN, "SELLER": customer.A1_VEND, "USERFIELDS": [],
    }
