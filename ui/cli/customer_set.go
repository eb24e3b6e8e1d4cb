package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// setFlags choose several customers for one change (move, edit): by
// their refs, - for refs read from standard input one a line, or --where;
// and how the change is reported.
type setFlags struct {
	where          string
	dryRun, asJSON bool
}

func (s *setFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&s.where, "where", "", words.T("bulk.cli.flag.where"))
	fs.BoolVar(&s.dryRun, "dry-run", false, words.T("bulk.cli.flag.dry-run"))
	fs.BoolVar(&s.asJSON, "json", false, words.T("bulk.cli.flag.json"))
}

// many reports whether refs and the flags ask for a change of a set,
// reported as one; one customer named alone keeps the single change's
// words.
func (s *setFlags) many(refs []string) bool {
	return s.where != "" || s.dryRun || s.asJSON || len(refs) != 1 || refs[0] == "-"
}

// args checks the arguments: customers then after more (the phase of a
// move), or the after alone with --where.
func (s *setFlags) args(after int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if s.where != "" {
			if len(args) != after {
				return errors.New(words.T("bulk.cli.where-and-refs"))
			}
			return nil
		}
		if len(args) <= after {
			return errors.New(words.T("bulk.cli.no-customer"))
		}
		return nil
	}
}

// customers resolves the set: the customers --where picks, or those refs
// name, - reading more from stdin; each once, in the order named.
func (s *setFlags) customers(ctx context.Context, b *data.Book, cmd *cobra.Command, refs []string) ([]lifecycle.Customer, error) {
	if s.where != "" {
		return whereCustomers(ctx, b, s.where)
	}
	var out []lifecycle.Customer
	add := func(ref string) error {
		c, err := resolve(ctx, b, cmd, ref)
		if err != nil {
			return fmt.Errorf("%q: %w", ref, err)
		}
		if !slices.ContainsFunc(out, func(o lifecycle.Customer) bool { return o.ID == c.ID }) {
			out = append(out, c)
		}
		return nil
	}
	for _, ref := range refs {
		if ref != "-" {
			if err := add(ref); err != nil {
				return nil, err
			}
			continue
		}
		if err := eachLine(cmd.InOrStdin(), add); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eachLine hands fn each line of r that holds more than blanks, trimmed;
// a line starting with # is a comment unless it is an id (#12).
func eachLine(r io.Reader, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || isComment(line) {
			continue
		}
		if err := fn(line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// isComment reports whether a line of refs is a comment: a # not followed
// by the digits of an id (#12).
func isComment(line string) bool {
	rest, hashed := strings.CutPrefix(line, "#")
	return hashed && (rest == "" || rest[0] < '0' || rest[0] > '9')
}

// whereCustomers are the active customers the --where condition picks.
func whereCustomers(ctx context.Context, b *data.Book, where string) ([]lifecycle.Customer, error) {
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	w, err := parseWhere(where)
	if err != nil {
		return nil, fmt.Errorf("--where: %w", err)
	}
	f := data.Filter{Tag: w.tag, Owner: w.owner, Flagged: w.flag != ""}
	if w.phase != "" {
		p, err := lc.Find(phaseTyped(lc, w.phase))
		if err != nil {
			return nil, fmt.Errorf("--where: %w", err)
		}
		f.Phase = p.Key
	}
	var out []lifecycle.Customer
	err = b.EachCustomer(ctx, f, func(c lifecycle.Customer) error {
		if w.flaggedAs(c) {
			out = append(out, c)
		}
		return nil
	})
	return out, err
}
