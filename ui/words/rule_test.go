package words

import (
	"testing"

	"tend/lifecycle"
)

// TestEveryRuleSaysWhatItIs says each rule the domain lists as tend
// settings has always described it.
func TestEveryRuleSaysWhatItIs(t *testing.T) {
	want := map[string]string{
		"stalled-days":           "days a buying phase allows without activity",
		"silence-factor":         "times their usual contact interval an owning customer may go without contact",
		"silence-days":           "days an owning phase allows without contact while the contact history is short",
		"history-contacts":       "contacts it takes to trust a customer's usual contact interval",
		"follow-up-grace-days":   "days a follow-up may pass its date before it is overdue",
		"negative-contacts":      "latest contacts in a row that, all negative, put a customer at risk",
		"moment-days":            "days a negative moment of truth keeps a customer at risk",
		"low-p-alive":            "P(alive) below which an owning customer is at risk",
		"win-back-p-alive":       "P(alive) below which an owning customer is a win-back candidate",
		"spend-days":             "days in each of the two periods whose spend is compared",
		"spend-drop":             "share of the earlier period's spend the latest period must reach",
		"spend-drop-minimum":     "least spend in the earlier period for a drop to count",
		"win-back-cooldown-days": "days a customer is left alone after a win-back attempt",
		"won-back-grace-days":    "days after being won back in which the purchase model does not flag a customer",
		"phase-days":             "days this phase allows without activity, overriding stalled- or silence-days",
	}
	keys := lifecycle.RuleKeys()
	if len(keys) != len(want) {
		t.Errorf("the domain lists %d rules, the test knows %d", len(keys), len(want))
	}
	for _, k := range keys {
		if got := Rule(k.Rule); got != want[k.Rule] {
			t.Errorf("%s reads %q, want %q", k.Key, got, want[k.Rule])
		}
	}
}
