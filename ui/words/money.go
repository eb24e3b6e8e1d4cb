package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// currencySymbols are the signs of the common currencies, as an English
// text writes them; a currency not here is written by its code.
var currencySymbols = map[string]string{
	"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF", "CNY": "CN¥", "INR": "₹", "KRW": "₩",
	"BRL": "R$", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "HKD": "HK$", "MXN": "MX$", "ILS": "₪", "TRY": "₺",
}

// Money writes an amount, already written as the language writes numbers
// (12,345, 12k, -5.50), in a currency: with its sign where it has a
// common one (€12,345, CHF 12,345), else with its code (12,345 SEK). With
// no currency, as a book whose purchases are in several has, the amount
// stands alone.
func Money(amount, currency string) string {
	if currency == "" {
		return amount
	}
	v := V{"Sign": "", "Amount": amount, "Code": currency}
	if rest, ok := strings.CutPrefix(amount, "-"); ok {
		v["Sign"], v["Amount"] = "-", rest
	}
	symbol, ok := currencySymbols[currency]
	if !ok {
		return T("money.code", v)
	}
	v["Symbol"] = symbol
	if last, _ := utf8.DecodeLastRuneInString(symbol); unicode.IsLetter(last) {
		return T("money.symbol-word", v)
	}
	return T("money.symbol", v)
}
