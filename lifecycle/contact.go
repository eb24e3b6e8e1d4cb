package lifecycle

import (
	"strings"
	"time"
)

// Kind is how a contact took place.
type Kind string

// The kinds of contact.
const (
	Call    Kind = "call"
	Email   Kind = "email"
	Meeting Kind = "meeting"
	Message Kind = "message"
	Social  Kind = "social"
	Note    Kind = "note"
)

// Kinds lists every kind of contact in the order they are offered.
var Kinds = []Kind{Call, Email, Meeting, Message, Social, Note}

// Direction says who reached out.
type Direction string

// The two directions of a contact.
const (
	Out Direction = "out"
	In  Direction = "in"
)

// Sentiment is how a contact went.
type Sentiment string

// The sentiments of a contact.
const (
	Positive Sentiment = "positive"
	Neutral  Sentiment = "neutral"
	Negative Sentiment = "negative"
)

// Contact is one interaction with a customer. A moment of truth is a
// decisive event, good or bad.
type Contact struct {
	ID         int64
	CustomerID int64
	At         time.Time
	Kind       Kind
	Direction  Direction
	Summary    string
	Sentiment  Sentiment
	Moment     bool
	FollowUp   time.Time // zero when none is due
	// Who made the entry: a user's name, "" when unknown.
	Who string
}

// ParseKind reads a contact kind, case-insensitively.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range Kinds {
		if k == known {
			return k, nil
		}
	}
	return "", unknownKind(s)
}

// ParseDirection reads in or out; empty means out.
func ParseDirection(s string) (Direction, error) {
	switch d := Direction(strings.ToLower(strings.TrimSpace(s))); d {
	case "":
		return Out, nil
	case In, Out:
		return d, nil
	}
	return "", unknownDirection(s)
}

// ParseSentiment reads a sentiment; empty means neutral.
func ParseSentiment(s string) (Sentiment, error) {
	switch v := Sentiment(strings.ToLower(strings.TrimSpace(s))); v {
	case "":
		return Neutral, nil
	case Positive, Neutral, Negative:
		return v, nil
	}
	return "", unknownSentiment(s)
}

// CheckTime refuses a contact dated after now (a minute's leeway for
// clocks): a contact is logged once it happened, and one to come is a
// follow-up. The flags count every contact logged as having happened.
func (c Contact) CheckTime(now time.Time) error {
	if c.At.After(now.Add(time.Minute)) {
		return Problemf(CodeContactFuture, Values{"At": c.At},
			"the contact is dated %s, after now: log a contact once it happened, and set a follow-up for one to come",
			c.At.Format("2006-01-02 15:04"))
	}
	return nil
}

// Validate checks a contact before it is stored.
func (c Contact) Validate() error {
	if strings.TrimSpace(c.Summary) == "" {
		return Problemf(CodeContactSummary, nil, "the summary is empty")
	}
	if err := CheckNote("summary", c.Summary); err != nil {
		return err
	}
	// The stored values must be the canonical ones the parsers return, not
	// merely ones they would accept ("Call", or "" for neutral).
	if k, err := ParseKind(string(c.Kind)); err != nil || k != c.Kind {
		return unknownKind(string(c.Kind))
	}
	if c.Direction != In && c.Direction != Out {
		return unknownDirection(string(c.Direction))
	}
	if v, err := ParseSentiment(string(c.Sentiment)); err != nil || v != c.Sentiment {
		return unknownSentiment(string(c.Sentiment))
	}
	if c.At.IsZero() {
		return Problemf(CodeContactNoTime, nil, "the contact has no time")
	}
	return nil
}

func unknownKind(s string) error {
	return Problemf(CodeContactKind, Values{"Kind": s}, "unknown kind %q (use call, email, meeting, message, social or note)", s)
}

func unknownDirection(s string) error {
	return Problemf(CodeContactDirection, Values{"Direction": s}, "unknown direction %q (use in or out)", s)
}

func unknownSentiment(s string) error {
	return Problemf(CodeContactSentiment, Values{"Sentiment": s}, "unknown sentiment %q (use positive, neutral or negative)", s)
}
