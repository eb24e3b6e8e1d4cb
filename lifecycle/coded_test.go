package lifecycle

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

// codedAs finds the error with the code in err's chain.
func codedAs(t *testing.T, err error, code string) Coded {
	t.Helper()
	for e := err; e != nil; e = errors.Unwrap(e) {
		if c, ok := e.(Coded); ok && c.Code() == code {
			return c
		}
	}
	t.Fatalf("err = %v, want one coded %s", err, code)
	return nil
}

func TestDomainErrorsCarryTheirCodeAndValues(t *testing.T) {
	lc, _ := Preset("classic")
	lc, _ = lc.SetHidden("lost", true)
	_, hidden := lc.Enter("Lost")
	_, unknown := lc.Find("nirvana")
	_, amount := ParseAmount("12,345,6")
	_, when := ParseWhen("31.02.2024", time.Now(), Past)
	_, setting := RulesFromSettings(map[string]string{RulePrefix + "stalled-days": "zero"})
	cases := []struct {
		err  error
		code string
		want Values
	}{
		{hidden, CodePhaseHidden, Values{"Phase": "Lost", "Key": "lost"}},
		{unknown, CodePhaseUnknown, Values{"Phase": "nirvana", "Phases": lc.keys(), "Labels": lc.labels()}},
		{amount, CodeAmountBad, Values{"Amount": "12,345,6"}},
		{amount, CodeAmountMisplaced, nil},
		{when, CodeWhenInvalid, Values{"Date": "31.02.2024"}},
		{setting, CodeSettingValue, Values{"Key": RulePrefix + "stalled-days", "Value": "zero", "Want": "count", "Min": 1, "Max": maxDays}},
		{Customer{Name: "Ada", Email: "ada"}.Validate(), CodeCustomerEmail, Values{"Email": "ada"}},
		{Customer{Name: "#4"}.Validate(), CodeCustomerNameID, Values{"Name": "#4", "ID": int64(4)}},
		{Contact{Summary: "hi", Kind: "fax", Direction: Out}.Validate(), CodeContactKind, Values{"Kind": "fax"}},
		{Purchase{Amount: 1, At: time.Now(), Currency: "euro"}.Validate(), CodePurchaseCurrency, Values{"Currency": "euro"}},
	}
	for _, c := range cases {
		got := codedAs(t, c.err, c.code)
		for k, v := range c.want {
			if !reflect.DeepEqual(got.Values()[k], v) {
				t.Errorf("%s: %s = %#v, want %#v (%v)", c.code, k, got.Values()[k], v, c.err)
			}
		}
	}
	if !errors.Is(unknown, ErrUnknownPhase) {
		t.Errorf("unknown phase = %v, want it to be ErrUnknownPhase", unknown)
	}
}

// The domain says what is wrong, never what to type.
func TestAHiddenPhaseNamesNoCommand(t *testing.T) {
	lc, _ := Preset("classic")
	lc, _ = lc.SetHidden("lost", true)
	_, err := lc.Move(1, "awareness", "lost", "", time.Now())
	if err == nil || err.Error() != "phase Lost is hidden; show it again first" {
		t.Errorf("err = %v", err)
	}
}
