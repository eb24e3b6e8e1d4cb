package data

import (
	"errors"
	"fmt"
	"time"

	"tend/lifecycle"
)

// modelFailure says in words why a purchase model could not be fitted, and
// unwraps to the lifecycle error behind it (ErrTooFewCustomers,
// ErrNoRepeatPurchases), so that callers can still tell the cases apart.
type modelFailure struct {
	words string
	err   error
}

func (f *modelFailure) Error() string { return f.words }
func (f *modelFailure) Unwrap() error { return f.err }

// bgnbdFailure puts a failed BG/NBD fit in words.
func (m *Models) bgnbdFailure(err error) error {
	switch {
	case m.Customers == 0:
		return &modelFailure{m.noPurchases(), err}
	case errors.Is(err, lifecycle.ErrTooFewCustomers):
		return &modelFailure{fmt.Sprintf("the book has purchases from only %s on or before %s; a purchase model needs at least %d",
			customers(m.Customers), m.day(), lifecycle.MinFitCustomers), err}
	case errors.Is(err, lifecycle.ErrNoRepeatPurchases):
		return &modelFailure{fmt.Sprintf("none of the %s with purchases on or before %s bought again on a later day; "+
			"the repeat-buying model needs repeat purchases", customers(m.Customers), m.day()), err}
	}
	return err // did not converge, in words already
}

// gammaGammaFailure puts in words a Gamma-Gamma fit to the spend of n
// repeat buyers that failed.
func (m *Models) gammaGammaFailure(err error, n int) error {
	switch {
	case m.Customers == 0:
		return &modelFailure{m.noPurchases(), err}
	case errors.Is(err, lifecycle.ErrTooFewCustomers):
		return &modelFailure{m.fewRepeatBuyers(n), err}
	}
	return err
}

// fewRepeatBuyers says how few repeat buyers, n, the spend model had, and
// how many more it left out for their currency.
func (m *Models) fewRepeatBuyers(n int) string {
	words := "no customer"
	if n > 0 {
		words = "only " + customers(n)
	}
	words += " bought again on a later day on or before " + m.day()
	switch {
	case m.OtherCurrency == 0:
		return fmt.Sprintf("%s; the spend model needs at least %d who did", words, lifecycle.MinFitCustomers)
	case n == 0:
		words += fmt.Sprintf(" in one currency alone (%d in several)", m.OtherCurrency)
	default:
		words += fmt.Sprintf(" in %s alone (%d more in other currencies)", m.Currency, m.OtherCurrency)
	}
	return fmt.Sprintf("%s; the spend model needs at least %d who did in one currency", words, lifecycle.MinFitCustomers)
}

func (m *Models) noPurchases() string {
	return "the book has no purchases on or before " + m.day()
}

func (m *Models) day() string { return m.AsOf.Format(time.DateOnly) }

// customers counts customers in words: "1 customer", "4 customers".
func customers(n int) string {
	if n == 1 {
		return "1 customer"
	}
	return fmt.Sprintf("%d customers", n)
}
