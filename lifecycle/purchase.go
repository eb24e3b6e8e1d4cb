package lifecycle

import (
	"strings"
	"time"
)

// DefaultCurrency is the currency of a purchase that names none.
const DefaultCurrency = "EUR"

// Purchase is one order or invoice of a customer.
type Purchase struct {
	ID         int64
	CustomerID int64
	At         time.Time
	Amount     Money
	Currency   string
	Note       string
	// Who made the entry: a user's name, "" when unknown.
	Who string
}

// Validate checks a purchase before it is stored. Refunds are recorded as
// negative amounts, so only zero is refused.
func (p Purchase) Validate() error {
	if p.Amount == 0 {
		return Problemf(CodePurchaseZero, nil, "the amount is zero")
	}
	if p.At.IsZero() {
		return Problemf(CodePurchaseNoDate, nil, "the purchase has no date")
	}
	if !isCurrencyCode(p.Currency) {
		return Problemf(CodePurchaseCurrency, Values{"Currency": p.Currency},
			"currency %q is not a three-letter code like EUR", p.Currency)
	}
	return CheckNote("note", p.Note)
}

// isCurrencyCode tells an ISO 4217 style code: three upper-case letters A-Z,
// nothing around them, since the code is stored as it is.
func isCurrencyCode(s string) bool {
	return len(s) == 3 && isCode(s) && strings.ToUpper(s) == s
}
