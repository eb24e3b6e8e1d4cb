package words

import (
	"slices"

	"tend/lifecycle"
)

// ReasonName names a reason a move was lost or won back for: a default in
// the language's words (move-reason.<kind>-<key>), one the user added as
// they typed it, a key the book no longer holds as it is stored.
func ReasonName(r lifecycle.MoveReason) string {
	if r.Label != "" {
		return r.Label
	}
	isDefault := func(d lifecycle.MoveReason) bool { return d.Kind == r.Kind && d.Key == r.Key }
	if !slices.ContainsFunc(lifecycle.DefaultReasons, isDefault) {
		return r.Key
	}
	return T("move-reason." + string(r.Kind) + "-" + r.Key)
}

// ReasonKindName names a kind of reason: "lost" or "won back".
func ReasonKindName(k lifecycle.ReasonKind) string {
	return known("move-reason.kind-", k, lifecycle.ReasonKinds...)
}
