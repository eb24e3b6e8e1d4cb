package data

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"tend/data/pgtest"
	"tend/lifecycle"
)

// serverBookAt makes a book on a server at an older schema version, as a
// tend of that version made it: the server's steps up to it, and the
// new book's lifecycle and settings.
func serverBookAt(t *testing.T, version int) string {
	t.Helper()
	ctx := context.Background()
	url := pgtest.Database(t)
	b, _, err := openServerAdmin(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.Now = func() time.Time { return testNow }
	err = b.write(ctx, func(tx *sql.Tx) error {
		for _, step := range serverSteps() {
			if step.version > version {
				break
			}
			if err := takeServerStep(ctx, tx, step, testNow.Unix(), url); err != nil {
				return err
			}
		}
		return b.seed(ctx, tx)
	})
	if err != nil {
		t.Fatal(err)
	}
	return url
}

// serverSchema lists a database's tables, columns, indexes and triggers.
func serverSchema(t *testing.T, url string) string {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
		WHERE table_schema = current_schema()
		UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
		UNION ALL SELECT tgname || ' on ' || tgrelid::regclass || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
		UNION ALL SELECT conname || ' on ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
			WHERE connamespace = current_schema()::regnamespace
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out strings.Builder
	for rows.Next() {
		var line string
		rows.Scan(&line)
		out.WriteString(line + "\n")
	}
	return out.String()
}

func TestTeamUpgradeBringsAnOlderServerBookToThisVersion(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	older := serverBookAt(t, SchemaVersion()-1)
	if _, err := Open(ctx, older); !hasCode(err, CodeTeamUpgrade) {
		t.Fatalf("open the older book: %v, want code %s", err, CodeTeamUpgrade)
	}
	state, err := UpgradeServerBook(ctx, older)
	if err != nil || state.Version != SchemaVersion()-1 {
		t.Fatalf("upgrade: %+v, %v", state, err)
	}
	b, err := Open(ctx, older)
	if err != nil {
		t.Fatalf("open the upgraded book: %v", err)
	}
	b.Close()
	fresh := pgtest.Database(t)
	if _, made, err := InitServerBook(ctx, fresh); err != nil || !made {
		t.Fatalf("init: %v, made %v", err, made)
	}
	if got, want := serverSchema(t, older), serverSchema(t, fresh); got != want {
		t.Errorf("the upgraded book's schema differs from a new book's:\n%s", firstDifference(got, want))
	}
	// Once more: nothing to do.
	if state, err := UpgradeServerBook(ctx, older); err != nil || state.Version != SchemaVersion() {
		t.Errorf("upgrade of an upgraded book: %+v, %v", state, err)
	}
}

func TestTeamInitMakesABookOnlyInAnEmptyDatabase(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	url := pgtest.Database(t)
	state, made, err := InitServerBook(ctx, url)
	if err != nil || !made || state.Version != SchemaVersion() || state.Database == "" || state.Owner == "" {
		t.Fatalf("init an empty database: %+v, made %v, %v", state, made, err)
	}
	b := openBookAt(t, url)
	addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Phase: "awareness"})
	before := serverSchema(t, url)
	if state, made, err := InitServerBook(ctx, url); err != nil || made || state.Version != SchemaVersion() {
		t.Errorf("init a book again: %+v, made %v, %v; want it found and left", state, made, err)
	}
	if after := serverSchema(t, url); after != before {
		t.Errorf("init changed a book")
	}
	other := pgtest.Database(t)
	db, _ := sql.Open("pgx", other)
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE invoices (id int)`); err != nil {
		t.Fatal(err)
	}
	if _, made, err := InitServerBook(ctx, other); !hasCode(err, CodeServerOtherProgram) || made {
		t.Errorf("init a database of another program: made %v, %v", made, err)
	}
}
