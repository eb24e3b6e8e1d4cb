package cli

import (
	"bytes"
	"encoding/json"
	"io"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// riskGCPercent is the collector's target while risk reads and writes:
// the command reads the whole day's flags at once, writes them and ends,
// and with the usual target the collector ran over and over on a heap
// that is thrown away with the process.
const riskGCPercent = 400

// writeRiskJSON writes the flagged customers; stored where they are the
// flags the book keeps, read by RiskNow.
func writeRiskJSON(w io.Writer, flagged []data.Flagged, stored bool) error {
	said := newReasonWords(len(flagged), words.ReasonInEnglish)
	if stored {
		said = newStoredReasonWords(len(flagged), words.ReasonInEnglish)
	}
	return writeJSONList(w, flagged, func(f data.Flagged) any { return &riskItem{f: f, said: said} })
}

// riskItem is one customer of risk --json, written straight from the
// flags read, without its riskOutput: a reason's words and details are
// made into JSON once and copied for every customer with the same reason.
type riskItem struct {
	f    data.Flagged
	said reasonWords
	held riskHeld
}

// MarshalJSON is the encoder's way, for a figure the hand cannot write.
func (it *riskItem) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(newRiskOutput(it.f, it.said))
	return b.Bytes(), err
}

// writeIndented writes the customer as the encoder writes its riskOutput;
// false for a figure JSON cannot hold.
func (it *riskItem) writeIndented(j *indentedJSON) bool {
	o := newRiskFigures(&it.f, &it.held)
	j.open('{')
	j.key("id")
	j.int(o.ID)
	j.key("name")
	j.str(o.Name)
	j.key("phase")
	j.str(o.Phase)
	j.key("flags")
	j.open('[')
	for _, flag := range it.f.Flags {
		j.item()
		it.writeFlag(j, flag)
	}
	j.close(']')
	j.key("p_alive")
	j.floatOrNull(o.PAlive)
	j.key("expected_purchases")
	j.floatOrNull(o.ExpectedPurchases)
	j.key("expected_value")
	j.floatOrNull(o.ExpectedValue)
	j.key("rfm")
	o.RFM.writeIndented(j)
	j.close('}')
	return !j.bad
}

// writeFlag writes a flag as newFlagOutput makes it, each reason from
// its JSON made once.
func (it *riskItem) writeFlag(j *indentedJSON, flag lifecycle.Flag) {
	// The reasons said in a small array: a flag has a few reasons.
	var held [8]*saidReason
	said := held[:0]
	for _, r := range flag.Reasons {
		s := it.said.say(r)
		s.makeJSON(r)
		j.bad = j.bad || s.badJSON
		said = append(said, s)
	}
	j.open('{')
	j.key("kind")
	j.str(string(flag.Kind))
	j.key("severity")
	j.int(int64(flag.Severity))
	j.key("reasons")
	j.open('[')
	for _, s := range said {
		j.item()
		j.b = append(j.b, s.wordsJSON...)
	}
	j.close(']')
	j.key("details")
	j.open('[')
	for _, s := range said {
		j.item()
		j.b = append(j.b, s.detailJSON...)
	}
	j.close(']')
	j.close('}')
}

// riskDetailDepth is how deep a reason's details are in a customer of
// risk --json: in the customer, its flags, a flag and its details.
const riskDetailDepth = 4

// makeJSON makes the reason's words and details as risk --json writes
// them, once.
func (s *saidReason) makeJSON(r lifecycle.Reason) {
	if s.wordsJSON != nil {
		return
	}
	// Both in one buffer, made large enough for most at once.
	j := indentedJSON{b: make([]byte, 0, 2*len(s.words)+192), first: make([]bool, riskDetailDepth, riskDetailDepth+1)}
	j.str(s.words)
	n := len(j.b)
	s.details(r).writeIndented(&j)
	s.wordsJSON, s.detailJSON, s.badJSON = j.b[:n:n], j.b[n:], j.bad
}
