package lifecycle

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCustomerValidateChecksWhatUsersEnter(t *testing.T) {
	tests := []struct {
		name string
		c    Customer
		want string // empty when valid
	}{
		{"name only", Customer{Name: "Müller GmbH"}, ""},
		{"full", Customer{Name: "Ada", Email: "ada@example.com", Value: 120000}, ""},
		{"email padded", Customer{Name: "Ada", Email: " ada@example.com "}, ""},
		{"local domain", Customer{Name: "Ada", Email: "ada@localhost"}, ""},
		{"empty name", Customer{}, "the name is empty"},
		{"blank name", Customer{Name: " \t"}, "the name is empty"},
		{"no at", Customer{Name: "Ada", Email: "ada.example.com"}, `email "ada.example.com" is not an address like name@example.com`},
		{"nothing before at", Customer{Name: "Ada", Email: "@example.com"}, `email "@example.com" is not an address like name@example.com`},
		{"nothing after at", Customer{Name: "Ada", Email: "ada@"}, `email "ada@" is not an address like name@example.com`},
		{"two ats", Customer{Name: "Ada", Email: "ada@@example.com"}, `email "ada@@example.com" is not an address like name@example.com`},
		{"space", Customer{Name: "Ada", Email: "ada lovelace@example.com"}, `email "ada lovelace@example.com" is not an address like name@example.com`},
		{"display form", Customer{Name: "Ada", Email: "Ada <ada@example.com>"}, `email "Ada <ada@example.com>" is not an address like name@example.com`},
		{"two addresses", Customer{Name: "Ada", Email: "a@example.com,b@example.com"}, `email "a@example.com,b@example.com" is not an address like name@example.com`},
		{"negative value", Customer{Name: "Ada", Value: -1}, "value -0.01 is negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tt.want != "" && (err == nil || err.Error() != tt.want):
				t.Errorf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestCustomerNormalizeTrimsFieldsAndTags(t *testing.T) {
	c := Customer{
		Name: "  Ada ", Company: "\tAnalytical Engines\n", Email: " ada@example.com", Phone: " +44 20 ", Owner: " jo ",
		Tags: []string{" vip", "Berlin", "", "VIP", "  ", "alpha", "berlin "},
	}
	c.Normalize()
	want := Customer{
		Name: "Ada", Company: "Analytical Engines", Email: "ada@example.com", Phone: "+44 20", Owner: "jo",
		Tags: []string{"alpha", "Berlin", "vip"},
	}
	if c.Name != want.Name || c.Company != want.Company || c.Email != want.Email || c.Phone != want.Phone ||
		c.Owner != want.Owner || !slices.Equal(c.Tags, want.Tags) {
		t.Errorf("Normalize() =\n%+v\nwant\n%+v", c, want)
	}
}

func TestNormalizeTagsKeepsTheFirstSpellingSortedWithoutCase(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{nil, []string{}},
		{[]string{"", " "}, []string{}},
		{[]string{"b", "A", "c"}, []string{"A", "b", "c"}},
		{[]string{"Key Account", "key account", "KEY ACCOUNT"}, []string{"Key Account"}},
		{[]string{" trade fair 2025 ", "Trade fair 2024"}, []string{"Trade fair 2024", "trade fair 2025"}},
	}
	for _, tt := range tests {
		got := NormalizeTags(tt.in)
		if got == nil || !slices.Equal(got, tt.want) {
			t.Errorf("NormalizeTags(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeTagsSortsAsTheLowerCaseDoes checks NormalizeTags against
// the plain way of lower-casing every tag, on random tags of letters that
// change case in odd ways and of bytes that are not UTF-8.
func TestNormalizeTagsSortsAsTheLowerCaseDoes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	letters := []string{"a", "A", "b", "ß", "ẞ", "İ", "i", "K", "k", "Σ", "σ", "ς", "é", "É", "\xff", " ", "1"}
	for range 5000 {
		tags := make([]string, rng.IntN(6))
		for i := range tags {
			for range 1 + rng.IntN(3) {
				tags[i] += letters[rng.IntN(len(letters))]
			}
		}
		if got, want := NormalizeTags(tags), lowerCasedTags(tags); !slices.Equal(got, want) {
			t.Fatalf("NormalizeTags(%q) = %q, want %q", tags, got, want)
		}
	}
}

// lowerCasedTags is NormalizeTags done by lower-casing every tag.
func lowerCasedTags(tags []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	slices.SortStableFunc(out, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return out
}

func TestCustomerSearchTextFoldsTheSearchedFields(t *testing.T) {
	c := Customer{
		Name: "Ada Lovelace", Company: "Analytical ENGINES", Email: "Ada@Example.com", Owner: "Jo",
		Phone: "+44 20", Tags: []string{"VIP", "London"}, Phase: "retention",
	}
	want := "ada lovelace\x1fanalytical engines\x1fada@example.com\x1fjo\x1f+44 20\x1fvip\x1flondon"
	if got := c.SearchText(); got != want {
		t.Errorf("SearchText() = %q, want %q", got, want)
	}
}

func TestCustomerIsArchivedWhenItHasAnArchiveTime(t *testing.T) {
	if (Customer{}).Archived() {
		t.Error("a new customer is archived")
	}
	if !(Customer{ArchivedAt: time.Unix(1, 0)}).Archived() {
		t.Error("a customer with an archive time is not archived")
	}
}

func TestParseKindDirectionAndSentimentReadLoosely(t *testing.T) {
	kinds := []struct {
		in   string
		want Kind
	}{
		{"call", Call}, {"Email", Email}, {" MEETING ", Meeting}, {"message", Message}, {"social", Social}, {"note", Note},
	}
	for _, tt := range kinds {
		if got, err := ParseKind(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseKind(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	directions := []struct {
		in   string
		want Direction
	}{{"", Out}, {"out", Out}, {"In", In}, {" OUT ", Out}}
	for _, tt := range directions {
		if got, err := ParseDirection(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseDirection(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	sentiments := []struct {
		in   string
		want Sentiment
	}{{"", Neutral}, {"positive", Positive}, {"Neutral", Neutral}, {" NEGATIVE", Negative}}
	for _, tt := range sentiments {
		if got, err := ParseSentiment(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseSentiment(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseKindDirectionAndSentimentNameTheChoices(t *testing.T) {
	tests := []struct {
		parse func(string) error
		in    string
		want  string
	}{
		{func(s string) error { _, err := ParseKind(s); return err }, "fax", `unknown kind "fax" (use call, email, meeting, message, social or note)`},
		{func(s string) error { _, err := ParseKind(s); return err }, "", `unknown kind "" (use call, email, meeting, message, social or note)`},
		{func(s string) error { _, err := ParseDirection(s); return err }, "inbound", `unknown direction "inbound" (use in or out)`},
		{func(s string) error { _, err := ParseSentiment(s); return err }, "good", `unknown sentiment "good" (use positive, neutral or negative)`},
	}
	for _, tt := range tests {
		if err := tt.parse(tt.in); err == nil || err.Error() != tt.want {
			t.Errorf("parse(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestContactValidateWantsCanonicalValues(t *testing.T) {
	ok := Contact{At: time.Unix(1, 0), Kind: Call, Direction: Out, Summary: "Renewal", Sentiment: Neutral}
	tests := []struct {
		name   string
		change func(*Contact)
		want   string
	}{
		{"valid", func(*Contact) {}, ""},
		{"moment with follow-up", func(c *Contact) { c.Moment, c.FollowUp = true, time.Unix(2, 0) }, ""},
		{"blank summary", func(c *Contact) { c.Summary = " " }, "the summary is empty"},
		{"no kind", func(c *Contact) { c.Kind = "" }, `unknown kind "" (use call, email, meeting, message, social or note)`},
		{"kind in capitals", func(c *Contact) { c.Kind = "Call" }, `unknown kind "Call" (use call, email, meeting, message, social or note)`},
		{"unknown kind", func(c *Contact) { c.Kind = "fax" }, `unknown kind "fax" (use call, email, meeting, message, social or note)`},
		{"no direction", func(c *Contact) { c.Direction = "" }, `unknown direction "" (use in or out)`},
		{"direction in capitals", func(c *Contact) { c.Direction = "IN" }, `unknown direction "IN" (use in or out)`},
		{"no sentiment", func(c *Contact) { c.Sentiment = "" }, `unknown sentiment "" (use positive, neutral or negative)`},
		{"sentiment in capitals", func(c *Contact) { c.Sentiment = "Positive" }, `unknown sentiment "Positive" (use positive, neutral or negative)`},
		{"no time", func(c *Contact) { c.At = time.Time{} }, "the contact has no time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.change(&c)
			err := c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tt.want != "" && (err == nil || err.Error() != tt.want):
				t.Errorf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestPurchaseValidateAllowsRefundsButNotBadCurrencies(t *testing.T) {
	ok := Purchase{At: time.Unix(1, 0), Amount: 1250, Currency: "EUR"}
	tests := []struct {
		name   string
		change func(*Purchase)
		want   string
	}{
		{"valid", func(*Purchase) {}, ""},
		{"refund", func(p *Purchase) { p.Amount = -1250 }, ""},
		{"other currency", func(p *Purchase) { p.Currency = "CHF" }, ""},
		{"zero", func(p *Purchase) { p.Amount = 0 }, "the amount is zero"},
		{"no date", func(p *Purchase) { p.At = time.Time{} }, "the purchase has no date"},
		{"no currency", func(p *Purchase) { p.Currency = "" }, `currency "" is not a three-letter code like EUR`},
		{"lower case", func(p *Purchase) { p.Currency = "eur" }, `currency "eur" is not a three-letter code like EUR`},
		{"padded", func(p *Purchase) { p.Currency = " EUR" }, `currency " EUR" is not a three-letter code like EUR`},
		{"digits", func(p *Purchase) { p.Currency = "978" }, `currency "978" is not a three-letter code like EUR`},
		{"symbol", func(p *Purchase) { p.Currency = "€" }, `currency "€" is not a three-letter code like EUR`},
		{"too long", func(p *Purchase) { p.Currency = "EURO" }, `currency "EURO" is not a three-letter code like EUR`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ok
			tt.change(&p)
			err := p.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tt.want != "" && (err == nil || err.Error() != tt.want):
				t.Errorf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
	if DefaultCurrency != "EUR" || !isCurrencyCode(DefaultCurrency) {
		t.Errorf("DefaultCurrency %q is not a valid code", DefaultCurrency)
	}
}

func TestATagCannotHoldTheTagSeparatorsOrControls(t *testing.T) {
	for _, tag := range []string{"a,b", "a; b"} {
		if err := (Customer{Name: "Ada", Tags: []string{tag}}).Validate(); err == nil || !strings.Contains(err.Error(), "separate tags") {
			t.Errorf("tag %q: %v", tag, err)
		}
	}
	for _, tag := range []string{"a\x1fb", "a\tb", "a\x1b[2Jb", "a\u0085b"} {
		if err := (Customer{Name: "Ada", Tags: []string{tag}}).Validate(); err == nil || !strings.Contains(err.Error(), "control character") {
			t.Errorf("tag %q: %v", tag, err)
		}
	}
	if err := (Customer{Name: "Ada", Tags: []string{"vip", "Köln-Süd"}}).Validate(); err != nil {
		t.Errorf("plain tags: %v", err)
	}
}
