package ui

import (
	"testing"
	"time"

	"tend/lifecycle"
	"tend/ui/words"
)

// A purchase or a customer's value to correct is filled in as the
// reader's language types an amount: 1234,56 in German.
func TestAnAmountToCorrectIsFilledInAsTheLanguageWritesIt(t *testing.T) {
	defer words.Use(words.German)()
	c := lifecycle.Customer{ID: 1, Name: "Anna Schmidt", Value: lifecycle.Money(500050)}
	f, _ := newPurchaseForm(c)
	f.correct(lifecycle.Purchase{ID: 2, CustomerID: 1, Amount: lifecycle.Money(123456), Currency: "EUR",
		At: time.Date(2025, time.March, 14, 0, 0, 0, 0, time.UTC)})
	if got := f.fields[0].value(); got != "1234,56" {
		t.Errorf("the purchase's amount is filled in as %q, want 1234,56", got)
	}
	lc, err := lifecycle.Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	cf, _ := newCustomerForm(c, lc)
	if got := cf.fields[5].value(); got != "5000,50" {
		t.Errorf("the customer's value is filled in as %q, want 5000,50", got)
	}
}
