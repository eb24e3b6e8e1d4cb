package cli

import (
	"database/sql"
	"net/url"
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

// A rep's role made by the SQL tend team init prints works the book and
// cannot change its tables.
func TestTeamInitMakesTheBookAndTheRolesItPrintsWorkIt(t *testing.T) {
	admin := serverBook(t)
	out, stderr, code := runBinary(t, nil, "team", "init", admin)
	if code != 0 || !strings.Contains(out, "Made a tend book") {
		t.Fatalf("team init: exit %d, %q %q", code, out, stderr)
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Roles are the server's, not the database's: the rep is named after
	// the test's database, which is the test's own.
	u, _ := url.Parse(admin)
	anna := "anna_" + strings.TrimPrefix(u.Path, "/")
	for _, statement := range sqlLines(out) {
		if _, err := db.Exec(strings.ReplaceAll(statement, "NAME", anna)); err != nil {
			t.Fatalf("%s: %v", statement, err)
		}
	}
	u.User = url.User(anna)
	rep := u.String()
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
