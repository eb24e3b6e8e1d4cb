package words

import (
	"slices"
	"strings"

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

// ReasonsCounted says in one line why the customers of a period were
// lost, or what won them back, each reason with its count in the order
// given ("lost because: price 12, no budget 7"); false when none was.
func ReasonsCounted(kind lifecycle.ReasonKind, counts []lifecycle.ReasonCount) (string, bool) {
	var items []string
	for _, c := range counts {
		if c.Kind != kind {
			continue
		}
		name := T("insights.reasons.not-given")
		if c.Key != "" {
			name = ReasonName(c.MoveReason)
		}
		items = append(items, T("insights.reasons.item", V{"Name": name, "Count": Number(c.Customers)}))
	}
	if len(items) == 0 {
		return "", false
	}
	list := V{"Reasons": strings.Join(items, ", ")}
	if kind == lifecycle.LostReason {
		return T("insights.reasons.lost", list), true
	}
	return T("insights.reasons.won-back", list), true
}

// GivenReason is why a customer was lost or won back as a history tells
// it after the move: " · " and the reason's name, " · " and the note; ""
// for a move given none.
func GivenReason(lc lifecycle.Lifecycle, ch lifecycle.PhaseChange) string {
	var said string
	if ch.ReasonKey != "" {
		said += " · " + ReasonName(lifecycle.MoveReason{Kind: lc.KindOfGiven(ch.To), Key: ch.ReasonKey, Label: ch.ReasonLabel})
	}
	if ch.ReasonNote != "" {
		said += " · " + ch.ReasonNote
	}
	return said
}
