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
