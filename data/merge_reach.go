package data

import (
	"strings"

	"tend/lifecycle"
)

// mergeReach is the e-mail and phone of other that keep, as it is after a
// merge, holds beside its own: keep's own stay its primary ones, and
// other's differing ones join its other e-mails and phones, said in the
// merge's report.
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
