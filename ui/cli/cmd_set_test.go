package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// tendWith runs the command line in this process with stdin, and returns what
// it printed and its error.
func tendWith(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd(Process{})
	root.SetIn(strings.NewReader(stdin))
	var out strings.Builder
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

// setBook is a book of Ada and Cy in lost with the tag vip, and Bob in
// awareness without it.
func setBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	for _, add := range [][]string{
		{"add", "Ada", "--phase", "lost", "--tag", "vip"},
		{"add", "Bob", "--phase", "awareness"},
		{"add", "Cy", "--phase", "lost", "--tag", "vip", "--owner", "Anke"},
	} {
		if out, err := tendWith(t, "", append([]string{"--db", db}, add...)...); err != nil {
			t.Fatalf("tend %v: %v %s", add, err, out)
		}
	}
	return db
}

func TestMovingSeveralCustomersReportsEachAndATotal(t *testing.T) {
	db := setBook(t)
	out, err := tendWith(t, "", "--db", db, "move", "Ada", "#2", "Ada", "retention")
	want := "Ada (#1): Lost → Retention\nBob (#2): Awareness → Retention\nMoved 2 customers to Retention\n"
	if err != nil || out != want {
		t.Fatalf("move of two = %q, %v; want %q", out, err, want)
	}
	out, err = tendWith(t, "", "--db", db, "move", "--where", "phase=retention", "retention")
	if err != nil || !strings.Contains(out, "Ada (#1): in Retention already") || !strings.HasSuffix(out, "Moved 0 customers to Retention\n") {
		t.Errorf("a move of those already there = %q, %v", out, err)
	}
}

func TestASetMovesWholeOrNotAtAll(t *testing.T) {
	db := setBook(t)
	// Out of lost a move takes what won the customer back; Bob, in the
	// middle, is not in lost, so his move takes no reason.
	out, err := tendWith(t, "", "--db", db, "move", "1", "2", "3", "loyalty", "--note", "new budget")
	if err == nil || !strings.Contains(err.Error(), "Bob (#2)") || !strings.Contains(err.Error(), "nothing was changed") {
		t.Fatalf("a move Bob cannot take = %q, %v", out, err)
	}
	if got := phasesIn(t, db); got["lost"] != 2 || got["awareness"] != 1 {
		t.Errorf("after a stopped move the book holds %v", got)
	}
}

func TestWhereAndStandardInputPickTheSet(t *testing.T) {
	db := setBook(t)
	out, err := tendWith(t, "", "--db", db, "edit", "--where", "tag=vip,owner=Anke", "--add-tag", "fair25")
	if err != nil || out != "Cy (#3): tags: vip → fair25, vip\nChanged 1 customer\n" {
		t.Fatalf("edit --where = %q, %v", out, err)
	}
	out, err = tendWith(t, "# the ones to call\n#1\n\nBob\n", "--db", db, "edit", "-", "--owner", "Kim")
	if err != nil || !strings.HasSuffix(out, "Changed 2 customers\n") || !strings.Contains(out, "Bob (#2): owner set to Kim") {
		t.Fatalf("edit from stdin = %q, %v", out, err)
	}
	for _, bad := range [][]string{
		{"move", "--where", "colour=red", "retention"},
		{"move", "--where", "phase=lost", "Ada", "retention"},
		{"move", "retention"},
		{"edit", "--where", "flag=sad", "--owner", "Kim"},
	} {
		if out, err := tendWith(t, "", append([]string{"--db", db}, bad...)...); err == nil {
			t.Errorf("tend %v = %q, want it refused", bad, out)
		}
	}
}

func TestADryRunReportsAndChangesNothing(t *testing.T) {
	db := setBook(t)
	out, err := tendWith(t, "", "--db", db, "move", "--where", "phase=lost", "win-back", "--dry-run")
	if err != nil || !strings.HasSuffix(out, "Would move 2 customers to Win-back; nothing was changed (--dry-run)\n") {
		t.Fatalf("dry run = %q, %v", out, err)
	}
	if _, err := tendWith(t, "", "--db", db, "edit", "1", "2", "--owner", "Kim", "--dry-run"); err != nil {
		t.Fatal(err)
	}
	if got := phasesIn(t, db); got["lost"] != 2 {
		t.Errorf("a dry run moved customers: %v", got)
	}
	out, _ = tendWith(t, "", "--db", db, "list", "--owner", "Kim")
	if !strings.Contains(out, "No customers match.") {
		t.Errorf("a dry run gave customers to Kim:\n%s", out)
	}
	trail, _ := tendWith(t, "", "--db", db, "export", "audit")
	if strings.Contains(trail, "Kim") || strings.Contains(trail, "win-back") {
		t.Errorf("a dry run left entries in the audit trail:\n%s", trail)
	}
}

func TestASetReportsItsChangesAsJSON(t *testing.T) {
	db := setBook(t)
	out, err := tendWith(t, "", "--db", db, "edit", "1", "3", "--remove-tag", "vip", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		DryRun  bool `json:"dry_run"`
		Changed []struct {
			ID      int64
			Name    string
			Changes []struct{ Field, Old, New string }
		}
		Unchanged []struct{ ID int64 }
		Total     int
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if got.DryRun || got.Total != 2 || len(got.Changed) != 2 || got.Changed[1].Name != "Cy" ||
		len(got.Changed[1].Changes) != 1 || got.Changed[1].Changes[0] != (struct{ Field, Old, New string }{"tags", "vip", ""}) {
		t.Errorf("JSON report = %+v\n%s", got, out)
	}
	out, err = tendWith(t, "", "--db", db, "move", "2", "conversion", "--json")
	if err != nil || !strings.Contains(out, `"from": "awareness"`) || !strings.Contains(out, `"total": 1`) {
		t.Errorf("JSON of a move of one = %q, %v", out, err)
	}
}

func FuzzParseWhere(f *testing.F) {
	for _, seed := range []string{"phase=lost,tag=vip", "owner=Anke", "flag=at-risk", "flag=ANY", "tag=", "=x", "phase=a,phase=b", ",", "colour=red", "tag=a=b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := parseWhere(s)
		if err != nil {
			return
		}
		if w == (where{}) {
			t.Fatalf("%q picks nothing but was taken", s)
		}
		if w.flag != "" && !strings.Contains(strings.Join(whereFlags, " "), w.flag) {
			t.Fatalf("%q gives the unknown flag %q", s, w.flag)
		}
	})
}
