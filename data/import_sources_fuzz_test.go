package data

import (
	"strings"
	"testing"
)

// FuzzChooseSource: whatever a header holds, finding its system never
// panics, a system is taken only on enough of its own columns, and a
// column of the system's that no field of tend reads is read as no other.
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
		if err != nil || src == nil {
			return
		}
		for fd := range numFields {
			for _, i := range append([]int{cols.index[fd], cols.alt[fd]}, cols.also[fd]...) {
				if i < 0 {
					continue
				}
				if sc, ok := src.byKey[columnKey(header[i])]; ok && sc.field == fieldUnread {
					t.Fatalf("%q: read %s from %q, a column of %s's that tend reads nothing from", header, fd, header[i], src.name)
				}
			}
		}
	})
}
