package pgtest

import (
	"database/sql"
	"flag"
	"os"
	"slices"
	"testing"
)

func TestMain(m *testing.M) {
	os.Exit(BothEngines(m, map[string]string{"TestLeftOutOnPostgres": "it proves the list is heeded"}))
}

func TestDatabaseIsFreshAndDroppedAfter(t *testing.T) {
	if !OnPostgres() {
		t.Skip("a database is made only in the run on PostgreSQL")
	}
	var name string
	t.Run("made", func(t *testing.T) {
		db, err := sql.Open("pgx", Database(t))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var tables int
		if err := db.QueryRow(`SELECT current_database(), (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')`).Scan(&name, &tables); err != nil {
			t.Fatal(err)
		}
		if tables != 0 {
			t.Errorf("a fresh database holds %d tables", tables)
		}
	})
	db, err := sql.Open("pgx", shared.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var left int
	if err := db.QueryRow(`SELECT count(*) FROM pg_database WHERE datname = $1`, name).Scan(&left); err != nil || left != 0 {
		t.Errorf("database %q still there after its test (%d, %v)", name, left, err)
	}
}

func TestLeftOutOnPostgres(t *testing.T) {
	if OnPostgres() {
		t.Fatal("a test on the list ran on PostgreSQL")
	}
}

func TestSecondRunKeepsFlagsButNotFilesAndJoinsSkips(t *testing.T) {
	args, skip := childFlags([]string{"-test.v=true", "-test.run=^TestX$", "-test.testlogfile=/tmp/log",
		"-test.coverprofile", "c.out", "-test.skip=TestY", "-test.paniconexit0", "-test.timeout=10m0s"})
	want := []string{"-test.v=true", "-test.run=^TestX$", "-test.paniconexit0", "-test.timeout=10m0s"}
	if !slices.Equal(args, want) || !slices.Equal(skip, []string{"TestY"}) {
		t.Errorf("args %q skip %q, want %q [TestY]", args, skip, want)
	}
}

// TestBenchmarksRunOneEngineAtATime: a run asked for benchmarks starts the
// run on PostgreSQL after the first, so that neither measures the other.
func TestBenchmarksRunOneEngineAtATime(t *testing.T) {
	before := flag.Lookup("test.bench").Value.String()
	t.Cleanup(func() { flag.Set("test.bench", before) })
	for _, c := range []struct {
		bench string
		want  bool
	}{{"", false}, {"ImportFile$", true}, {".", true}} {
		flag.Set("test.bench", c.bench)
		if got := benchmarking(); got != c.want {
			t.Errorf("-bench %q: benchmarking %v, want %v", c.bench, got, c.want)
		}
	}
}
