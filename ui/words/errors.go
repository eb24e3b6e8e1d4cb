package words

import (
	"errors"
	"maps"
	"strings"
	"text/template"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	i18ntemplate "github.com/nicksnyder/go-i18n/v2/i18n/template"

	"tend/lifecycle"
)

// Hints are a face's own words for the errors it can help with: by an
// error's code, the id of the message that says it with the face's help,
// a command to type or a key to press. A hint's message has the error's
// values and its plain sentence as {{.Sentence}}, and is said in its place.
type Hints map[string]string

// Error says err for a person: a coded error by its message, error.<code>,
// filled from its values; a value that is itself an error (a cause, a bad
// row) is said the same way, and a wrapped cause the message does not
// name is {{.Cause}}. Where hints has a message for a code, the face's
// words say that error. An error that wraps coded ones in words of its own
// keeps its words, with each coded error in it said as above; one that
// holds none is a failure tend did not foresee, said with its own text
// as it is.
func Error(err error, hints Hints) string {
	if err == nil {
		return ""
	}
	if c, ok := err.(lifecycle.Coded); ok {
		return sayCoded(c, hints)
	}
	inner := codedIn(err)
	if len(inner) == 0 {
		// Its words are the system's (an I/O error) or were never moved
		// into the catalog; unmarked, the tests of the catalog find them.
		return err.Error()
	}
	pairs := make([]string, 0, 2*len(inner))
	for _, c := range inner {
		pairs = append(pairs, c.Error(), sayCoded(c, hints))
	}
	// One pass, so that a sentence said is not found again in its words.
	return strings.NewReplacer(pairs...).Replace(err.Error())
}

// sayCoded says a coded error by its code, or by the face's hint for it.
func sayCoded(c lifecycle.Coded, hints Hints) string {
	values := valuesOf(c, hints)
	sentence := sayError("error."+c.Code(), values)
	if id, ok := hints[c.Code()]; ok {
		values["Sentence"] = sentence
		return sayError(id, values)
	}
	return sentence
}

// valuesOf are a coded error's values for its message, the errors among
// them said in words, with the cause it wraps as Cause where it names none.
func valuesOf(c lifecycle.Coded, hints Hints) V {
	values := V{}
	maps.Copy(values, c.Values())
	if _, named := values["Cause"]; !named {
		if cause := errors.Unwrap(c); cause != nil {
			values["Cause"] = cause
		}
	}
	relabel(values)
	for k, v := range values {
		switch v := v.(type) {
		case error:
			values[k] = Error(v, hints)
		case []error:
			said := make([]string, len(v))
			for i, e := range v {
				said[i] = Error(e, hints)
			}
			values[k] = said
		}
	}
	return values
}

// relabel has the labels of phases among values said as the reader reads
// them: a phase's with its key (Phase, Key), and the phases a value could
// have named (Phases, their keys, with Labels) by their labels, which
// every command and import reads as well as the keys.
func relabel(values V) {
	if label, ok := values["Phase"].(string); ok {
		if key, ok := values["Key"].(string); ok {
			values["Phase"] = PhaseLabel(lifecycle.Phase{Key: key, Label: label})
		}
	}
	keys, _ := values["Phases"].([]string)
	if labels, ok := values["Labels"].([]string); ok && len(labels) == len(keys) {
		said := make([]string, len(labels))
		for i, label := range labels {
			said[i] = PhaseLabel(lifecycle.Phase{Key: keys[i], Label: label})
		}
		values["Phases"] = said
	}
}

// codedIn lists the outermost coded errors that err wraps, on each branch
// of its chain.
func codedIn(err error) []lifecycle.Coded {
	if c, ok := err.(lifecycle.Coded); ok {
		return []lifecycle.Coded{c}
	}
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		if inner := u.Unwrap(); inner != nil {
			return codedIn(inner)
		}
	case interface{ Unwrap() []error }:
		var found []lifecycle.Coded
		for _, e := range u.Unwrap() {
			found = append(found, codedIn(e)...)
		}
		return found
	}
	return nil
}

// errorFuncs are what an error's or a reason's message may do with its
// values beyond printing them: join a list, and take the character a
// one-character string holds (to write it as Go quotes it, or as U+0007),
// and write a number as the language does, whole or with decimals
// ({{decimal .PAlive 2}}), or an amount of money ({{amount .Most}}), or a
// number given raw ({{figure .Max}}, {{significant .LogLikelihood 6}}).
var errorFuncs = template.FuncMap{
	"number":      Number,
	"decimal":     Decimal,
	"amount":      Amount,
	"figure":      Figure,
	"significant": Significant,
	"join":        func(list []string, sep string) string { return strings.Join(list, sep) },
	"char": func(s string) rune {
		for _, r := range s {
			return r
		}
		return 0
	},
}

// errorParser reads the messages of errors and reasons with errorFuncs,
// each once: go-i18n parses again on every use a message read with
// functions of its own, which made saying the reasons of thousands of
// flags cost more than finding them. The functions never change, so the
// parsed message can be kept.
var errorParser = &cachedParser{i18ntemplate.TextParser{Funcs: errorFuncs}}

type cachedParser struct{ i18ntemplate.TextParser }

func (cachedParser) Cacheable() bool { return true }

// sayError says an error's message. One that counts, as a list of bad
// rows does, picks its form by the value Count, which it writes as the
// error gave it.
func sayError(id string, values V) string {
	lc := &i18n.LocalizeConfig{MessageID: id, TemplateData: values, TemplateParser: errorParser}
	if counts(id) {
		lc.PluralCount = values["Count"]
	}
	return say(lc)
}
