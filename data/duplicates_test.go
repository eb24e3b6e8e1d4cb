package data

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tend/lifecycle"
)

func TestPhoneKeyMeetsTheSpellingsOfOneNumber(t *testing.T) {
	for _, tt := range []struct{ phone, want string }{
		{"+49 30 1234567", "301234567"},
		{"0049 (0)30 123 45 67", "301234567"},
		{"030/1234567", "301234567"},
		{"+1 (415) 555-0100", "4155550100"},
		{"+353 1 234 5678", "12345678"},
		{"12345", ""},
		{"", ""},
		{"call me", ""},
	} {
		if got := phoneKey(tt.phone); got != tt.want {
			t.Errorf("phoneKey(%q) = %q, want %q", tt.phone, got, tt.want)
		}
	}
}

func FuzzPhoneKey(f *testing.F) {
	for _, seed := range []string{"+49 30 1234567", "0049 (0)30 1234567", "030 1234567", "+1", "00", "+", "0", "+7 495 1234567", "ünïcode 0123456"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, phone string) {
		key := phoneKey(phone)
		if strings.Trim(key, "0123456789") != "" || (key != "" && len(key) < 6) {
			t.Errorf("phoneKey(%q) = %q, not six or more digits", phone, key)
		}
		if key != "" && phoneKey("0"+key) != key {
			t.Errorf("the national spelling of %q reads %q", key, phoneKey("0"+key))
		}
	})
}

func TestFindDuplicatesGivesReasonsMostCertainFirst(t *testing.T) {
	cs := []Candidate{
		{ID: 1, Name: "Jürgen Müller", Company: "Acme", Email: "j@acme.example", Phone: "030 1234567"},
		{ID: 2, Name: "jurgen  muller", Company: "ACME"},
		{ID: 3, Name: "J. Müller", Phone: "+49 30 1234567"},
		{ID: 4, Name: "Jürgen Müller (privat)", Email: "J@Acme.example", Phone: "+49 (0)30 1234567"},
		{ID: 5, Name: "Someone Else", Email: "else@example.com", Phone: "0171 999888"},
	}
	var got []string
	for _, p := range FindDuplicates(cs) {
		got = append(got, fmt.Sprintf("%d-%d %s", p.A.ID, p.B.ID, strings.Join(p.Reasons, ",")))
	}
	want := []string{"1-4 same-email,same-phone", "1-3 same-phone", "1-2 same-name-company"}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %q, want %q", got, want)
	}
}

func TestDuplicatesReadsTheBookLeavingOutArchivedCustomers(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	a := addCustomer(t, b, lifecycle.Customer{Name: "Anna Schmidt", Company: "Laden", Phone: "030 1234567"})
	addCustomer(t, b, lifecycle.Customer{Name: "Anna Schmidt", Company: "laden"})
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Ann", Phone: "+49 30 1234567"})
	if err := b.Archive(ctx, gone, false); err != nil {
		t.Fatal(err)
	}
	pairs, err := b.Duplicates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 1 || pairs[0].A.ID != a || !slices.Equal(pairs[0].Reasons, []string{SameNameCompany}) {
		t.Errorf("pairs %+v, want customer %d with its namesake", pairs, a)
	}
}

// BenchmarkFindDuplicates finds the pairs of a book of 100,000 customers,
// one in fifty of them with a second record.
func BenchmarkFindDuplicates(b *testing.B) {
	cs := make([]Candidate, 100_000)
	for i := range cs {
		n := i
		if i%50 == 49 {
			n = i - 1
		}
		cs[i] = Candidate{ID: int64(i + 1), Name: fmt.Sprintf("Kundin %d Müller", n), Company: fmt.Sprintf("Firma %d", n%977),
			Email: fmt.Sprintf("k%d@example.com", i), Phone: fmt.Sprintf("+49 30 %07d", n)}
	}
	b.ReportAllocs()
	for b.Loop() {
		if pairs := FindDuplicates(cs); len(pairs) != 2000 {
			b.Fatalf("%d pairs, want 2000", len(pairs))
		}
	}
}
