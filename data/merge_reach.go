package data

import (
	"slices"
	"strings"

	"tend/lifecycle"
)

// mergeReach is what a merge adds to the kept customer's other e-mails
// and phones: those of after, the profile the merge writes, that keep,
// as it was before, did not hold. The merge's report says them. It is
// read from the profile written, not worked out again, so that it says
// what the customer keeps: "+49 30 1234567" beside "030 1234567" is a
// number of its own, as the profile holds both.
func mergeReach(keep, after lifecycle.Customer) []Reach {
	var out []Reach
	for _, e := range after.OtherEmails {
		if !strings.EqualFold(e, keep.Email) && !containsFold(keep.OtherEmails, e) {
			out = append(out, Reach{Kind: "e-mail", Value: e})
		}
	}
	for _, p := range after.OtherPhones {
		if p != keep.Phone && !slices.Contains(keep.OtherPhones, p) {
			out = append(out, Reach{Kind: "phone", Value: p})
		}
	}
	return out
}
