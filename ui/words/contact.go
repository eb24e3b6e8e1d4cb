package words

import "tend/lifecycle"

// ContactKind names how a contact took place (contact.kind.<kind>).
func ContactKind(k lifecycle.Kind) string {
	return known("contact.kind.", k, lifecycle.Kinds...)
}

// Direction says who reached out (contact.direction.<direction>).
func Direction(d lifecycle.Direction) string {
	return known("contact.direction.", d, lifecycle.Out, lifecycle.In)
}

// Sentiment says how a contact went (contact.sentiment.<sentiment>).
func Sentiment(s lifecycle.Sentiment) string {
	return known("contact.sentiment.", s, lifecycle.Positive, lifecycle.Neutral, lifecycle.Negative)
}

// MoveDirection says how a move went along the lifecycle
// (move.direction.<direction>).
func MoveDirection(d lifecycle.MoveDirection) string {
	return known("move.direction.", d, lifecycle.Entered, lifecycle.Forward, lifecycle.Skipped, lifecycle.Backward)
}

// MoveNote says the note of a move: the notes tend writes itself (for a
// customer created, won back or given up) in the language's words, a
// note a person wrote as it is.
func MoveNote(note string) string {
	switch note {
	case "created":
		return T("move.note.created")
	case "won back":
		return T("move.note.won-back")
	case "lost, do not contact":
		return T("move.note.given-up")
	}
	return note
}
