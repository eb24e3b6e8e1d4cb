package data

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// generatedCustomers is a customers file of n rows in the layout of a
// German spreadsheet, made in memory.
func generatedCustomers(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Name;Firma;E-Mail;Telefon;Phase;Umsatz;Schlagworte;Kunde seit\n")
	phases := []string{"Awareness", "Conversion", "Retention", "Loyalty"}
	for i := range n {
		fmt.Fprintf(&b, "Kunde %d;Firma %d GmbH;kunde%d@example.de;+49 30 %07d;%s;%d,%02d;b2b, region-%d;%02d.%02d.20%02d\n",
			i, i%5000, i, i, phases[i%len(phases)], i%100000, i%100, i%7, 1+i%28, 1+i%12, 10+i%15)
	}
	return b.Bytes()
}

// BenchmarkImportCustomers measures the import of 100,000 new customers
// from a CSV file into an empty book, in one transaction.
func BenchmarkImportCustomers(b *testing.B) {
	path := filepath.Join(b.TempDir(), "customers.csv")
	if err := os.WriteFile(path, generatedCustomers(100_000), 0o600); err != nil {
		b.Fatal(err)
	}
	benchImport(b, path, 100_000)
}

// benchImport imports the file at path into a fresh book each run; every
// row, or want rows where want is not 0, must be new. The file is read
// from the disk as tend reads it: held in memory, it would be a heap of
// its size that the import's limit on the heap (import_heap.go) counts,
// and the collector would run all the time (three times the import's
// time for an export of the 100,000-customer book).
func benchImport(b *testing.B, path string, want int) {
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		book, err := Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("import-%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		file, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		report, err := book.Import(ctx, Customers, file, ImportOptions{File: filepath.Base(path)})
		if err != nil || report.New != report.Rows || want != 0 && report.New != want {
			b.Fatalf("import: %+v, %v", report, err)
		}
		b.StopTimer()
		file.Close()
		book.Close()
		b.StartTimer()
	}
}

// BenchmarkImportStorageAlone measures what SQLite alone takes to store the
// rows of BenchmarkImportCustomers (or of the file TEND_BENCH_IMPORT
// names, as BenchmarkImportFile): the customers, tags, first phases and
// flags an import of the file wrote are copied from that book into an
// empty one by INSERT … SELECT, with no file read and no value bound, the
// indexes and triggers set aside and rebuilt as the import does, in one
// transaction with the import's settings. It is the least an import of the
// file can take with this store.
func BenchmarkImportStorageAlone(b *testing.B) {
	ctx := context.Background()
	source := filepath.Join(b.TempDir(), "source.db")
	book, err := Open(ctx, source)
	if err != nil {
		b.Fatal(err)
	}
	file := generatedCustomers(100_000)
	if path := os.Getenv("TEND_BENCH_IMPORT"); path != "" {
		if file, err = os.ReadFile(path); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := book.Import(ctx, Customers, bytes.NewReader(file), ImportOptions{File: "customers.csv"}); err != nil {
		b.Fatal(err)
	}
	book.Close()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		book := openCopyTarget(b, ctx, source, i)
		b.StartTimer()
		if err := book.copyImported(ctx); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		book.Close()
		b.StartTimer()
	}
}

// openCopyTarget opens an empty book with the source book attached.
func openCopyTarget(b *testing.B, ctx context.Context, source string, i int) *Book {
	book, err := Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("copy-%d.db", i)))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := book.writer.ExecContext(ctx, `ATTACH ? AS source`, source); err != nil {
		b.Fatal(err)
	}
	return book
}

// copyImported copies the tables a customers import fills from the
// attached source book. WHERE true keeps SQLite from copying the stored
// records whole, which an import cannot do.
func (b *Book) copyImported(ctx context.Context) error {
	restore, err := b.tuneForImport(ctx, Customers)
	if err != nil {
		return err
	}
	defer restore()
	return b.write(ctx, func(tx *sql.Tx) error {
		bulk, err := startBulkLoad(ctx, tx, customerTables...)
		if err != nil {
			return err
		}
		for _, table := range customerTables {
			if _, err := tx.ExecContext(ctx, `INSERT INTO main.`+table+` SELECT * FROM source.`+table+` WHERE true`); err != nil {
				return err
			}
		}
		return bulk.finish(ctx)
	})
}

// BenchmarkImportFile measures the import of the customers file that
// TEND_BENCH_IMPORT names (an export of the 100,000-customer demo book:
// every column tend writes) into an empty book; skipped without one.
func BenchmarkImportFile(b *testing.B) {
	path := os.Getenv("TEND_BENCH_IMPORT")
	if path == "" {
		b.Skip("TEND_BENCH_IMPORT names no file")
	}
	benchImport(b, path, 0)
}
