package data

import (
	"bytes"
	"context"
	"fmt"
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
	file := generatedCustomers(100_000)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		book, err := Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("import-%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		report, err := book.Import(ctx, Customers, bytes.NewReader(file), ImportOptions{File: "customers.csv"})
		if err != nil || report.New != 100_000 {
			b.Fatalf("import: %+v, %v", report, err)
		}
		b.StopTimer()
		book.Close()
		b.StartTimer()
	}
}
