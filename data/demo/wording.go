package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"tend/lifecycle"
)

// wording writes a regular talk's summary out as an account manager would:
// what it was about, then the product it touched, what the customer said
// and what comes next, in the customer's language. It draws from a source
// of its own, so that the rest of a customer's story comes out as it did
// when the summaries were their topics alone.
type wording struct {
	rng      *rand.Rand
	language language
}

// language is a customer's language, the index of its text in words.
type language int

const (
	english language = iota
	german
)

// words is one phrase in each language.
type words [2]string

// wordingStream sets the wording's draws apart from the story's, which use
// the same seed and customer.
const wordingStream = 0x5eed_3a11_d0c5_7e47

func newWording(seed, id int64, isGerman bool) wording {
	w := wording{rng: rand.New(rand.NewPCG(uint64(seed), uint64(id)^wordingStream))}
	if isGerman {
		w.language = german
	}
	return w
}

// some picks one of the phrases in the customer's language.
func (w wording) some(list []words) string { return pick(w.rng, list)[w.language] }

// say writes a talk about topic out with the parts its mood calls for:
// a product mostly, then sometimes what was said and often a next step.
func (w wording) say(topic string, mood lifecycle.Sentiment) string {
	var b strings.Builder
	if w.language == german {
		topic = germanTopics[topic]
	}
	b.WriteString(topic)
	if chance(w.rng, 0.85) {
		b.WriteString(" – " + w.some(talkProducts))
	}
	switch {
	case mood == lifecycle.Negative:
		b.WriteString("; " + talkConcern[w.language] + w.some(talkDoubts))
	case mood == lifecycle.Positive && chance(w.rng, 0.7):
		b.WriteString("; " + w.some(talkPraise))
	case chance(w.rng, 0.5):
		b.WriteString("; " + w.some(talkRemarks))
	}
	if chance(w.rng, 0.6) {
		b.WriteString("; " + fmt.Sprintf(talkPlan[w.language], w.some(talkSteps), w.some(talkWhen)))
	}
	return b.String()
}
