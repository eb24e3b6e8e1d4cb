package data

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzReadVCards reads arbitrary bytes as a vCard file. The reader must
// never panic; every card it gives has a cell for each column, in UTF-8,
// on a line after the card before it, and every bad card names its line.
func FuzzReadVCards(f *testing.F) {
	for _, name := range []string{"apple.vcf", "google.vcf", "outlook21.vcf"} {
		data, err := os.ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("BEGIN:VCARD\nN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:M=FC=\n ller;=\nEND:VCARD\n"))
	f.Add([]byte("BEGIN:VCARD\r\nitem1.TEL;TYPE=\"a:b\";PREF=1:tel:+49\r\nADR:;;a\\;b;c\r\nEND:VCARD\r\nx\r\nBEGIN:VCARD\r\n"))
	f.Add([]byte("BEGIN:VCARD\nFN:\xff\xfe\x00\nCATEGORIES:a,,b\\,c\nEND:VCARD"))
	f.Fuzz(func(t *testing.T, file []byte) {
		last := 0
		for row, bad := range vcardRows(bytes.NewReader(file), map[string]int64{}) {
			if bad != nil {
				if bad.Line < 1 || bad.Err == nil {
					t.Fatalf("bad card without a line or a reason: %+v", bad)
				}
				continue
			}
			if len(row.cells) != len(vcardColumns) || row.line <= last {
				t.Fatalf("card on line %d (after %d) with %d cells", row.line, last, len(row.cells))
			}
			last = row.line
			for i, c := range row.cells {
				if !utf8.ValidString(c) {
					t.Fatalf("cell %s is not UTF-8: %q", vcardColumns[i].property, c)
				}
			}
		}
	})
}
