package data

import (
	"errors"
	"fmt"
	"time"

	"tend/lifecycle"
)

// The failures of a fit, coded: each unwraps to the lifecycle error behind
// it (ErrTooFewCustomers, ErrNoRepeatPurchases), so that callers can still
// tell the cases apart.

// bgnbdFailure codes a failed BG/NBD fit.
func (m *Models) bgnbdFailure(err error) error {
	switch {
	case m.Customers == 0:
		return m.noPurchases(err)
	case errors.Is(err, lifecycle.ErrTooFewCustomers):
		return lifecycle.Because(err, CodeModelsTooFew, lifecycle.Values{"Count": m.Customers, "Day": m.day(), "Min": lifecycle.MinFitCustomers},
			"the book has purchases from only %s on or before %s; a purchase model needs at least %d",
			customers(m.Customers), m.day(), lifecycle.MinFitCustomers)
	case errors.Is(err, lifecycle.ErrNoRepeatPurchases):
		return lifecycle.Because(err, CodeModelsNoRepeats, lifecycle.Values{"Count": m.Customers, "Day": m.day()},
			"none of the %s with purchases on or before %s bought again on a later day; "+
				"the repeat-buying model needs repeat purchases", customers(m.Customers), m.day())
	}
	return err // did not converge, coded already
}

// gammaGammaFailure codes a Gamma-Gamma fit to the spend of n repeat
// buyers that failed.
func (m *Models) gammaGammaFailure(err error, n int) error {
	switch {
	case m.Customers == 0:
		return m.noPurchases(err)
	case errors.Is(err, lifecycle.ErrTooFewCustomers):
		return m.fewRepeatBuyers(err, n)
	}
	return err
}

// fewRepeatBuyers codes how few repeat buyers, n, the spend model had, and
// how many more it left out for their currency.
func (m *Models) fewRepeatBuyers(err error, n int) error {
	values := lifecycle.Values{"Count": n, "Day": m.day(), "Min": lifecycle.MinFitCustomers, "Currency": m.Currency, "Other": m.OtherCurrency}
	words := "no customer"
	if n > 0 {
		words = "only " + customers(n)
	}
	words += " bought again on a later day on or before " + m.day()
	switch {
	case m.OtherCurrency == 0:
		return lifecycle.Because(err, CodeModelsFewBuyers, values, "%s; the spend model needs at least %d who did", words, lifecycle.MinFitCustomers)
	case n == 0:
		words += fmt.Sprintf(" in one currency alone (%d in several)", m.OtherCurrency)
	default:
		words += fmt.Sprintf(" in %s alone (%d more in other currencies)", m.Currency, m.OtherCurrency)
	}
	return lifecycle.Because(err, CodeModelsFewInCurrency, values, "%s; the spend model needs at least %d who did in one currency", words, lifecycle.MinFitCustomers)
}

func (m *Models) noPurchases(err error) error {
	return lifecycle.Because(err, CodeModelsNoPurchases, lifecycle.Values{"Day": m.day()}, "the book has no purchases on or before %s", m.day())
}

func (m *Models) day() string { return m.AsOf.Format(time.DateOnly) }

// customers counts customers in English, for the error's plain sentence.
func customers(n int) string {
	if n == 1 {
		return "1 customer"
	}
	return fmt.Sprintf("%d customers", n)
}
