package data

import (
	"context"
	"fmt"
	"strings"

	"tend/lifecycle"
)

// ChangedError says that a customer's profile was changed elsewhere (by
// another tend, or a command) since the user began to edit it. Current is
// the profile as stored now; Changes name what differs.
type ChangedError struct {
	Current lifecycle.Customer
	Changes []string
}

func (e *ChangedError) Error() string {
	return fmt.Sprintf("%s was changed elsewhere while you edited it (%s)", e.Current.Name, strings.Join(e.Changes, "; "))
}

// SaveProfile stores the profile after in place of before, in one
// transaction, as long as the stored profile is still before; if another
// process changed it since, nothing is written and a *ChangedError says
// what changed, so that the user chooses rather than overwrite unseen.
// The phase stays as stored, since only a move changes it.
func (b *Book) SaveProfile(ctx context.Context, before, after lifecycle.Customer) (lifecycle.Customer, error) {
	return b.EditCustomer(ctx, before.ID, replacing(before, after))
}

// replacing is the edit that puts after in place of before, refused with
// a *ChangedError when the stored profile is no longer before.
func replacing(before, after lifecycle.Customer) func(*lifecycle.Customer) error {
	return func(c *lifecycle.Customer) error {
		if changes := changesSaid(before, *c); len(changes) > 0 {
			return &ChangedError{Current: *c, Changes: changes}
		}
		phase := c.Phase
		*c = after
		c.Phase = phase
		return nil
	}
}

// changesSaid says which fields of the profile differ from before to
// now, in the audit trail's words.
func changesSaid(before, now lifecycle.Customer) []string {
	var out []string
	for _, c := range profileChanges(before, now) {
		out = append(out, c.Field+" now "+c.New)
	}
	return out
}
