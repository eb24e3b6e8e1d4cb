package words

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"

	"tend/lifecycle"
)

// TestReasonsReadAsTheyAlwaysHave phrases each kind of reason, at the
// edges where its words change, as tend has always written it, with
// counts of days and things grouped as the language groups numbers.
func TestReasonsReadAsTheyAlwaysHave(t *testing.T) {
	type v = map[string]any
	for _, tt := range []struct {
		code   lifecycle.ReasonCode
		values v
		want   string
	}{
		{lifecycle.ReasonIdle, v{"Days": 22, "Phase": "Acquisition", "Limit": 21}, "no activity for 22 days in Acquisition (limit 21)"},
		{lifecycle.ReasonSilentRhythm, v{"Days": 29, "Every": 14}, "no contact for 29 days, usually every 14"},
		{lifecycle.ReasonSilentRhythm, v{"Days": 3, "Every": 1}, "no contact for 3 days, usually every day"},
		{lifecycle.ReasonSilentShortHistory, v{"Days": 46, "Limit": 45}, "no contact for 46 days (limit 45 while the contact history is short)"},
		{lifecycle.ReasonSilentSinceEntering, v{"Days": 46, "Limit": 45, "Phase": "Retention"},
			"no contact since entering Retention 46 days ago (limit 45 while the contact history is short)"},
		{lifecycle.ReasonFollowUpOverdue, v{"Days": 1}, "follow-up overdue by 1 day"},
		{lifecycle.ReasonFollowUpOverdue, v{"Days": 1200}, "follow-up overdue by 1,200 days"},
		{lifecycle.ReasonNegativeContacts, v{"Contacts": 1}, "last contact negative"},
		{lifecycle.ReasonNegativeContacts, v{"Contacts": 3}, "last 3 contacts negative"},
		{lifecycle.ReasonNegativeMoment, v{"Days": 0}, "negative moment of truth today"},
		{lifecycle.ReasonNegativeMoment, v{"Days": 1}, "negative moment of truth yesterday"},
		{lifecycle.ReasonNegativeMoment, v{"Days": 12}, "negative moment of truth 12 days ago"},
		{lifecycle.ReasonLowPAlive, v{"PAlive": 0.1, "Purchases": 6}, "P(alive) 0.10 after 6 purchases"},
		{lifecycle.ReasonLowPAlive, v{"PAlive": 0.004, "Purchases": 1}, "P(alive) 0.00 after 1 purchase"},
		{lifecycle.ReasonSpendDrop, v{"Recent": lifecycle.Money(12000), "Earlier": lifecycle.Money(9000000), "Days": 90},
			"spent 120 in the last 90 days, 90,000 in the 90 before"},
		{lifecycle.ReasonEnded, v{"Phase": "Lost"}, "in Lost"},
		{lifecycle.ReasonEndedFor, v{"Phase": "Lost", "Days": 0}, "in Lost since today"},
		{lifecycle.ReasonEndedFor, v{"Phase": "Lost", "Days": 1}, "in Lost for 1 day"},
		{lifecycle.ReasonEndedFor, v{"Phase": "Lost", "Days": 200}, "in Lost for 200 days"},
		{lifecycle.ReasonEndedFor, v{"Phase": "Win-back", "Days": 1742}, "in Win-back for 1,742 days"},
		{lifecycle.ReasonIdle, v{"Days": 2200, "Phase": "Acquisition", "Limit": 1000}, "no activity for 2,200 days in Acquisition (limit 1,000)"},
		{lifecycle.ReasonSilentRhythm, v{"Days": 2900, "Every": 1400}, "no contact for 2,900 days, usually every 1,400"},
		{lifecycle.ReasonNegativeMoment, v{"Days": 1200}, "negative moment of truth 1,200 days ago"},
		{lifecycle.ReasonLowPAlive, v{"PAlive": 0.1, "Purchases": 6000}, "P(alive) 0.10 after 6,000 purchases"},
		{lifecycle.ReasonWorthSpent, v{"Worth": lifecycle.Money(300000), "Spent": lifecycle.Money(300000)}, "worth 3,000: 3,000 spent"},
		{lifecycle.ReasonWorthEntered, v{"Worth": lifecycle.Money(120000), "Expected": lifecycle.Money(120000)},
			"worth 1,200: 1,200 a year as entered"},
		{lifecycle.ReasonWorthForecast, v{"Worth": lifecycle.Money(50050), "Expected": lifecycle.Money(50050), "More": 1.5},
			"worth 500.50: 500.50 expected from 1.5 more purchases"},
		{lifecycle.ReasonWorthSpentEntered, v{"Worth": lifecycle.Money(420000), "Spent": lifecycle.Money(300000), "Expected": lifecycle.Money(120000)},
			"worth 4,200: 3,000 spent, 1,200 a year as entered"},
		{lifecycle.ReasonWorthSpentForecast, v{"Worth": lifecycle.Money(250000), "Spent": lifecycle.Money(200000), "Expected": lifecycle.Money(50000), "More": 2.0},
			"worth 2,500: 2,000 spent, 500 expected from 2.0 more purchases"},
		{lifecycle.ReasonNoModel, nil, "no purchase model yet: judged by the rules alone"},
		{lifecycle.ReasonDoNotContact, nil, "marked do not contact"},
	} {
		if got := Reason(lifecycle.Reason{Code: tt.code, Values: tt.values}); got != tt.want {
			t.Errorf("%s %v reads %q, want %q", tt.code, tt.values, got, tt.want)
		}
	}
}

// TestEveryReasonCodeHasItsMessage reads the codes the domain declares and
// checks that each has a message in the catalog, counting where Reason
// says it with a count.
func TestEveryReasonCodeHasItsMessage(t *testing.T) {
	msgs := catalogMessages(t)
	codes := reasonCodes(t)
	if len(codes) < 10 {
		t.Fatalf("found only the reason codes %q", codes)
	}
	for _, code := range codes {
		id := "flag.reason." + code
		counts, ok := msgs[id]
		_, countsByCode := reasonCounts[lifecycle.ReasonCode(code)]
		switch {
		case !ok:
			t.Errorf("the reason %s has no message %s", code, id)
		case counts != countsByCode:
			t.Errorf("the message %s counts: %t, but Reason counts it: %t", id, counts, countsByCode)
		}
	}
}

// reasonCodes are the values of the constants of type ReasonCode in the
// domain's source.
func reasonCodes(t *testing.T) []string {
	t.Helper()
	pkgs, err := filepath.Glob(filepath.Join("..", "..", "lifecycle", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	fset := token.NewFileSet()
	for _, path := range pkgs {
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			spec, ok := n.(*ast.ValueSpec)
			if !ok || len(spec.Values) != 1 {
				return true
			}
			if typ, ok := spec.Type.(*ast.Ident); ok && typ.Name == "ReasonCode" {
				if lit, ok := spec.Values[0].(*ast.BasicLit); ok {
					codes = append(codes, must(strconv.Unquote(lit.Value)))
				}
			}
			return true
		})
	}
	return codes
}

func TestEveryKindOfFlagHasItsName(t *testing.T) {
	for k, want := range map[lifecycle.FlagKind]string{
		lifecycle.Stalled: "stalled", lifecycle.AtRisk: "at-risk", lifecycle.WinBack: "win-back", "dormant": "dormant",
	} {
		if got := Kind(k); got != want {
			t.Errorf("Kind(%q) = %q, want %q", k, got, want)
		}
	}
}

// TestEverySegmentHasItsName names each segment of the RFM map as the
// segment's own name reads.
func TestEverySegmentHasItsName(t *testing.T) {
	for r := 1; r <= 5; r++ {
		for f := 1; f <= 5; f++ {
			s := lifecycle.SegmentOf(r, f)
			if got := Segment(s); got != string(s) {
				t.Errorf("segment %q reads %q", s, got)
			}
		}
	}
	if len(segmentIDs) != 11 {
		t.Errorf("%d segments have a message, want the map's 11", len(segmentIDs))
	}
}

func TestSpentCountsThePurchases(t *testing.T) {
	for _, tt := range []struct {
		s    lifecycle.Summary
		want string
	}{
		{lifecycle.Summary{}, "0 in 0 purchases"},
		{lifecycle.Summary{Purchases: 1, TotalSpend: 240000}, "2,400 in 1 purchase"},
		{lifecycle.Summary{Purchases: 3, TotalSpend: 123456}, "1,234.56 in 3 purchases"},
	} {
		if got := Spent(tt.s, ""); got != tt.want {
			t.Errorf("%+v spent %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestReasonsWriteTheirDecimalsAsGermanDoes: P(aktiv) 0,10, not 0.10.
func TestReasonsWriteTheirDecimalsAsGermanDoes(t *testing.T) {
	defer Use(German)()
	type v = map[string]any
	for _, tt := range []struct {
		code   lifecycle.ReasonCode
		values v
		want   string
	}{
		{lifecycle.ReasonLowPAlive, v{"PAlive": 0.1, "Purchases": 6}, "P(aktiv) 0,10 nach 6 Käufen"},
		{lifecycle.ReasonWorthForecast, v{"Worth": lifecycle.Money(300000), "Expected": lifecycle.Money(300000), "More": 2.5},
			"Gesamtwert 3.000: 3.000 erwartet aus 2,5 weiteren Käufen"},
	} {
		if got := Reason(lifecycle.Reason{Code: tt.code, Values: tt.values}); got != tt.want {
			t.Errorf("%s reads %q, want %q", tt.code, got, tt.want)
		}
	}
}
