package cli

import (
	"database/sql"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sqlLines are the lines of SQL in what tend team init printed.
func sqlLines(out string) []string {
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(line, ";") {
			lines = append(lines, line)
		}
	}
	return lines
}

// teamBookWithRep makes a book on a server with tend team init, and a rep
// named after name by the SQL it prints; it returns the book's URL as its
// maker, a connection as the maker, and the book's URL as the rep.
func teamBookWithRep(t *testing.T, name string) (admin string, db *sql.DB, rep string) {
	t.Helper()
	admin = serverBook(t)
	out, stderr, code := runBinary(t, nil, "team", "init", admin)
	if code != 0 || !strings.Contains(out, "Made a tend book") {
		t.Fatalf("team init: exit %d, %q %q", code, out, stderr)
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	// Roles are the server's, not the database's: the rep is named after
	// the test's database, which is the test's own.
	u, _ := url.Parse(admin)
	name += "_" + strings.TrimPrefix(u.Path, "/")
	for _, statement := range sqlLines(out) {
		if _, err := db.Exec(strings.ReplaceAll(statement, "NAME", name)); err != nil {
			t.Fatalf("%s: %v", statement, err)
		}
	}
	u.User = url.User(name)
	return admin, db, u.String()
}

// A rep's role made by the SQL tend team init prints works the book and
// cannot change its tables.
func TestTeamInitMakesTheBookAndTheRolesItPrintsWorkIt(t *testing.T) {
	admin, _, rep := teamBookWithRep(t, "anna")
	for _, args := range [][]string{
		{"add", "Ada Lovelace", "--email", "ada@example.com"},
		{"log", "ada@example.com", "--kind", "call", "--summary", "asked about renewal"},
		{"buy", "ada@example.com", "99.50"},
		{"move", "ada@example.com", "retention"},
		{"edit", "ada@example.com", "--company", "Engines Ltd"},
	} {
		if _, stderr, code := runBinary(t, nil, append([]string{"--db", rep}, args...)...); code != 0 {
			t.Errorf("tend %s as the rep: %s", strings.Join(args, " "), stderr)
		}
	}
	repDB, err := sql.Open("pgx", rep)
	if err != nil {
		t.Fatal(err)
	}
	defer repDB.Close()
	for _, ddl := range []string{`CREATE TABLE notes (id int)`, `DROP TABLE customers`, `ALTER TABLE customers ADD COLUMN x int`} {
		if _, err := repDB.Exec(ddl); err == nil {
			t.Errorf("the rep's role could run %s", ddl)
		}
	}
	// Run again, it finds the book and changes nothing.
	again, _, code := runBinary(t, nil, "team", "init", admin)
	if code != 0 || !strings.Contains(again, "holds a tend book already") {
		t.Errorf("team init again: exit %d, %q", code, again)
	}
	if list, _, _ := runBinary(t, nil, "--db", rep, "list"); !strings.Contains(list, "Engines Ltd") {
		t.Errorf("the book after init again: %q", list)
	}
}

// A rep's role, which may not change the book's tables, imports customers
// and their purchases, and the board's totals count them.
func TestARepImportsIntoAServerBookItDoesNotOwn(t *testing.T) {
	_, db, rep := teamBookWithRep(t, "ben")
	dir := t.TempDir()
	customers := filepath.Join(dir, "customers.csv")
	purchases := filepath.Join(dir, "purchases.csv")
	mustWrite(t, customers, "name,email,phase\nAda Lovelace,ada@example.com,retention\n"+
		"Grace Hopper,grace@example.com,retention\nAlan Turing,alan@example.com,awareness\n")
	mustWrite(t, purchases, "email,date,amount\nada@example.com,2026-01-05,99.50\ngrace@example.com,2026-01-06,10\n")
	onServer(t, rep, "import", "customers", customers)
	onServer(t, rep, "import", "purchases", purchases)
	if list := onServer(t, rep, "list"); !strings.Contains(list, "Alan Turing") || !strings.Contains(list, "Grace Hopper") {
		t.Errorf("the book after the rep's import:\n%s", list)
	}
	onServer(t, rep, "check")
	var differ int
	err := db.QueryRow(`SELECT count(*) FROM (SELECT phase, count(*) AS n, sum(value_cents) AS v FROM customers GROUP BY phase) f
		FULL JOIN (SELECT * FROM phase_totals WHERE customers > 0) k USING (phase)
		WHERE f.n IS DISTINCT FROM k.customers OR f.v IS DISTINCT FROM k.value_cents`).Scan(&differ)
	if err != nil || differ != 0 {
		t.Errorf("the board's totals differ from a fresh count in %d phases (%v)", differ, err)
	}
}

// mustWrite writes a file the test reads.
func mustWrite(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}
