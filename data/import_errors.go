package data

import (
	"fmt"
	"maps"

	"tend/lifecycle"
)

// MappingError says what is wrong with a mapping of a column to a field
// that an import was given, as Column=field. Its code says what is wrong;
// its values name the mapping, and the field and columns it is about.
type MappingError struct {
	Mapping string
	code    string
	facts   lifecycle.Values
	problem string // in English, without the mapping
}

func mappingError(mapping, code string, facts lifecycle.Values, format string, args ...any) *MappingError {
	return &MappingError{Mapping: mapping, code: code, facts: facts, problem: fmt.Sprintf(format, args...)}
}

func (e *MappingError) Error() string {
	return fmt.Sprintf("the mapping %q: %s", e.Mapping, e.problem)
}

// Problem is what is wrong, without the mapping it is wrong with.
func (e *MappingError) Problem() string { return e.problem }

func (e *MappingError) Code() string { return e.code }

func (e *MappingError) Values() map[string]any {
	v := lifecycle.Values{"Mapping": e.Mapping}
	maps.Copy(v, e.facts)
	return v
}
