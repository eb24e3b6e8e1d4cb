package data

import (
	"strings"
	"testing"
)

// FuzzChooseSource: whatever a header holds, finding its system never
// panics, a system is taken only on enough of its own columns, and the
// columns it reads are the file's.
func FuzzChooseSource(f *testing.F) {
	for _, h := range []string{
		"Record ID,First Name,Last Name,Email,Lifecycle Stage,Contact owner,Create Date",
		"Person - Name,Person - Email - Work,Person - Labels",
		"Name,Record ID,Create Date,Account Name,Lead Owner",
		"Datensatz-ID;Vorname;Kontaktinhaber;Erstellungsdatum",
		"First Name,E-mail 1 - Value,Labels,Organization Name",
		"E-mail Address,Business Phone,Company,Categories",
		"Name,E-Mail",
		"",
	} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, text string) {
		header := strings.Split(text, ",")
		src, choice, err := chooseSource(header, "")
		if err != nil {
			if !hasCode(err, CodeSourceUnsure) {
				t.Fatalf("%q: %v", header, err)
			}
			return
		}
		if (src == nil) != (choice.Source == "") || (src != nil && choice.Score < minSourceScore) {
			t.Fatalf("%q taken for %+v", header, choice)
		}
		cols, err := matchColumns(Customers, header, nil, src)
		if err != nil {
			return
		}
		for _, u := range cols.uses() {
			found := false
			for _, h := range header {
				found = found || h == u.Column
			}
			if !found {
				t.Fatalf("%q: read column %q, which the file lacks", header, u.Column)
			}
		}
	})
}
