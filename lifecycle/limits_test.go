package lifecycle

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// limitOf returns the field and size a LimitError names, or fails.
func limitOf(t *testing.T, err error) (string, int) {
	t.Helper()
	var over *LimitError
	if !errors.As(err, &over) {
		t.Fatalf("err = %v, want a *LimitError", err)
	}
	return over.Field, over.Size
}

func TestCustomerFieldsHoldAtMost500Characters(t *testing.T) {
	set := map[string]func(*Customer, string){
		"name": func(c *Customer, s string) { c.Name = s }, "company": func(c *Customer, s string) { c.Company = s },
		"email": func(c *Customer, s string) { c.Email = "a@" + string([]rune(s)[2:]) }, "phone": func(c *Customer, s string) { c.Phone = s },
		"owner": func(c *Customer, s string) { c.Owner = s },
	}
	for field, put := range set {
		c := Customer{Name: "Anna"}
		put(&c, strings.Repeat("ü", MaxTextChars)) // 1,000 bytes, 500 characters
		if err := c.Validate(); err != nil {
			t.Errorf("%s of 500 characters: %v", field, err)
		}
		put(&c, strings.Repeat("u", MaxTextChars+1))
		if f, n := limitOf(t, c.Validate()); f != field || n != 501 {
			t.Errorf("%s of 501 characters: refused as %s of %d", field, f, n)
		}
	}
}

func TestACustomerHoldsAtMost200TagsOf100Characters(t *testing.T) {
	c := Customer{Name: "Anna", Tags: []string{strings.Repeat("t", MaxTagChars)}}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	c.Tags = []string{"ok", strings.Repeat("t", MaxTagChars+1)}
	err := c.Validate()
	if f, n := limitOf(t, err); f != "tag" || n != 101 {
		t.Errorf("a tag of 101 characters refused as %s of %d", f, n)
	}
	if want := `tag "tttttttttttttttttttt…": the tag has 101 characters; it may have 100 at most`; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	c.Tags = nil
	for i := range MaxTags + 1 {
		c.Tags = append(c.Tags, fmt.Sprint(i))
	}
	if err := (Customer{Name: "A", Tags: c.Tags[:MaxTags]}).Validate(); err != nil {
		t.Errorf("200 tags: %v", err)
	}
	if f, n := limitOf(t, c.Validate()); f != "tags" || n != 201 {
		t.Errorf("201 tags refused as %s of %d", f, n)
	}
}

func TestAnEditJudgesOnlyTheValuesItChanges(t *testing.T) {
	long := strings.Repeat("n", 10_000)
	stored := Customer{Name: long, Tags: []string{long}}
	edited := stored
	edited.Phone = "+49 30 1234"
	if err := edited.ValidateChange(stored); err != nil {
		t.Fatalf("an edit of the phone is refused for the stored name: %v", err)
	}
	edited.Name = long + "!"
	if f, _ := limitOf(t, edited.ValidateChange(stored)); f != "name" {
		t.Errorf("a changed name over the limit is refused as %s", f)
	}
	edited = stored
	edited.Tags = []string{long, "new"}
	if err := edited.ValidateChange(stored); err != nil {
		t.Errorf("adding a tag is refused for a stored one: %v", err)
	}
	if err := stored.Validate(); err == nil {
		t.Error("the stored customer passes as a new one")
	}
}

func TestASummaryOrNoteHoldsAtMost64KiB(t *testing.T) {
	at := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	x := Contact{At: at, Kind: Call, Direction: Out, Sentiment: Neutral, Summary: strings.Repeat("s", MaxNoteBytes)}
	p := Purchase{At: at, Amount: 100, Currency: "EUR", Note: x.Summary}
	if err := errors.Join(x.Validate(), p.Validate()); err != nil {
		t.Fatal(err)
	}
	x.Summary += "s"
	p.Note += "n"
	if f, n := limitOf(t, x.Validate()); f != "summary" || n != 65537 {
		t.Errorf("summary refused as %s of %d", f, n)
	}
	if f, _ := limitOf(t, p.Validate()); f != "note" {
		t.Errorf("note refused as %s", f)
	}
	if want := "the note has 65,537 bytes; it may have 65,536 at most"; p.Validate().Error() != want {
		t.Errorf("error %q, want %q", p.Validate(), want)
	}
}

func TestPlusSaysWhenASumOverflows(t *testing.T) {
	for _, tt := range []struct {
		a, b Money
		fits bool
	}{
		{1, 2, true}, {math.MaxInt64 - 1, 1, true}, {math.MaxInt64, 1, false},
		{math.MinInt64 + 1, -1, true}, {math.MinInt64, -1, false}, {math.MaxInt64, math.MinInt64, true},
	} {
		if sum, fits := tt.a.Plus(tt.b); fits != tt.fits || fits && sum != tt.a+tt.b {
			t.Errorf("%d + %d = %d, %v", tt.a, tt.b, sum, fits)
		}
	}
}
