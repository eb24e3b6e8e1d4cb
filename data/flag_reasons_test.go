package data

import (
	"context"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"tend/lifecycle"
)

// keptCount is how many flagged customers the book keeps the facts of,
// and how many customers it flags.
func keptCount(t *testing.T, b *Book) (kept, flagged int) {
	t.Helper()
	err := b.reader.QueryRow(`SELECT (SELECT count(*) FROM flag_reasons),
		(SELECT count(*) FROM customers WHERE flag_code <> 0 AND archived_at IS NULL)`).Scan(&kept, &flagged)
	if err != nil {
		t.Fatal(err)
	}
	return kept, flagged
}

func TestTheScoringKeepsWhatRiskShowsOfEveryFlaggedCustomer(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 300, Seed: 3})
	if kept, flagged := keptCount(t, b); kept != flagged || flagged == 0 {
		t.Fatalf("the book keeps the facts of %d customers of the %d it flags", kept, flagged)
	}
	for i, c := range allCustomers(t, b)[:30] {
		writeOneOfSix(t, b, i, c)
	}
	if kept, flagged := keptCount(t, b); kept != flagged {
		t.Fatalf("after single writes, the book keeps the facts of %d customers of the %d it flags", kept, flagged)
	}
}

func TestCustomersWithoutKeptFactsAreJudgedAfresh(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 250, Seed: 9})
	exec(t, b, `UPDATE flag_reasons SET flags = 'not flags' WHERE customer_id % 3 = 0`)
	exec(t, b, `DELETE FROM flag_reasons WHERE customer_id % 3 = 1`)
	sameRisk(t, b, "with some facts unreadable and some not kept")
}

func TestRenamingAPhaseSaysItsNewNameInTheKeptReasons(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 300, Seed: 4})
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range lc.Phases {
		_, err := b.ChangeLifecycle(ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) {
			return lc.Rename(p.Key, "Renamed "+p.Label)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	stored, _, ok, err := b.storedRisk(ctx, b.Now(), "")
	if err != nil || !ok {
		t.Fatalf("the stored flags were not read (%v, %v)", ok, err)
	}
	said := 0
	for _, f := range stored {
		for _, r := range f.Flags[0].Reasons {
			if label, ok := r.Values["Phase"].(string); ok {
				if !strings.HasPrefix(label, "Renamed ") {
					t.Fatalf("customer %d's flag still names the phase %q", f.ID, label)
				}
				said++
			}
		}
	}
	if said == 0 {
		t.Fatal("no flag named its phase")
	}
	sameRisk(t, b, "after renaming the phases")
}

func FuzzKeptFlags(f *testing.F) {
	for _, s := range []string{
		"at-risk 100 3771141\tsilent-rhythm Days=i129 Every=i13\tspend-drop Days=i90 Earlier=m3771141 Recent=m862879",
		"stalled 40 0\tidle Days=i12 Limit=i10 Phase=s\"Proposal \\t sent\"\nwin-back 20 5\tno-model",
		"at-risk 55 1989032\tlow-p-alive PAlive=f0.2970620952706102 Purchases=i4",
		"", "a 1 2\t", "a 1 2\tc K=s\"x\"y", "a 1 2\tc K=x1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		flags, ok := decodeFlags(s)
		read := readReasons{}
		if _, held := read.flags(s); held != ok {
			t.Fatalf("%q read: %v; read keeping its reasons: %v", s, ok, held)
		}
		if kept, _ := read.flags(s); !reflect.DeepEqual(kept, flags) {
			t.Fatalf("%q read again from the reasons kept: %v, read afresh: %v", s, kept, flags)
		}
		if !ok {
			return
		}
		again, ok := encodeFlags(flags)
		if !ok {
			t.Fatalf("%q was read, but what it held cannot be written back", s)
		}
		back, ok := decodeFlags(again)
		if !ok {
			t.Fatalf("%q, written back as %q, cannot be read", s, again)
		}
		if third, _ := encodeFlags(back); third != again {
			t.Fatalf("%q was read back as %q, then %q", s, again, third)
		}
	})
}

func TestForgettingACustomerErasesTheReasonsKeptForIt(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 120, Seed: 2})
	var id int64
	if err := b.reader.QueryRow(`SELECT customer_id FROM flag_reasons LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	var left int
	if err := b.reader.QueryRow(`SELECT count(*) FROM flag_reasons WHERE customer_id = ?`, id).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 0 {
		t.Errorf("the reasons kept for customer %d outlived it", id)
	}
	if kept, flagged := keptCount(t, b); kept != flagged {
		t.Errorf("the book keeps the facts of %d customers of the %d it flags", kept, flagged)
	}
}

func TestCheckFindsReasonsKeptForOtherFlags(t *testing.T) {
	ctx := context.Background()
	b, _ := makeDemo(t, DemoOptions{Customers: 150, Seed: 6})
	if problems, err := b.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("a sound book: %v, %v", problems, err)
	}
	var id int64
	if err := b.reader.QueryRow(`SELECT customer_id FROM flag_reasons LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	exec(t, b, `UPDATE flag_reasons SET flags = 'win-back 1 0`+"\n"+`' || flags WHERE customer_id = `+strconv.FormatInt(id, 10))
	problems, err := b.Check(ctx)
	var coded lifecycle.Coded
	if err != nil || len(problems) != 1 || !errors.As(problems[0], &coded) || coded.Code() != CodeCheckKeptReasons {
		t.Fatalf("reasons kept for a flag the customer lacks: %v, %v", problems, err)
	}
}
