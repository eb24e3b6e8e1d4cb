package cli

import (
	"tend/data"
	"tend/ui/words"
)

// copyKind says why tend made a copy of the book, as a person reads it;
// the JSON of backup --list keeps the stored kind, as a format does.
func copyKind(k data.CopyKind) string {
	switch k {
	case data.DailyCopy:
		return words.T("copy.kind.daily")
	case data.UpgradeCopy:
		return words.T("copy.kind.upgrade")
	case data.RestoreCopy:
		return words.T("copy.kind.restore")
	}
	return string(k)
}

// separator names what separated the cells of an imported file.
func separator(s data.Separator) string {
	switch s {
	case data.Comma:
		return words.T("import.separator.comma")
	case data.Semicolon:
		return words.T("import.separator.semicolon")
	case data.Tab:
		return words.T("import.separator.tab")
	case data.Blanks:
		return words.T("import.separator.blanks")
	}
	return string(s)
}
