package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"tend/lifecycle"
)

// readBoardOnce reads the totals, the first and a later page of every
// phase and the place of each of some customers under f through one
// ReadBoard, written out for comparing.
func readBoardOnce(t *testing.T, b *Book, f Filter, phases []string, ids []int64) string {
	t.Helper()
	var out string
	err := b.ReadBoard(context.Background(), f, func(r *BoardRead) error {
		totals, err := r.PhaseTotals(context.Background())
		if err != nil {
			return err
		}
		out = fmt.Sprint(totals)
		for _, p := range phases {
			for _, from := range []int{0, 3} {
				cards, err := r.Cards(context.Background(), p, from, 40)
				if err != nil {
					return err
				}
				out += fmt.Sprint(p, from, names(cards))
			}
		}
		for _, id := range ids {
			_, at, err := r.CardIndex(context.Background(), id)
			if err != nil {
				return err
			}
			out += fmt.Sprint(" ", id, "@", at)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("read the board under %+v: %v", f, err)
	}
	return out
}

// readBoardAsked is readBoardOnce with each read asking the filter anew.
func readBoardAsked(t *testing.T, b *Book, f Filter, phases []string, ids []int64) string {
	t.Helper()
	ctx := context.Background()
	totals, err := b.PhaseTotals(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	out := fmt.Sprint(totals)
	for _, p := range phases {
		for _, from := range []int{0, 3} {
			pf := f
			pf.Phase = p
			cards, err := b.Cards(ctx, pf, from, 40)
			if err != nil {
				t.Fatal(err)
			}
			out += fmt.Sprint(p, from, names(cards))
		}
	}
	for _, id := range ids {
		_, at, err := b.CardIndex(ctx, f, id)
		if err != nil {
			t.Fatal(err)
		}
		out += fmt.Sprint(" ", id, "@", at)
	}
	return out
}

func TestReadBoardShowsWhatEachReadOfTheFilterShows(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 400, Seed: 7})
	ctx := context.Background()
	customers := allCustomers(t, b)
	b.Archive(ctx, customers[0].ID, false)
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var phases []string
	for _, p := range lc.Phases {
		phases = append(phases, p.Key)
	}
	var ids []int64
	for i := 0; i < len(customers); i += 37 {
		ids = append(ids, customers[i].ID)
	}
	queries := []string{"", "a", "e", "mü", "7", "@", "ge", " ol ", "gmbh", "muller", "@example", "berl", "sch", `"x"`, "%", "_a", "zzzz", customers[0].Name}
	// Each search of one or two characters is read both held and counted
	// (see readCommonSearch), and counted both ways by its share.
	defer func(was float64) { commonShare = was }(commonShare)
	for _, common := range []float64{2, 0} {
		commonShare = common
		for _, q := range queries {
			for _, f := range []Filter{{Search: q}, {Search: q, Flagged: true}, {Search: q, Order: OrderName}, {Search: q, Order: OrderValue, Flagged: true}} {
				if got, want := readBoardOnce(t, b, f, phases, ids), readBoardAsked(t, b, f, phases, ids); got != want {
					t.Errorf("the board under %+v, counted from a share of %v, read once:\n%s\nwant, asking the filter in each read:\n%s", f, common, got, want)
				}
			}
		}
	}
}

// TestReadBoardLeavesEveryReaderGuarded checks that the readers refuse a
// write after reads of the board, one of them given up halfway, and that
// none keeps the table of the matches.
func TestReadBoardLeavesEveryReaderGuarded(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 50, Seed: 3})
	for _, q := range []string{"a", "example", "ab"} {
		if err := b.ReadBoard(context.Background(), Filter{Search: q}, func(*BoardRead) error { return nil }); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := errors.New("given up")
	err := b.ReadBoard(ctx, Filter{Search: "exa"}, func(r *BoardRead) error {
		cancel()
		return stopped
	})
	if !errors.Is(err, stopped) {
		t.Fatalf("a read given up returned %v", err)
	}
	var conns []*sql.Conn
	for range 4 {
		conn, err := b.reader.Conn(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, conn)
	}
	for i, conn := range conns {
		if _, err := conn.ExecContext(context.Background(), `UPDATE customers SET name = 'x'`); err == nil {
			t.Errorf("reader %d wrote a customer", i)
		}
		if _, err := conn.ExecContext(context.Background(), `SELECT count(*) FROM board_matches`); err == nil {
			t.Errorf("reader %d keeps the table of the matches", i)
		}
		conn.Close()
	}
}

func TestReadBoardSearchesABookOpenedReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "book.db")
	b, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	want := addCustomer(t, b, lifecycle.Customer{Name: "Jörg Müller"})
	b.Close()
	ro, err := OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	err = ro.ReadBoard(context.Background(), Filter{Search: "muller"}, func(r *BoardRead) error {
		cards, err := r.Cards(context.Background(), "awareness", 0, 10)
		if err == nil && (len(cards) != 1 || cards[0].ID != want) {
			t.Errorf("a read-only book's board under muller = %v", names(cards))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !ro.ReadOnly() {
		t.Error("the book did not open read-only")
	}
}
