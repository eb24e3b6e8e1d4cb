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
