package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// mergeWith runs tend merge with an answer on standard input.
func mergeWith(t *testing.T, db, answer string, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd(Process{})
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetIn(strings.NewReader(answer))
	root.SetArgs(append([]string{"--db", db, "merge"}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

// twoRecords adds one person twice, as a switch brings them.
func twoRecords(t *testing.T, db string) {
	t.Helper()
	mustTend(t, db, "add", "Jürgen Müller", "--email", "juergen@mueller.example", "--phase", "acquisition")
	mustTend(t, db, "add", "jurgen muller", "--email", "jm@laden.example", "--phone", "+49 30 1234567",
		"--company", "Laden", "--phase", "retention", "--tag", "laden")
	mustTend(t, db, "log", "2", "--kind", "call", "--summary", "ordered again")
	mustTend(t, db, "add", "Erika Muster", "--phone", "030 1234567")
}

func TestDuplicatesSaysEachPairsReasonsMostCertainFirst(t *testing.T) {
	db := tempBook(t)
	twoRecords(t, db)
	mustTend(t, db, "add", "Jürgen Müller", "--company", "LADEN ")
	out := mustTend(t, db, "duplicates")
	want := "#2 jurgen muller (Laden) · #3 Erika Muster: same phone\n" +
		"#2 jurgen muller (Laden) · #4 Jürgen Müller (LADEN): same name and company\n"
	if !strings.HasPrefix(out, want) || !strings.Contains(out, "tend merge 2 3") {
		t.Errorf("duplicates:\n%s\nwant it to begin\n%s", out, want)
	}
	var pairs []duplicateJSON
	if err := json.Unmarshal([]byte(mustTend(t, db, "duplicates", "--json", "--limit", "1")), &pairs); err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 1 || pairs[0].First.ID != 2 || pairs[0].Second.ID != 3 || strings.Join(pairs[0].Reasons, ",") != "same-phone" {
		t.Errorf("--json --limit 1: %+v", pairs)
	}
	if out := mustTend(t, db, "duplicates", "--limit", "1"); !strings.Contains(out, "1 more pair is not listed") {
		t.Errorf("--limit 1:\n%s", out)
	}
}

func TestMergeSaysWhatMovesAsksAndMerges(t *testing.T) {
	db := tempBook(t)
	twoRecords(t, db)
	out, err := mergeWith(t, db, "", "1", "2", "--dry-run")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"jurgen muller (2) merges into Jürgen Müller (1): 1 contact (0 with a follow-up), 0 purchases and 1 phase change move.",
		"Jürgen Müller takes: company, phone, other e-mails.", "Kept beside its own: e-mail jm@laden.example.",
		"jürgen müller moves from acquisition to retention", "Nothing was merged (--dry-run).",
	} {
		if !strings.Contains(strings.ToLower(out), strings.ToLower(want)) {
			t.Errorf("--dry-run does not say %q:\n%s", want, out)
		}
	}
	if out, err := mergeWith(t, db, "n\n", "1", "2"); err == nil || !strings.Contains(out, "Merge jurgen muller into Jürgen Müller? [y/N]") {
		t.Fatalf("a no: %v\n%s", err, out)
	}
	mustTend(t, db, "show", "2")
	out, err = mergeWith(t, db, "y\n", "1", "2")
	if err != nil || !strings.Contains(out, "Merged jurgen muller into Jürgen Müller (tend merge --undo 1 takes it back).") {
		t.Fatalf("a yes: %v\n%s", err, out)
	}
	if show := mustTend(t, db, "show", "1"); !strings.Contains(show, "Laden") || !strings.Contains(show, "ordered again") {
		t.Errorf("after the merge:\n%s", show)
	}
	if _, _, err := execTend(t, db, "show", "2"); err == nil {
		t.Error("the other is still in the book")
	}
	if out := mustTend(t, db, "check"); !strings.Contains(out, "is sound") {
		t.Errorf("check after the merge:\n%s", out)
	}
	out = mustTend(t, db, "merge", "--undo", "1")
	if !strings.Contains(out, "jurgen muller (2) is back, and Jürgen Müller is as it was.") {
		t.Errorf("--undo:\n%s", out)
	}
	if show := mustTend(t, db, "show", "2"); !strings.Contains(show, "ordered again") {
		t.Errorf("the other after the undo:\n%s", show)
	}
}

func TestMergeWithJSONAndYesPrintsWhatMoved(t *testing.T) {
	db := tempBook(t)
	twoRecords(t, db)
	var r mergeReport
	if err := json.Unmarshal([]byte(mustTend(t, db, "merge", "1", "2", "--yes", "--json")), &r); err != nil {
		t.Fatal(err)
	}
	if r.DryRun || r.MergeID == 0 || r.Keep.ID != 1 || r.Other.ID != 2 || r.Contacts != 1 || r.Phase == nil || r.Phase.To != "retention" ||
		strings.Join(r.Filled, ",") != "company,phone,other e-mails" || strings.Join(r.TagsAdded, ",") != "laden" || len(r.Reach) != 1 {
		t.Errorf("--json: %+v", r)
	}
}

func TestMergeRefusesInWords(t *testing.T) {
	db := tempBook(t)
	twoRecords(t, db)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"1", "1", "--yes"}, "Jürgen Müller cannot be merged with itself"},
		{[]string{"1", "99", "--yes"}, `no customer matches "99"`},
		{[]string{"1"}, "name the customer to keep and the one to merge into it"},
		{[]string{"--undo", "1"}, "no customer was merged into Jürgen Müller"},
	} {
		if _, _, err := execTend(t, db, append([]string{"merge"}, tt.args...)...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("merge %v: %v, want %q", tt.args, err, tt.want)
		}
	}
}
