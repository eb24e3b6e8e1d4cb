package cli

import (
	"context"
	"database/sql"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, to watch the server
)

// exportsOf runs tend export of every kind of record on the book at db.
func exportsOf(t *testing.T, db string) string {
	t.Helper()
	var all strings.Builder
	for _, what := range []string{"customers", "contacts", "purchases", "history"} {
		for _, format := range []string{"csv", "json"} {
			out, stderr, code := runBinary(t, nil, "--db", db, "export", what, "--format", format)
			if code != 0 {
				t.Fatalf("export %s of %s: %s", what, db, stderr)
			}
			all.WriteString(out)
		}
	}
	return all.String()
}

// demoFileBook makes a demo book file with an edit in its audit trail.
func demoFileBook(t *testing.T, customers string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "laptop.db")
	for _, args := range [][]string{
		{"demo", "--customers", customers},
		{"edit", "2", "--company", "Renamed Ltd"},
	} {
		if _, stderr, code := runBinary(t, nil, append([]string{"--db", path}, args...)...); code != 0 {
			t.Fatalf("tend %v: %s", args, stderr)
		}
	}
	return path
}

func TestCopyFileToServerToFileExportsTheSameBytes(t *testing.T) {
	server := serverBook(t)
	laptop := demoFileBook(t, "200")
	back := filepath.Join(t.TempDir(), "back.db")
	for _, hop := range [][2]string{{laptop, server}, {server, back}} {
		out, stderr, code := runBinary(t, nil, "copy", hop[0], hop[1])
		if code != 0 || !strings.Contains(out, "Copied 200 customers") {
			t.Fatalf("copy %s %s: exit %d, %q %q", hop[0], hop[1], code, out, stderr)
		}
	}
	want := exportsOf(t, laptop)
	if exportsOf(t, server) != want || exportsOf(t, back) != want {
		t.Errorf("the exports of the server book or of the file copied back differ from the laptop's")
	}
	// Again into the book copied back: refused, and the book unchanged.
	_, stderr, code := runBinary(t, nil, "copy", laptop, back)
	if code == 0 || !strings.Contains(stderr, "already holds 200 customers and other records (") {
		t.Errorf("copy into a full book: exit %d, %q", code, stderr)
	}
	if exportsOf(t, back) != want {
		t.Errorf("the refused book changed")
	}
}

func TestCopyKilledMidwayLeavesTheServerBookEmpty(t *testing.T) {
	server := serverBook(t)
	laptop := demoFileBook(t, "3000")
	watch, err := sql.Open("pgx", server)
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close()
	cmd := exec.Command(tendBinary(t), "copy", laptop, server)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Killed once the server is taking its rows.
	copying := false
	for deadline := time.Now().Add(20 * time.Second); !copying && time.Now().Before(deadline); {
		watch.QueryRowContext(context.Background(), `SELECT count(*) > 0 FROM pg_stat_activity
			WHERE datname = current_database() AND query ILIKE 'copy%' AND state = 'active'`).Scan(&copying)
	}
	cmd.Process.Kill()
	cmd.Wait()
	if !copying {
		t.Fatal("the copy was never seen under way")
	}
	out, stderr, code := runBinary(t, nil, "--db", server, "list", "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("after a copy killed midway the server book lists %q (%s), want nothing", out, stderr)
	}
}
