package cli

import (
	"errors"
	"slices"
	"strings"
	"unicode"

	"tend/lifecycle"
)

// reasonDetail is one reason of a flag in risk --json as a script reads
// it: the reason's stable code and its figures, from which any language
// can phrase it ({"code": "silent-rhythm", "days": 53, "usual_days": 26}).
type reasonDetail struct {
	code   string
	values []detailValue
}

// detailValue is one figure of a reason: an int, a float64 (money in
// whole units, as expected_value) or a string (a phase's label as stored).
type detailValue struct {
	name  string
	value any
}

// detailNames are the JSON names of the reasons' values where the snake
// case of the name would say less than it should.
var detailNames = map[string]string{
	"Every":   "usual_days",
	"Limit":   "limit_days",
	"Recent":  "recent_spend",
	"Earlier": "earlier_spend",
	"More":    "more_purchases",
}

func newReasonDetail(r lifecycle.Reason) reasonDetail {
	d := reasonDetail{code: string(r.Code), values: make([]detailValue, 0, len(r.Values))}
	for name, v := range r.Values {
		switch x := v.(type) {
		case lifecycle.Money:
			v = x.Float()
		case int, float64, string:
		default:
			continue // a figure of a kind no script was told of
		}
		d.values = append(d.values, detailValue{detailName(name), v})
	}
	slices.SortFunc(d.values, func(a, b detailValue) int { return strings.Compare(a.name, b.name) })
	return d
}

// detailName is a value's JSON name: its own in snake case (PAlive as
// p_alive), or the clearer one detailNames gives.
func detailName(name string) string {
	if n, ok := detailNames[name]; ok {
		return n
	}
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// writeIndented writes the detail as an object of the list writeJSONList
// indents.
func (d reasonDetail) writeIndented(j *indentedJSON) {
	j.open('{')
	j.key("code")
	j.str(d.code)
	for _, v := range d.values {
		j.key(v.name)
		j.value(v.value)
	}
	j.close('}')
}

// MarshalJSON writes the detail for the encoder, which indents it.
func (d reasonDetail) MarshalJSON() ([]byte, error) {
	var j indentedJSON
	d.writeIndented(&j)
	if j.bad {
		return nil, errors.New("a reason's figure is not a number JSON can hold")
	}
	return j.b, nil
}

// value writes an int, a float64 or a string.
func (j *indentedJSON) value(v any) {
	switch x := v.(type) {
	case int:
		j.int(int64(x))
	case float64:
		j.float(x)
	case string:
		j.str(x)
	}
}
