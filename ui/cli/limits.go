package cli

import (
	"errors"
	"fmt"

	"tend/lifecycle"
)

// limitFlags name the flags that set the values the domain limits.
var limitFlags = map[string]string{"name": "--name", "company": "--company", "email": "--email", "phone": "--phone",
	"owner": "--owner", "tag": "--tag", "tags": "--tag", "summary": "--summary", "note": "--note"}

// overLimit phrases a value over its limit as the problem of the flag that
// set it, naming the name as nameArg does (--name, or NAME for add); it
// is nil for any other error. The value is not quoted: it may be long.
func overLimit(err error, nameArg string) error {
	var over *lifecycle.LimitError
	if !errors.As(err, &over) {
		return nil
	}
	arg, ok := limitFlags[over.Field]
	if !ok { // a customer's detail, by its key
		arg = "--" + detailFlag(over.Field)
	}
	if over.Field == "name" {
		arg = nameArg
	}
	return fmt.Errorf("%s: %w", arg, err)
}
