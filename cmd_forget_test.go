package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// forgetWith runs tend forget with an answer on standard input.
func forgetWith(t *testing.T, db, answer string, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetIn(strings.NewReader(answer))
	root.SetArgs(append([]string{"--db", db, "forget"}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func TestForgetAsksFirstAndErases(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster", "--email", "erika@example.de")
	mustTend(t, db, "log", "erika", "--kind", "call", "--summary", "asked to be forgotten")
	out, err := forgetWith(t, db, "n\n", "erika")
	if err == nil || !strings.Contains(out, "1 contacts, 0 purchases, 1 phase changes") {
		t.Fatalf("a no: %v\n%s", err, out)
	}
	if _, _, err := execTend(t, db, "show", "erika"); err != nil {
		t.Fatalf("the customer is gone after a no: %v", err)
	}
	if _, err := forgetWith(t, db, "", "erika"); err == nil || !strings.Contains(err.Error(), "--yes") {
		t.Errorf("no answer at all: %v, want a hint at --yes", err)
	}
	out, err = forgetWith(t, db, "y\n", "erika")
	if err != nil || !strings.Contains(out, "Erased Erika Muster.") {
		t.Fatalf("a yes: %v\n%s", err, out)
	}
	if _, _, err := execTend(t, db, "show", "erika"); err == nil {
		t.Error("the customer is still in the book")
	}
}

func TestExportHistoryHasTheAuditTrail(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster", "--email", "erika@example.de")
	mustTend(t, db, "edit", "erika", "--email", "erika@muster.de")
	out := mustTend(t, db, "export", "history")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || lines[0] != "id,customer_id,customer_name,at,who,field,old,new" ||
		!strings.Contains(lines[1], ",Erika Muster,") || !strings.HasSuffix(lines[1], ",e-mail,erika@example.de,erika@muster.de") {
		t.Errorf("export history:\n%s", out)
	}
	if _, _, err := execTend(t, db, "import", "history", "x.csv"); err == nil {
		t.Error("the audit trail was taken for import")
	}
}
