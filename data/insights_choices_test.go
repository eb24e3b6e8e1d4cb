package data

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"tend/lifecycle"
)

// TestOwnersAndTagsListTheActiveCustomersOnce checks the insights' filter
// choices: each owner and tag of a customer on the book once, whatever its
// case, sorted, without the empty owner and without archived customers'.
func TestOwnersAndTagsListTheActiveCustomersOnce(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada", Phase: "awareness", Owner: "ben", Tags: []string{"vip", "Nord"}})
	addCustomer(t, b, lifecycle.Customer{Name: "Bo", Phase: "awareness", Owner: "Anna", Tags: []string{"VIP"}})
	addCustomer(t, b, lifecycle.Customer{Name: "Cy", Phase: "awareness"})
	gone := addCustomer(t, b, lifecycle.Customer{Name: "Di", Phase: "awareness", Owner: "Zoe", Tags: []string{"old"}})
	if err := b.Archive(ctx, gone, false); err != nil {
		t.Fatal(err)
	}
	owners, err := b.Owners(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Anna", "ben"}; !slices.Equal(owners, want) {
		t.Errorf("owners %q, want %q", owners, want)
	}
	tags, err := b.Tags(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(tags) != 2 || tags[0] != "Nord" || !slices.Contains([]string{"vip", "VIP"}, tags[1]) {
		t.Errorf("tags %q, want Nord and vip once", tags)
	}
}

// TestChoicesGroupAsSQLiteDoes checks the choices against the book's own
// grouping without case, which on a file (SQLite's) folds only ASCII
// letters and on a server (ICU's) every letter, on owners and tags whose
// case differs in and beyond ASCII.
func TestChoicesGroupAsSQLiteDoes(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	words := []string{"ben", "Ben", "BEN", "Ärger", "ärger", "zoe", "Émile", "émile", "alpha", "Zulu", "_x", "[y"}
	for i, w := range words {
		addCustomer(t, b, lifecycle.Customer{Name: fmt.Sprint("C", i), Phase: "awareness", Owner: w, Tags: []string{w}})
	}
	for _, c := range []struct {
		what  string
		got   func(context.Context) ([]string, error)
		query string
	}{
		{"owners", b.Owners, `SELECT min(owner) FROM customers WHERE archived_at IS NULL AND owner <> ''
			GROUP BY owner COLLATE NOCASE ORDER BY owner COLLATE NOCASE`},
		{"tags", b.Tags, `SELECT min(tag) FROM tags GROUP BY tag COLLATE NOCASE ORDER BY tag COLLATE NOCASE`},
	} {
		got, err := c.got(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		rows, err := b.reader.Query(c.query)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			rows.Scan(&s)
			want = append(want, s)
		}
		rows.Close()
		if !slices.Equal(got, want) {
			t.Errorf("%s %q, the book groups them %q", c.what, got, want)
		}
	}
}
