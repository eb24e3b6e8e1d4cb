package lifecycle

import (
	"errors"
	"fmt"
)

// Coded is an error that a face of tend can phrase in its own words: the
// command line with its hints, the board with its keys, a second language
// from the values alone. Code is stable (lowercase, dotted: phase.hidden);
// Values are the facts the sentence needs, by name. Error is a plain
// English sentence for logs and tests, without any command to type.
type Coded interface {
	error
	Code() string
	Values() map[string]any
}

// Values are the named facts of a coded error.
type Values = map[string]any

// Problem is a coded error of the many that no face treats apart.
type Problem struct {
	code   string
	values Values
	text   string
	err    error // the cause, where the sentence wraps one
}

// Problemf makes a Problem whose English sentence is format with args, as
// fmt.Errorf writes it; a %w in format wraps its error as the cause.
func Problemf(code string, values Values, format string, args ...any) error {
	e := fmt.Errorf(format, args...)
	return &Problem{code: code, values: values, text: e.Error(), err: errors.Unwrap(e)}
}

// Because is a Problem whose sentence says all there is to say, and which
// wraps cause for callers that tell failures apart by it, without its
// words.
func Because(cause error, code string, values Values, format string, args ...any) error {
	return &Problem{code: code, values: values, text: fmt.Sprintf(format, args...), err: cause}
}

func (p *Problem) Error() string          { return p.text }
func (p *Problem) Code() string           { return p.code }
func (p *Problem) Values() map[string]any { return p.values }
func (p *Problem) Unwrap() error          { return p.err }
