package words

import "tend/lifecycle"

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
// read it.
func Reason(r lifecycle.Reason) string {
	id := "flag.reason." + string(r.Code)
	values := V{}
	for k, v := range r.Values {
		if m, ok := v.(lifecycle.Money); ok {
			v = m.Grouped()
		}
		values[k] = v
	}
	if name, ok := reasonCounts[r.Code]; ok {
		n, _ := r.Values[name].(int)
		return N(id, n, values)
	}
	return T(id, values)
}

// kinds are the kinds of flag this build knows, each with a name
// (flag.kind.<kind>).
var kinds = map[lifecycle.FlagKind]bool{lifecycle.Stalled: true, lifecycle.AtRisk: true, lifecycle.WinBack: true}

// Kind names a kind of flag. A kind this build does not know, from a book
// a later one scored, is shown as it is stored rather than not at all.
func Kind(k lifecycle.FlagKind) string {
	if !kinds[k] {
		return string(k)
	}
	return T("flag.kind." + string(k))
}
