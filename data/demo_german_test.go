package data

import (
	"context"
	"strings"
	"testing"
)

// A demo made for a German reader holds German customers whose contacts
// and purchases read in German; the same options in English make the
// book of mixed customers in English.
func TestADemoForAGermanReaderIsWrittenInGerman(t *testing.T) {
	ctx := context.Background()
	german, _ := freshDemo(t, DemoOptions{Customers: 50, Seed: 1, Language: "de"})
	english, _ := makeDemo(t, DemoOptions{Customers: 50, Seed: 1})
	said := func(b *Book) string {
		var all strings.Builder
		for _, c := range allCustomers(t, b) {
			h, err := b.History(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			all.WriteString(c.Name + "\n")
			for _, x := range h.Contacts {
				all.WriteString(x.Summary + "\n")
			}
			for _, p := range h.Purchases {
				all.WriteString(p.Note + "\n")
			}
		}
		return all.String()
	}
	de, en := said(german), said(english)
	for _, w := range []string{"Rechnung ", "nächster Schritt: "} {
		if !strings.Contains(de, w) {
			t.Errorf("the German demo has no %q", w)
		}
	}
	for _, w := range []string{"Invoice ", "next: ", "Placed an order", "First enquiry"} {
		if strings.Contains(de, w) {
			t.Errorf("the German demo has %q", w)
		}
	}
	for _, w := range []string{"Invoice ", "next: "} {
		if !strings.Contains(en, w) {
			t.Errorf("the English demo has no %q", w)
		}
	}
}
