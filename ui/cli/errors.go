package cli

import (
	"errors"
	"maps"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// phrase says an error in the command line's words: as the catalog says
// it, with the flag or the command that helps where there is one.
func phrase(err error) string {
	var h hinted
	if errors.As(err, &h) {
		return words.Error(h.error, h.hints)
	}
	return words.Error(err, hints)
}

// hinted is an error of a command whose hints differ from the others':
// said at the edge with its own.
type hinted struct {
	error
	hints words.Hints
}

func (h hinted) Unwrap() error { return h.error }

// restoreHints are hints for the errors of a restore, whose damaged file
// is the backup, not the book.
var restoreHints = func() words.Hints {
	h := maps.Clone(hints)
	h[data.CodeDamaged] = "hint.restore.book.damaged"
	return h
}()

// hints are the command line's words for the errors a flag or a command
// helps with; each names its flag or command as it must be typed.
var hints = words.Hints{
	lifecycle.CodePhaseHidden:  "hint.cli.phase.hidden",
	data.CodeArchivedAlready:   "hint.cli.customer.archived-already",
	lifecycle.CodeStoryPhases:  "hint.cli.demo.phases",
	data.CodeDamaged:           "hint.cli.book.damaged",
	data.CodeBackupMissing:     "hint.cli.store.backup-missing",
	data.CodeWipeUnfinished:    "hint.cli.forget.unfinished",
	data.CodeRestoreLog:        "hint.cli.restore.log",
	data.CodeMapForm:           "hint.cli.import.map-form",
	data.CodeMapField:          "hint.cli.import.map-field",
	data.CodeMapColumn:         "hint.cli.import.map-column",
	data.CodeMapTaken:          "hint.cli.import.map-taken",
	data.CodeColumnMissing:     "hint.cli.import.column-missing",
	data.CodeJSON:              "hint.cli.import.json",
	data.CodeDuplicateLine:     "hint.cli.import.duplicate-line",
	data.CodeDuplicateCustomer: "hint.cli.import.duplicate-customer",
	data.CodeDuplicateRecord:   "hint.cli.import.duplicate-record",
	data.CodeNoMatch:           "hint.cli.import.no-match",
	data.CodeImportSource:      "hint.cli.import.source",
	data.CodeSourceUnsure:      "hint.cli.import.source-unsure",
	data.CodeStageUnmapped:     "hint.cli.import.stage-unmapped",
	data.CodePhaseMapForm:      "hint.cli.import.phase-map-form",
	data.CodePhaseMapPhase:     "hint.cli.import.phase-map-phase",
}
