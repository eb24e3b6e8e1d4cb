package cli

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// crashCustomers is how many customers the crash tests' books hold.
const crashCustomers = 30

// crashImportRows is how many contacts each import of the crash test
// brings: enough that a kill can land in the middle of one.
const crashImportRows = 300

// crashCommand is one writing command of the crash test: its arguments,
// the write it makes, and the start of what it prints when done.
type crashCommand struct {
	name  string
	args  []string
	write crashWrite
	done  string
}

var crashPhases = []string{"awareness", "acquisition", "conversion", "retention", "loyalty", "win-back", "lost"}

// newCrashBook makes a book of customers spread over the phases given,
// who entered them months ago, so that scoring flags some of them.
func newCrashBook(t *testing.T, dir string, phases ...string) string {
	t.Helper()
	book := filepath.Join(dir, "book.db")
	csv := "Name,Email,Phase,Phase since,Value\n"
	since := time.Now().AddDate(0, 0, -100).Format("2006-01-02")
	for i := 1; i <= crashCustomers; i++ {
		csv += fmt.Sprintf("Crash %d,c%d@example.org,%s,%s,%d\n", i, i, phases[i%len(phases)], since, 10*i)
	}
	file := filepath.Join(dir, "customers.csv")
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runBinary(t, nil, "--db", book, "import", "customers", file); code != 0 {
		t.Fatalf("import the customers: %s", errOut)
	}
	return book
}

// nextCrashCommand picks the next write at random; n makes its mark unique.
func nextCrashCommand(t *testing.T, rnd *rand.Rand, dir string, n int) crashCommand {
	t.Helper()
	who := fmt.Sprint(1 + rnd.IntN(crashCustomers))
	switch p := rnd.IntN(100); {
	case p < 30:
		mark := fmt.Sprintf("log%d", n)
		args := []string{"log", who, "--kind", pick(rnd, "call", "email", "meeting"), "--summary", mark + " talk",
			"--sentiment", pick(rnd, "positive", "neutral", "negative")}
		if rnd.IntN(2) == 0 {
			args = append(args, "--follow-up", fmt.Sprintf("+%dd", 1+rnd.IntN(30)))
		}
		return crashCommand{"log", args, crashWrite{table: "contacts", column: "summary", mark: mark, rows: 1}, "Logged "}
	case p < 50:
		mark := fmt.Sprintf("move%d", n)
		// Not into win-back or lost: those moves take a reason from the
		// book's list, not the mark the write is found by, and are
		// refused with this one.
		return crashCommand{"move", []string{"move", who, pick(rnd, crashPhases[:5]...), "--reason", mark},
			crashWrite{table: "phase_changes", column: "reason", mark: mark, rows: 1}, "Moved "}
	case p < 70:
		mark := fmt.Sprintf("buy%d", n)
		return crashCommand{"buy", []string{"buy", who, fmt.Sprintf("%d.25", 1+rnd.IntN(500)), "--note", mark},
			crashWrite{table: "purchases", column: "note", mark: mark, rows: 1}, "Recorded "}
	case p < 85:
		mark := fmt.Sprintf("edit%d", n)
		return crashCommand{"edit", []string{"edit", who, "--value", fmt.Sprint(n), "--add-tag", mark},
			crashWrite{table: "tags", column: "tag", mark: mark, rows: 1}, "Updated "}
	}
	mark := fmt.Sprintf("imp%d", n)
	file := writeCrashImport(t, rnd, dir, mark)
	return crashCommand{"import", []string{"import", "contacts", file},
		crashWrite{table: "contacts", column: "summary", mark: mark, rows: crashImportRows},
		fmt.Sprintf("Imported %d contacts", crashImportRows)}
}

// writeCrashImport writes a file of contacts of the past two years, each
// summary starting with the import's mark.
func writeCrashImport(t *testing.T, rnd *rand.Rand, dir, mark string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Customer,Date,Kind,Summary,Sentiment\n")
	for i := range crashImportRows {
		at := time.Now().AddDate(0, 0, -20-rnd.IntN(700)).Format("2006-01-02")
		fmt.Fprintf(&b, "c%d@example.org,%s,%s,%s row %d,%s\n", 1+rnd.IntN(crashCustomers), at,
			pick(rnd, "call", "email", "meeting"), mark, i, pick(rnd, "positive", "neutral", "negative"))
	}
	file := filepath.Join(dir, mark+".csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

func pick(rnd *rand.Rand, choices ...string) string { return choices[rnd.IntN(len(choices))] }
