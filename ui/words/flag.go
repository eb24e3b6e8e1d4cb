package words

import (
	"slices"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend/lifecycle"
)

// reasonCounts name the value each counting reason counts by; the other
// reasons count nothing.
var reasonCounts = map[lifecycle.ReasonCode]string{
	lifecycle.ReasonFollowUpOverdue:  "Days",
	lifecycle.ReasonNegativeContacts: "Contacts",
	lifecycle.ReasonNegativeMoment:   "Days",
	lifecycle.ReasonLowPAlive:        "Purchases",
	lifecycle.ReasonSilentRhythm:     "Every",
	lifecycle.ReasonEndedFor:         "Days",
}

// Reason says why a flag was raised, from the message of its code
// (flag.reason.<code>) filled with its values; money is written as people
// read it, a phase as the reader reads its label, and the catalog groups
// counts with number.
func Reason(r lifecycle.Reason) string {
	return speaking().reason(r)
}

// ReasonInEnglish says a reason in English whatever the language: the
// sentences of JSON, which is the same for every reader.
func ReasonInEnglish(r lifecycle.Reason) string {
	return english().reason(r)
}

func (s *speaker) reason(r lifecycle.Reason) string {
	id := "flag.reason." + string(r.Code)
	values := make(V, len(r.Values))
	for k, v := range r.Values {
		switch x := v.(type) {
		case lifecycle.Money:
			v = x.Grouped()
			if !s.commaThousands {
				v = Amount(x)
			}
		case string:
			if k == "Phase" {
				v = s.phaseLabelOf(x)
			}
		}
		values[k] = v
	}
	lc := &i18n.LocalizeConfig{MessageID: id, TemplateData: values, TemplateParser: errorParser}
	if name, ok := reasonCounts[r.Code]; ok {
		lc.PluralCount, _ = r.Values[name].(int)
	}
	return s.say(lc)
}

// Kind names a kind of flag (flag.kind.<kind>).
func Kind(k lifecycle.FlagKind) string {
	return known("flag.kind.", k, lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack)
}

// known says a value the book stores by the message prefix+value where it
// is one of the values this build knows; another, from a book a later
// build wrote, is shown as it is stored rather than not at all.
func known[S ~string](prefix string, v S, values ...S) string {
	if !slices.Contains(values, v) {
		return string(v)
	}
	return T(prefix + string(v))
}
