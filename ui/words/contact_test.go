package words

import (
	"testing"

	"tend/lifecycle"
)

// TestEveryContactWordHasItsMessage says each kind, direction and
// sentiment of a contact, and each direction of a move, as the value reads
// in English, and one this build does not know as it is stored.
func TestEveryContactWordHasItsMessage(t *testing.T) {
	said := map[string]string{"fax": ContactKind("fax"), "sideways": Direction("sideways"), "meh": Sentiment("meh")}
	for _, k := range lifecycle.Kinds {
		said[string(k)] = ContactKind(k)
	}
	for _, d := range []lifecycle.Direction{lifecycle.Out, lifecycle.In} {
		said[string(d)] = Direction(d)
	}
	for _, s := range []lifecycle.Sentiment{lifecycle.Positive, lifecycle.Neutral, lifecycle.Negative} {
		said[string(s)] = Sentiment(s)
	}
	for want, got := range said {
		if got != want {
			t.Errorf("%s reads %q", want, got)
		}
	}
	for _, d := range []lifecycle.MoveDirection{lifecycle.Entered, lifecycle.Forward, lifecycle.Skipped, lifecycle.Backward} {
		said[string(d)] = MoveDirection(d)
	}
	if len(said) != 18 {
		t.Errorf("%d values said, want 18: %v", len(said), said)
	}
}

func TestTheNotesTendWritesOnAMoveAreSaidAndAPersonsAsWritten(t *testing.T) {
	for note, want := range map[string]string{"created": "created", "won back": "won back", "lost, do not contact": "lost, do not contact", "Signed the contract": "Signed the contract"} {
		if got := MoveNote(note); got != want {
			t.Errorf("MoveNote(%q) = %q, want %q", note, got, want)
		}
	}
	restore := Pseudo()
	defer restore()
	if got := MoveNote("won back"); got != Open+"won back"+Close {
		t.Errorf("in the pseudo-language MoveNote(won back) = %q", got)
	}
	if got := MoveNote("Signed"); got != "Signed" {
		t.Errorf("a person's note was changed: %q", got)
	}
}
