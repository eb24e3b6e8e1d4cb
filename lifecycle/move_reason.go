package lifecycle

import (
	"slices"
	"strings"
	"unicode"
)

// ReasonKind says which list of reasons a move takes one from: why a
// customer was lost, or what won them back.
type ReasonKind string

// The two kinds of move that take a reason, as CRMs ask when a deal is
// lost.
const (
	LostReason    ReasonKind = "lost"
	WonBackReason ReasonKind = "won-back"
)

// ReasonKinds lists the kinds in the order they are shown.
var ReasonKinds = []ReasonKind{LostReason, WonBackReason}

// ParseReasonKind reads lost or won-back.
func ParseReasonKind(s string) (ReasonKind, error) {
	k := ReasonKind(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(ReasonKinds, k) {
		return k, nil
	}
	return "", Problemf(CodeReasonKind, Values{"Kind": s}, "unknown kind of reason %q (use lost or won-back)", s)
}

// ReasonFor says whether a move takes a reason, and which kind: a move
// that loses a customer into an ended phase takes why it was lost; a move
// out of an ended phase into a buying or owning one (a win-back) takes
// what won the customer back. Other moves take none.
func (l Lifecycle) ReasonFor(from, to string) (ReasonKind, bool) {
	fi, ti := l.index(from), l.index(to)
	if fi < 0 || ti < 0 {
		return "", false
	}
	f, t := l.Phases[fi], l.Phases[ti]
	switch {
	case t.Group == Ended && l.OutcomeOf(from, to) == Loss:
		return LostReason, true
	case f.Group == Ended && t.Group != Ended:
		return WonBackReason, true
	}
	return "", false
}

// KindOfGiven is the kind of reason a move that gave one gave, by the
// phase it went to alone: into an ended phase, why the customer was lost;
// into any other, what won them back. It holds for moves stored before
// the lifecycle changed.
func (l Lifecycle) KindOfGiven(to string) ReasonKind {
	if i := l.index(to); i >= 0 && l.Phases[i].Group == Ended {
		return LostReason
	}
	return WonBackReason
}

// MoveReason is one entry of a book's list of reasons. Label is what the user
// typed for a reason they added; the defaults have none and are named in
// the user's language by key. A hidden reason is offered no more, but the
// moves that gave it keep it.
type MoveReason struct {
	Kind   ReasonKind
	Key    string
	Label  string
	Hidden bool
}

// DefaultReasons are the reasons a new book offers, as the schema seeds
// them: short, as a CRM asks when a deal is lost.
var DefaultReasons = []MoveReason{
	{Kind: LostReason, Key: "price"}, {Kind: LostReason, Key: "no-budget"}, {Kind: LostReason, Key: "competitor"},
	{Kind: LostReason, Key: "no-need"}, {Kind: LostReason, Key: "no-answer"}, {Kind: LostReason, Key: "other"},
	{Kind: WonBackReason, Key: "offer"}, {Kind: WonBackReason, Key: "personal-contact"}, {Kind: WonBackReason, Key: "new-need"},
	{Kind: WonBackReason, Key: "other"},
}

// Why is the reason a move into lost, or a win-back, was given: a key of
// the book's list and a free text, either of which may be empty.
type Why struct {
	Key  string
	Note string
}

// Explain gives a move its reason: the key must name a reason of the
// move's kind that is offered, and a move that takes no reason takes
// none. The note is trimmed and within the limit of a note.
func (l Lifecycle) Explain(ch PhaseChange, why Why, reasons []MoveReason) (PhaseChange, error) {
	why.Key, why.Note = strings.TrimSpace(why.Key), strings.TrimSpace(why.Note)
	if why == (Why{}) {
		return ch, nil
	}
	kind, ok := l.ReasonFor(ch.From, ch.To)
	if !ok {
		return ch, Problemf(CodeReasonNotAsked, Values{"To": ch.To}, "a move to %s takes no reason", ch.To)
	}
	if err := CheckNote("note", why.Note); err != nil {
		return ch, err
	}
	if why.Key != "" && !slices.ContainsFunc(Offered(reasons, kind), func(r MoveReason) bool { return r.Key == why.Key }) {
		return ch, &ReasonUnknownError{Kind: kind, Key: why.Key, Offered: Offered(reasons, kind)}
	}
	ch.ReasonKey, ch.ReasonNote = why.Key, why.Note
	return ch, nil
}

// Offered are the reasons of a kind that are not hidden, in their order.
func Offered(reasons []MoveReason, kind ReasonKind) []MoveReason {
	var out []MoveReason
	for _, r := range reasons {
		if r.Kind == kind && !r.Hidden {
			out = append(out, r)
		}
	}
	return out
}

// ReasonUnknownError refuses a reason the book's list does not offer for
// the move; Offered are the choices.
type ReasonUnknownError struct {
	Kind    ReasonKind
	Key     string
	Offered []MoveReason
}

func (e *ReasonUnknownError) keys() string {
	keys := make([]string, len(e.Offered))
	for i, r := range e.Offered {
		keys[i] = r.Key
	}
	return strings.Join(keys, ", ")
}

func (e *ReasonUnknownError) Error() string {
	return "no " + string(e.Kind) + " reason " + e.Key + " (use one of " + e.keys() + ")"
}

func (e *ReasonUnknownError) Code() string { return CodeReasonUnknown }

func (e *ReasonUnknownError) Values() map[string]any {
	return Values{"Kind": string(e.Kind), "Key": e.Key, "Choices": e.keys()}
}

// NewReason makes the reason a user adds to a kind's list from its label,
// as typed: its key is the label's (KeyFor). A reason that was hidden
// comes back as it was; one that is offered already is refused.
func NewReason(kind ReasonKind, label string, reasons []MoveReason) (MoveReason, error) {
	label = strings.TrimSpace(label)
	r := MoveReason{Kind: kind, Key: KeyFor(label), Label: label}
	if err := checkChars("name", label, MaxTagChars); err != nil {
		return r, err
	}
	if r.Key == "" || strings.ContainsFunc(label, unicode.IsControl) {
		return r, Problemf(CodeReasonBlank, Values{"Label": label}, "a reason needs a letter or a digit, and no control character: %q", label)
	}
	for _, had := range reasons {
		if had.Kind != kind || had.Key != r.Key {
			continue
		}
		if !had.Hidden {
			return r, Problemf(CodeReasonTaken, Values{"Kind": string(kind), "Key": r.Key}, "the %s reasons have %s already", kind, r.Key)
		}
		r.Label = had.Label // it comes back under its own name

	}
	return r, nil
}

// FindReason finds an offered reason of a kind by its key, or by a name
// it is shown with (named gives the names of a default), in any case.
func FindReason(reasons []MoveReason, kind ReasonKind, keyOrName string, named func(MoveReason) string) (MoveReason, error) {
	offered := Offered(reasons, kind)
	want := strings.TrimSpace(keyOrName)
	for _, r := range offered {
		if strings.EqualFold(r.Key, want) || strings.EqualFold(r.Label, want) || strings.EqualFold(named(r), want) {
			return r, nil
		}
	}
	return MoveReason{}, &ReasonUnknownError{Kind: kind, Key: want, Offered: offered}
}
