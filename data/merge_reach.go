package data

import (
	"strings"

	"tend/lifecycle"
)

// mergeReach is the e-mail and phone of other that keep, as it is after a
// merge, does not hold: keep's own are kept, and other's differing ones
// stay beside them. Until a customer holds several of each, they are kept
// in keep's audit trail (reachField) and with the merge.
func mergeReach(keep, other lifecycle.Customer) []Reach {
	var out []Reach
	if e := other.Email; e != "" && !strings.EqualFold(e, keep.Email) {
		out = append(out, Reach{Kind: "e-mail", Value: e})
	}
	if p := other.Phone; p != "" && phoneKey(p) != phoneKey(keep.Phone) {
		out = append(out, Reach{Kind: "phone", Value: p})
	}
	return out
}

// reachField names in the audit trail an e-mail or phone (kind) that a
// merge kept beside the customer's own.
func reachField(kind string) string { return "other " + kind }
