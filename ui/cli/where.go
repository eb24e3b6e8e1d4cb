package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"tend/lifecycle"
	"tend/ui/words"
)

// where is a --where condition: phase=lost,tag=vip,owner=Anke,flag=at-risk,
// every field at most once, all of them to hold.
type where struct{ phase, tag, owner, flag string }

// whereFlags are the values flag= takes: any flag, or one kind.
var whereFlags = []string{"any", string(lifecycle.Stalled), string(lifecycle.AtRisk), string(lifecycle.WinBack)}

// parseWhere reads a --where condition.
func parseWhere(s string) (where, error) {
	var w where
	fields := map[string]*string{"phase": &w.phase, "tag": &w.tag, "owner": &w.owner, "flag": &w.flag}
	for _, pair := range strings.Split(s, ",") {
		name, value, ok := strings.Cut(pair, "=")
		name, value = strings.ToLower(strings.TrimSpace(name)), strings.TrimSpace(value)
		dst, known := fields[name]
		switch {
		case !ok || value == "":
			return w, errors.New(words.T("bulk.cli.where.pair", words.V{"Pair": fmt.Sprintf("%q", pair)}))
		case !known:
			return w, errors.New(words.T("bulk.cli.where.field", words.V{"Field": fmt.Sprintf("%q", name)}))
		case *dst != "":
			return w, errors.New(words.T("bulk.cli.where.twice", words.V{"Field": name}))
		}
		*dst = value
	}
	if w.flag != "" && !slices.Contains(whereFlags, strings.ToLower(w.flag)) {
		return w, errors.New(words.T("bulk.cli.where.flag", words.V{"Flag": fmt.Sprintf("%q", w.flag), "Flags": strings.Join(whereFlags, ", ")}))
	}
	w.flag = strings.ToLower(w.flag)
	return w, nil
}

// flaggedAs reports whether customer c carries the flag the condition
// asks for (any, without a kind named).
func (w where) flaggedAs(c lifecycle.Customer) bool {
	if w.flag == "" || w.flag == "any" {
		return true
	}
	return slices.Contains(c.Flags, lifecycle.FlagKind(w.flag))
}
