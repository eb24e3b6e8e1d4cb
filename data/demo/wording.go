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
	rng    *rand.Rand
	german bool
}

// wordingStream sets the wording's draws apart from the story's, which use
// the same seed and customer.
const wordingStream = 0x5eed_3a11_d0c5_7e47

func newWording(seed, id int64, german bool) wording {
	return wording{rng: rand.New(rand.NewPCG(uint64(seed), uint64(id)^wordingStream)), german: german}
}

// phrases are the parts of a summary in one language.
type phrases struct {
	products                []string
	praise, doubts, remarks []string
	steps, when             []string
	concern                 string // the label before a doubt
	plan                    string // how a next step reads: %[1]s is the step, %[2]s when
}

// say writes a talk about topic out with the parts its mood calls for:
// a product mostly, then sometimes what was said and often a next step.
func (w wording) say(topic string, mood lifecycle.Sentiment) string {
	p := englishPhrases
	if w.german {
		p, topic = germanPhrases, germanTopics[topic]
	}
	var b strings.Builder
	b.WriteString(topic)
	if chance(w.rng, 0.85) {
		b.WriteString(" – " + pick(w.rng, p.products))
	}
	switch {
	case mood == lifecycle.Negative:
		b.WriteString("; " + p.concern + pick(w.rng, p.doubts))
	case mood == lifecycle.Positive && chance(w.rng, 0.7):
		b.WriteString("; " + pick(w.rng, p.praise))
	case chance(w.rng, 0.5):
		b.WriteString("; " + pick(w.rng, p.remarks))
	}
	if chance(w.rng, 0.6) {
		b.WriteString("; " + fmt.Sprintf(p.plan, pick(w.rng, p.steps), pick(w.rng, p.when)))
	}
	return b.String()
}
